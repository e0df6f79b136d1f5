package org.jixiao.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.SourceParser;
import org.junit.jupiter.api.Test;

/** Which lines of a project the rules may read, from where the parser reported syntax errors. */
class ReadableLinesTest {
  @Test
  void aProjectWithoutSyntaxErrorsIsWholeWhicheverBraceClosesIt() {
    for (String close : List.of("}", "｝")) {
      ReadableLines lines = lines("project 甲 {\n  attribute 一次性\n  period 1 年\n" + close + "\n");
      assertThat(lines.whole()).as(close).isTrue();
      assertThat(lines.lineLost()).isFalse();
      assertThat(lines.items()).hasSize(2);
    }
  }

  @Test
  void aLineCutShortIsTheOnlyOneNotRead() {
    ReadableLines lines = lines("project 甲 {\n  attribute 一次性\n  indicator 数量.补助人数 >=\n  period 1 年\n}\n");
    assertThat(lines.whole()).isFalse();
    assertThat(lines.lineLost()).as("the broken line was built, as a partial indicator").isFalse();
    assertThat(lines.items()).extracting(ProjectItem::keyword).containsExactly("attribute", "period");
    assertThat(lines.first(ProjectItem.Indicator.class)).isNull();
    assertThat(lines.first(ProjectItem.Period.class)).isNotNull();
  }

  @Test
  void aStrayLineIsALostLine() {
    ReadableLines lines = lines("project 甲 {\n  attribute 一次性\n  >= 95%\n  period 1 年\n}\n");
    assertThat(lines.whole()).isFalse();
    assertThat(lines.lineLost()).isTrue();
    assertThat(lines.items()).extracting(ProjectItem::keyword).containsExactly("attribute", "period");
  }

  private static ReadableLines lines(String text) {
    SourceFile file = SourceFile.ofString("甲.jx", text);
    DiagnosticSink sink = new DiagnosticSink();
    Decl.Project project = (Decl.Project) SourceParser.parse(file, sink).declarations().get(0);
    List<Span> errors = sink.sorted().stream().filter(d -> d.code().code().startsWith("JX02")).map(Diagnostic::span).toList();
    return ReadableLines.of(new ProjectFile(file, project), errors);
  }
}
