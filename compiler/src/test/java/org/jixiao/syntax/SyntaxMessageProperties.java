package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Messages;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.source.SourceFile;

/**
 * Whatever a reader writes, the syntax errors speak of what was written and what to write, never
 * of the grammar's tokens: over token soups of the language's own pieces (keywords, comparators,
 * names, numbers, dates, texts with and without their quotes, Chinese quotes, ＃), every message and
 * hint, in both languages, is free of token names and of unresolved message keys.
 */
class SyntaxMessageProperties {
  private static final List<String> PIECES = List.of(
      "project", "budget", "funds", "indicator", "filed", "phone", "goal", "period", "allow", "check",
      "{", "}", "(", ")", ".", "/", "%", "-", ":", "至", ">=", "不低于", "不晚于", "<=", "=",
      "数量", "人才补助发放人数", "家长满意度不低于95", "人/年", "500", "58,372,000", "2026-06-30",
      "18:10:34", "2025年12月20日", "0353-6021234", "\"文字\"", "\"未闭合", "“中文引号”", "“", "”",
      "＃ 注释", "# 注释", "之前", "元", "JX0603", "\n", "\n", " ", " ", "  ");

  private static final Set<String> SYMBOLIC = new TreeSet<>();

  static {
    for (int t = 1; t <= JixiaoLexer.VOCABULARY.getMaxTokenType(); t++) {
      if (JixiaoLexer.VOCABULARY.getSymbolicName(t) != null) {
        SYMBOLIC.add(JixiaoLexer.VOCABULARY.getSymbolicName(t));
      }
    }
    SYMBOLIC.add("EOF");
    SYMBOLIC.remove("BOM"); // the byte order mark is BOM to readers too (JX0004 says so)
  }

  @Provide
  Arbitrary<String> soups() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void messagesNeverNameATokenTheGrammarsWay(@ForAll("soups") String text) {
    SourceFile file = SourceFile.ofString("a.jx", text);
    DiagnosticSink sink = new DiagnosticSink();
    SourceParser.parse(file, sink);
    for (Messages m : List.of(new Messages(Messages.Language.ZH), new Messages(Messages.Language.EN))) {
      for (Diagnostic d : sink.sorted()) {
        List<String> lines = new java.util.ArrayList<>(m.hints(d));
        lines.add(m.message(d));
        for (String line : lines) {
          assertThat(line).as(text).doesNotContain("@token").doesNotContain("token.").doesNotContain("hint.");
          for (String word : line.split("[^A-Za-z_]+")) {
            assertThat(SYMBOLIC).as(line).doesNotContain(word);
          }
        }
      }
    }
  }
}
