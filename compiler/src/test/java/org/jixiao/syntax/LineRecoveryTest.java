package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * A line of a block with more than one stray token at its end costs that line alone: the block
 * goes on with its next line (BrokenLineProperties found {@code fiscal 356. >=} on a funds
 * block's first row reading the rest of the block as the project's).
 */
class LineRecoveryTest {
  private static final String FORM = """
      project 培训 {
        department 178 "国家统计局"
        funds 万元 {
          fiscal  %s
          other        0    0
        }
        goal "提高数据采集和审核能力。"
      }
      """;

  @Test
  void strayTokensAfterAFundsRowCostThatRowAlone() {
    for (String row : List.of("356. >=", "356. >= 1 2", "356 >= 3 4", "356.", "356 >=")) {
      DiagnosticSink sink = new DiagnosticSink();
      SourceUnit unit = SourceParser.parse(SourceFile.ofString("a.jx", FORM.formatted(row)), sink);
      List<String> found = new ArrayList<>();
      sink.forEach(d -> found.add(d.code().code() + " " + d.line()));
      assertThat(found).as(row).containsExactly("JX0201 4");
      Decl.Project project = (Decl.Project) unit.declarations().get(0);
      ProjectItem.Funds funds = project.first(ProjectItem.Funds.class);
      assertThat(funds.rows()).as(row).hasSize(2);
      assertThat(project.first(ProjectItem.Goal.class)).as(row).isNotNull();
      assertThat(project.items()).as(row).noneMatch(ProjectItem.Unknown.class::isInstance);
    }
  }
}
