package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The parser's shortcuts give what the plain ways give: each against the algorithm it replaced,
 * kept beside it as the reference.
 */
class FastPathProperties {
  /** Letters' table of the BMP says what a search of the ranges says, for every code point. */
  @Test
  void theLetterTableIsTheRanges() {
    for (int c = -1; c <= Character.MAX_CODE_POINT; c++) {
      if (Letters.isIdStart(c) != Letters.searched(c)) {
        throw new AssertionError(String.format("U+%04X: table %s, ranges %s", c, Letters.isIdStart(c), Letters.searched(c)));
      }
    }
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.strings().withChars("0123456789０１,，_.．".toCharArray()).ofMaxLength(14);
  }

  @Property(tries = 3000)
  void groupingAsBySplitting(@ForAll("numbers") String raw) {
    assertThat(NumberGrouping.wellGrouped(raw)).as(raw).isEqualTo(NumberGrouping.slowWellGrouped(raw));
  }

  @Property(tries = 3000)
  void digitsAsFolded(@ForAll("numbers") String raw) {
    assertThat(Normalize.digits(raw)).isEqualTo(Normalize.slowDigits(raw));
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("元人年/／％%㎡ \t\u3000\u00A0\u2003ＡａＺ~～\uFF5F·".toCharArray()).ofMaxLength(8),
        Arbitraries.strings().ofMaxLength(8));
  }

  @Property(tries = 3000)
  void compactAsFolded(@ForAll("units") String text) {
    assertThat(Normalize.compact(text)).isEqualTo(Normalize.slowCompact(text));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789０年月日人".toCharArray()).ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(8));
  }

  /** The pre-check before the date pattern passes every word the pattern matches. */
  @Property(tries = 3000)
  void noChineseDateIsPassedOver(@ForAll("words") String word) {
    String digits = Normalize.digits(word);
    if (!TargetBuilder.mayBeChineseDate(digits)) {
      assertThat(TargetBuilder.isoOfChineseDate(word)).isNull();
      assertThat(digits.matches("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?")).isFalse();
    }
  }

  @Provide
  Arbitrary<List<String>> strings() {
    Arbitrary<String> content = Arbitraries.oneOf(
        Arbitraries.strings().withChars("数量a\\\"nt \u3000".toCharArray()).ofMaxLength(10),
        Arbitraries.strings().withCharRange('\u4E00', '\u4E10').ofMaxLength(30));
    // Written as the formatter writes them, or raw: a backslash before a letter it does not escape.
    Arbitrary<String> literal = Arbitraries.oneOf(content.map(Quoting::quote),
        Arbitraries.strings().withChars("数\\q".toCharArray()).ofMaxLength(6)
            .filter(s -> !s.endsWith("\\")).map(s -> "\"" + s + "\""));
    return literal.list().ofMinSize(1).ofMaxSize(5);
  }

  /** A text of several strings is their values joined, however each is written. */
  @Property(tries = 1000)
  void textsJoinTheirStrings(@ForAll("strings") List<String> literals) {
    String form = "project 甲 {\n  overview " + String.join("\n    ", literals) + "\n}\n";
    DiagnosticSink sink = new DiagnosticSink();
    SourceUnit unit = SourceParser.parse(SourceFile.ofString("a.jx", form), sink);
    assertThat(sink.sorted()).isEmpty();
    StringBuilder expected = new StringBuilder();
    literals.forEach(l -> expected.append(Quoting.unquote(l)));
    Decl.Project project = (Decl.Project) unit.declarations().get(0);
    assertThat(((ProjectItem.Narrative) project.items().get(0)).text().value()).isEqualTo(expected.toString());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(100),
        Arbitraries.of("\"a\" # 注释\n", "  \t数量 >= 5\r\n", "“文字”", "＃ x\n", "{ } \"未闭合\n", "\uFEFFbudget 1")
            .list().ofMaxSize(12).map(l -> String.join("", l)));
  }

  /** The tokens gathered while lexing are those a pass over the stream picks: the parser's and the comments. */
  @Property(tries = 1000)
  void lexedAsFiltered(@ForAll("texts") String text) {
    SourceParser.Lexed lexed = SourceParser.Lexed.lex(new FastLexer(TextCharStream.of(text, "")), text.length());
    List<Token> onChannel = new ArrayList<>();
    List<Token> comments = new ArrayList<>();
    for (int i = 0; i < lexed.all.size(); i++) {
      Token t = lexed.all.get(i);
      assertThat(t.getTokenIndex()).isEqualTo(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
        onChannel.add(t);
      } else if (t.getChannel() == org.jixiao.grammar.JixiaoLexer.COMMENTS) {
        comments.add(t);
      }
    }
    assertThat(java.util.Arrays.asList(lexed.onChannel).subList(0, lexed.onChannelCount)).containsExactlyElementsOf(onChannel);
    assertThat(lexed.comments).containsExactlyElementsOf(comments);
    assertThat(lexed.all.get(lexed.all.size() - 1).getType()).isEqualTo(Token.EOF);
  }
}
