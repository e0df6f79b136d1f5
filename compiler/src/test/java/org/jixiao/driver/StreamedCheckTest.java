package org.jixiao.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Messages;
import org.jixiao.tables.BudgetTables;
import org.jixiao.testing.Golden;
import org.jixiao.testing.TempTrees;
import org.junit.jupiter.api.Test;

/**
 * A streamed check (a build's: each project's tree let go once analysed, parsed and analysed again
 * when its view is made) gives what a check that keeps every tree gives: the same diagnostics,
 * the same silenced warnings, the same summaries and views, for every example budget, each of its
 * files checked alone, and a folder whose files hold several projects and library parts.
 */
class StreamedCheckTest {
  private static final Path REPO = Golden.repo();
  private static final Messages MESSAGES = new Messages(Messages.Language.ZH);

  @Test
  void everyExampleFolderAndFileStreamsAsItChecks() throws IOException {
    List<Path> folders = Golden.exampleBudgets();
    assertThat(folders).hasSizeGreaterThan(5);
    int projects = 0;
    for (Path folder : folders) {
      projects += assertSameBoth(folder);
      for (Path form : Golden.formsIn(folder)) {
        assertSameBoth(form);
      }
    }
    assertThat(projects).as("projects compared").isGreaterThan(50);
  }

  @Test
  void filesWithSeveralProjectsAndLibraryPartsStreamAsTheyCheck() throws IOException {
    Path folder = Files.createTempDirectory("jx-streamed");
    try {
      Files.writeString(folder.resolve("budget.jx"), "budget 阳泉市 2026 {\n  profile 山西\n  ceiling 001 5 万元\n}\n\n"
          + form("预算内项目", "001", 10000) + "\n");
      Files.writeString(folder.resolve("a.jx"), form("甲项目", "001", 20000) + "\n" + form("乙项目", "001", 30000) + "\n"
          + form("甲项目", "001", 40000) + "\n");
      Files.writeString(folder.resolve("b.jx"), "unit 台套 = 1 台\n\n" + form("丙项目", "002", 50000) + "\n"
          + form("丁项目", "002", 60000) + "\n");
      Files.writeString(folder.resolve("c.jx"), form("戊项目", "002", 70000).replace("department", "departmnet") + "\n");
      assertThat(assertSameBoth(folder)).isEqualTo(7);
      assertThat(render(check(folder, false))).as("the duplicate and the ceiling are found")
          .contains("JX0", "甲项目");
    } finally {
      TempTrees.delete(folder);
    }
  }

  private static String form(String name, String department, int yuan) {
    return "project " + name + " {\n  department " + department + " \"某局\"\n  attribute 经常性项目\n  period 1 年\n"
        + "  funds 元 {\n    财政拨款 " + yuan + "\n  }\n  goal \"保障工作正常运转\"\n"
        + "  indicator 数量.服务人数 >= 100 人\n  allow JX0603 \"已核实\"\n}\n";
  }

  /** Checks {@code path} (a folder or a file) both ways, compares all; the number of projects written. */
  private static int assertSameBoth(Path path) {
    CompiledBudget kept = check(path, false);
    CompiledBudget streamed = check(path, true);
    String where = REPO.relativize(path.toAbsolutePath()).toString();
    assertThat(render(streamed)).as(where).isEqualTo(render(kept));
    if (kept.context() == null || kept.context().budget() == null) {
      return 0;
    }
    BudgetTables a = BudgetTables.of(kept.checked(), MESSAGES);
    BudgetTables b = BudgetTables.of(streamed.checked(), MESSAGES);
    assertThat(b.summaries()).as(where).isEqualTo(a.summaries());
    assertThat(b.totals()).as(where).isEqualTo(a.totals());
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.view(i)).as(where + " project " + i).isEqualTo(a.view(i));
    }
    return a.size();
  }

  private static CompiledBudget check(Path path, boolean streamed) {
    Workspace workspace = new Workspace(REPO);
    List<BudgetInput> inputs = workspace.budgets(List.of(path), new DiagnosticSink());
    assertThat(inputs).hasSize(1);
    BudgetCompiler compiler = streamed ? BudgetCompiler.streamed(workspace) : new BudgetCompiler(workspace);
    return compiler.compile(inputs.get(0));
  }

  private static String render(CompiledBudget budget) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : budget.diagnostics()) {
      out.add(d.file().displayName() + " " + d.code().code() + " " + d.severity() + " " + d.line() + ":" + d.column() + " "
          + d.argKeys() + " " + d.hints() + " " + MESSAGES.message(d));
    }
    if (budget.context() != null) {
      budget.context().silenced().forEach(s -> out.add("silenced " + s.diagnostic().code().code() + " "
          + s.diagnostic().line() + " " + s.reason()));
      out.add("projects " + budget.projectCount());
    }
    return String.join("\n", out);
  }
}
