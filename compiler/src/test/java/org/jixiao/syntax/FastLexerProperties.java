package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.testing.Forms;
import org.jixiao.testing.Golden;

/** The hand-written lexer gives exactly the generated lexer's tokens, positions, lines and columns. */
class FastLexerProperties {
  private static final List<String> PIECES = List.of(
      "\"", "\"文字\"", "\\", "\\\"", "\\n", "#", "# 注释", "\n", "\r\n", "\r", " ", "数量", ".", "500", "人/年",
      ">=", "{", "}", "indicator", "😀", "𠀀", "\t", "a", "\"未闭合", "budget", "budgets", "大于", "大于等于", "不低于",
      "至", "～", "..", "．", "1", "０", "2026", "-", "－", "01", ":", "：", "30", "，", ",", "_", "²", "³", "℃", "°",
      "Ⅱ", "ǅ", "ʰ", "㎡", "元", "\u3000", "\u00A0", "\uFEFF", "%", "‰", "×", "·", "—", "（", "）", "＝", "=", "≥",
      "<", "＜＝", "⩽", "不迟于", "等于", "~", "µ", "ß", "ⅰ", "¹", "٣", "〇", "々", "unit", "rule", "level", "年");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.of(Forms.VALID));
  }

  private static List<String> tokens(TokenSource lexer) {
    List<String> out = new ArrayList<>();
    if (lexer instanceof Lexer generated) {
      generated.removeErrorListeners();
    }
    Token t;
    do {
      t = lexer.nextToken();
      out.add(t.getType() + ":" + t.getChannel() + ":" + t.getStartIndex() + "-" + t.getStopIndex() + "@" + t.getLine()
          + ":" + t.getCharPositionInLine() + ":" + t.getText());
    } while (t.getType() != Token.EOF);
    return out;
  }

  @Property(tries = 2000)
  void sameTokensAsTheGeneratedLexer(@ForAll("texts") String text) {
    List<String> generated = tokens(new JixiaoLexer(CharStreams.fromString(text)));
    assertThat(tokens(new FastLexer(CharStreams.fromString(text)))).isEqualTo(generated);
    // The parser's own stream: over the string itself when every character is in the BMP.
    assertThat(tokens(new FastLexer(TextCharStream.of(text, "")))).isEqualTo(generated);
  }

  /** A string's value read from the text itself is the value of its token's text, unquoted. */
  @Property(tries = 1000)
  void stringValuesAsUnquoted(@ForAll("texts") String text) {
    FastLexer lexer = new FastLexer(TextCharStream.of(text, ""));
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getType() == JixiaoLexer.STRING || t.getType() == JixiaoLexer.UNTERMINATED_STRING) {
        assertThat(LiteralBuilder.stringValue(t)).isEqualTo(Quoting.unquote(t.getText()));
      }
    }
  }

  /**
   * Every code point, alone, after a letter and after a digit: the letter classes of ANTLR's
   * Unicode tables and of {@code id-start.txt} agree, or the difference shows here.
   */
  @Test
  void sameTokensForEveryCodePoint() throws IOException {
    Path ranges = Path.of("src/main/resources/org/jixiao/syntax", Letters.RESOURCE);
    String expected = idStartRanges();
    if (Golden.updating()) {
      Files.writeString(ranges, expected);
    }
    assertThat(Files.readString(ranges)).as("%s (rerun with -Dgolden.update=true to rewrite it)", ranges)
        .isEqualTo(expected);
    for (int block = 0; block <= Character.MAX_CODE_POINT; block += 0x10000) {
      StringBuilder text = new StringBuilder();
      for (int cp = block; cp < block + 0x10000; cp++) {
        if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
          text.append("a").appendCodePoint(cp).append(" 1").appendCodePoint(cp).append(' ').appendCodePoint(cp).append('\n');
        }
      }
      // The first block is all BMP: there the lexer reads the string itself (TextCharStream).
      List<String> hand = tokens(new FastLexer(TextCharStream.of(text.toString(), "")));
      List<String> generated = tokens(new JixiaoLexer(CharStreams.fromString(text.toString())));
      for (int i = 0; i < Math.min(hand.size(), generated.size()); i++) {
        assertThat(hand.get(i)).as("block %x, token %d", block, i).isEqualTo(generated.get(i));
      }
      assertThat(hand).hasSameSizeAs(generated);
    }
  }

  /**
   * ID_START by the generated lexer: a code point is one when a digit and it lex as one NAME
   * (NAME : DIGIT* ID_START ID_PART*; a digit starts no other rule that takes a letter).
   */
  private static String idStartRanges() {
    StringBuilder text = new StringBuilder();
    List<Integer> codePoints = new ArrayList<>();
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        codePoints.add(cp);
        text.append('1').appendCodePoint(cp).append('\n');
      }
    }
    JixiaoLexer lexer = new JixiaoLexer(CharStreams.fromString(text.toString()));
    lexer.removeErrorListeners();
    StringBuilder out = new StringBuilder("# ID_START of JixiaoLexer.g4 beyond ASCII, by ANTLR's Unicode tables; written by\n"
        + "# FastLexerProperties (mvn test -Dgolden.update=true), read by Letters.\n");
    int index = 0;
    int rangeStart = -1;
    int previous = -2;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getType() == JixiaoLexer.NL) {
        index++;
        continue;
      }
      int cp = codePoints.get(index);
      if (t.getType() == JixiaoLexer.NAME && t.getText().codePointCount(0, t.getText().length()) == 2) {
        if (cp != previous + 1) {
          appendRange(out, rangeStart, previous);
          rangeStart = cp;
        }
        previous = cp;
      }
    }
    appendRange(out, rangeStart, previous);
    return out.toString();
  }

  private static void appendRange(StringBuilder out, int start, int end) {
    if (start < 0) {
      return;
    }
    out.append(start == end ? String.format("%04X%n", start) : String.format("%04X..%04X%n", start, end));
  }
}
