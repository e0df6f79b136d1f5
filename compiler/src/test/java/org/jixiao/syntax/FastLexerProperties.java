package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.testing.Forms;

/** The hand-scanned strings and comments give exactly the generated lexer's tokens. */
class FastLexerProperties {
  private static final List<String> PIECES = List.of(
      "\"", "\"文字\"", "\\", "\\\"", "\\n", "#", "# 注释", "\n", "\r\n", "\r", " ", "数量", ".", "500", "人/年",
      ">=", "{", "}", "indicator", "😀", "𠀀", "\t", "a", "\"未闭合");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.of(Forms.VALID));
  }

  private static List<String> tokens(Lexer lexer) {
    List<String> out = new ArrayList<>();
    lexer.removeErrorListeners();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      out.add(t.getType() + ":" + t.getChannel() + ":" + t.getStartIndex() + "-" + t.getStopIndex() + ":" + t.getText());
    }
    return out;
  }

  @Property(tries = 500)
  void sameTokensAsTheGeneratedLexer(@ForAll("texts") String text) {
    assertThat(tokens(new FastLexer(CharStreams.fromString(text))))
        .isEqualTo(tokens(new JixiaoLexer(CharStreams.fromString(text))));
  }
}
