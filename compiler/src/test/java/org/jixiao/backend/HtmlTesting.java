package org.jixiao.backend;

import org.jixiao.tables.BudgetTables;
import org.jixiao.tables.ProjectView;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.cli.BuildRunner;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.testing.Golden;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Builds budgets for the HTML tests and reads tables back. */
final class HtmlTesting {
  static final Path REPO = Golden.repo();
  static final Path EXAMPLE = REPO.resolve("examples/yangquan-2026");
  static final Messages ZH = new Messages(Messages.Language.ZH);

  private HtmlTesting() {}

  /** Runs {@code jixiao build --format html} and returns the budget's output folder. */
  static Path build(Path budget, Path out) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = new BuildRunner(List.of(budget), out, List.of("html"), ZH, new PrintWriter(stdout),
        new PrintWriter(stderr), REPO).run();
    assertThat(code).as(stderr.toString()).isZero();
    return out.resolve(budget.getFileName().toString());
  }

  /** What the build gives the backends for one budget folder (as BuildRunner makes it). */
  static BuildInput input(Path budget) {
    return input(budget, ZH);
  }

  /** As {@link #input(Path)}, for a reader of {@code messages}' language. */
  static BuildInput input(Path budget, Messages messages) {
    CheckRun run = CheckRun.check(List.of(budget), REPO);
    CompiledBudget compiled = run.budgets().get(0);
    BudgetTables tables = BudgetTables.of(compiled.checked(), messages);
    List<ProjectView> views = tables.projects();
    var decl = compiled.context().budget();
    String title = BuildInput.titleOf(decl, compiled.context().profile());
    List<String> fileNames = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (ProjectView p : views) {
      String name = Path.of(p.file()).getFileName().toString().replaceFirst("\\.jx$", "");
      assertThat(taken.add(name)).isTrue();
      fileNames.add(name);
    }
    return new BuildInput(budget.getFileName().toString(), tables, fileNames, title, decl.year(), messages);
  }

  /** A table cell found at its grid position by the HTML table algorithm. */
  record Slot(int row, int column, int rowSpan, int columnSpan, Element td) {}

  /** Every cell of a table with the row and column where a browser places it. */
  static List<Slot> slots(Element table) {
    List<Slot> slots = new ArrayList<>();
    Set<Long> taken = new HashSet<>();
    List<Element> rows = table.select("tr");
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Element td : rows.get(r).children()) {
        while (taken.contains(key(r, c))) {
          c++;
        }
        int rs = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan")) : 1;
        int cs = td.hasAttr("colspan") ? Integer.parseInt(td.attr("colspan")) : 1;
        for (int i = r; i < r + rs; i++) {
          for (int k = c; k < c + cs; k++) {
            assertThat(taken.add(key(i, k))).as("cells overlap at %d,%d", i, k).isTrue();
          }
        }
        slots.add(new Slot(r, c, rs, cs, td));
        c += cs;
      }
    }
    return slots;
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | column;
  }

  /** The text a cell shows, exactly: text as written, each {@code <br>} a newline. */
  static String text(Element e) {
    StringBuilder out = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (n instanceof Element child) {
        out.append(child.normalName().equals("br") ? "\n" : text(child));
      }
    }
    return out.toString();
  }

  /** What the grid cell shows, as text. */
  static String expected(Grid.Cell cell) {
    if (cell.value() instanceof Grid.Value.Text t) {
      return t.text();
    }
    if (cell.value() instanceof Grid.Value.Money m) {
      return HtmlTable.money(m.amount(), m.decimals());
    }
    return "";
  }

  /** An amount as the form prints it: in the profile's money unit, with its decimals. */
  static String formMoney(BuildInput input, ProjectView.Amount amount) {
    Grid.Value v = FundsBlock.money(amount, input.formContext());
    return v instanceof Grid.Value.Money m ? HtmlTable.money(m.amount(), m.decimals()) : "";
  }
}
