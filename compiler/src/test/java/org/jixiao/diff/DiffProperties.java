package org.jixiao.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.BudgetChange;
import org.jixiao.diff.BudgetDiff.IndicatorChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.diff.BudgetDiff.MoneyChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;
import org.jixiao.driver.CheckRun;

/**
 * Laws of the semantic diff over generated budgets: a budget against itself is empty; swapping
 * the sides mirrors the diff; reformatting and reordering give an empty diff.
 */
class DiffProperties {
  private static final Messages ZH = new Messages(Messages.Language.ZH);
  private static final Differ DIFFER = new Differ(ZH);

  private static CheckRun budget(CorpusGenerator generator, int forms, Path dir) throws IOException {
    generator.writeBudget(dir, forms);
    return CheckRun.check(List.of(dir), dir);
  }

  private static void delete(Path dir) throws IOException {
    org.jixiao.testing.TempTrees.delete(dir);
  }

  @Property(tries = 15)
  void selfDiffIsEmpty(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws IOException {
    Path dir = Files.createTempDirectory("jx-diff");
    try {
      CheckRun run = budget(new CorpusGenerator(seed), 4, dir);
      assertThat(DIFFER.diff(run.checked(), run.checked()).isEmpty()).isTrue();
    } finally {
      delete(dir);
    }
  }

  @Property(tries = 15)
  void swappingSidesMirrorsTheDiff(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 9) int percent)
      throws IOException {
    Path a = Files.createTempDirectory("jx-diff-a");
    Path b = Files.createTempDirectory("jx-diff-b");
    try {
      CorpusGenerator generator = new CorpusGenerator(seed);
      CheckRun x = budget(generator, 6, a);
      CheckRun y = budget(generator.mutated(percent / 10.0, seed + 1), 6, b);
      BudgetDiff forward = DIFFER.diff(x.checked(), y.checked());
      BudgetDiff backward = DIFFER.diff(y.checked(), x.checked());
      assertThat(mirror(backward)).isEqualTo(normal(forward));
    } finally {
      delete(a);
      delete(b);
    }
  }

  @Property(tries = 10)
  void reformattingAndReorderingGiveAnEmptyDiff(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws IOException {
    Path a = Files.createTempDirectory("jx-diff-a");
    Path b = Files.createTempDirectory("jx-diff-b");
    try {
      CorpusGenerator generator = new CorpusGenerator(seed);
      CheckRun x = budget(generator, 4, a);
      budget(generator, 4, b);
      for (Path f : Files.list(b).filter(p -> !p.getFileName().toString().equals("budget.jx")).toList()) {
        Files.writeString(f, scramble(Files.readString(f)));
      }
      CheckRun y = CheckRun.check(List.of(b), b);
      assertThat(y.count(org.jixiao.diag.Severity.ERROR)).isZero();
      assertThat(DIFFER.diff(x.checked(), y.checked()).isEmpty()).as(new DiffRenderer(ZH).text(DIFFER.diff(x.checked(), y.checked()))).isTrue();
    } finally {
      delete(a);
      delete(b);
    }
  }

  /** Another layout of the same form: full-width symbols, other spacing, indicators reversed. */
  static String scramble(String form) {
    List<String> lines = new ArrayList<>(form.lines().toList());
    List<Integer> slots = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("indicator ")) {
        slots.add(i);
        indicators.add(lines.get(i));
      }
    }
    Collections.reverse(indicators);
    for (int i = 0; i < slots.size(); i++) {
      lines.set(slots.get(i), "      " + indicators.get(i).strip().replace(">= ", "≥").replace("<= ", "＜＝ ").replace("%", "％"));
    }
    return String.join("\n", lines) + "\n\n";
  }

  // ----------------------------------------------------------------- mirror

  /**
   * A diff in a form that does not depend on the order of its lists; diagnostics are left out (the
   * same diagnostic has its text from either side) and so is the budget's name (it says which
   * year came first).
   */
  static List<BudgetChange> normal(BudgetDiff d) {
    List<BudgetChange> budgets = new ArrayList<>();
    for (BudgetChange b : d.budgets()) {
      List<ProjectDiff> projects = new ArrayList<>();
      for (ProjectDiff p : b.projects()) {
        List<IndicatorChange> indicators = new ArrayList<>(p.indicators());
        indicators.sort(java.util.Comparator.comparing(IndicatorChange::toString));
        List<MoneyChange> funds = new ArrayList<>(p.funds());
        funds.sort(java.util.Comparator.comparing(MoneyChange::toString));
        projects.add(new ProjectDiff(p.name(), p.department(), p.status(), funds, indicators, p.fields()));
      }
      projects.sort(java.util.Comparator.comparing(ProjectDiff::name));
      budgets.add(new BudgetChange("", b.status(), b.before(), b.after(), b.fields(), projects, sorted(b.departments()),
          sorted(b.totals()), List.of()));
    }
    budgets.sort(java.util.Comparator.comparing(BudgetChange::toString));
    return budgets;
  }

  private static List<MoneyChange> sorted(List<MoneyChange> list) {
    List<MoneyChange> out = new ArrayList<>(list);
    out.sort(java.util.Comparator.comparing(MoneyChange::toString));
    return out;
  }

  private static BudgetDiff.Status mirror(BudgetDiff.Status s) {
    return switch (s) {
      case ADDED -> BudgetDiff.Status.REMOVED;
      case REMOVED -> BudgetDiff.Status.ADDED;
      case CHANGED -> BudgetDiff.Status.CHANGED;
    };
  }

  /** The diff seen from the other side: before and after swapped, directions reversed. */
  static List<BudgetChange> mirror(BudgetDiff d) {
    List<BudgetChange> budgets = new ArrayList<>();
    for (BudgetChange b : d.budgets()) {
      List<ProjectDiff> projects = new ArrayList<>();
      for (ProjectDiff p : b.projects()) {
        List<MoneyChange> funds = p.funds().stream().map(DiffProperties::mirror).toList();
        List<IndicatorChange> indicators = p.indicators().stream().map(DiffProperties::mirror).toList();
        projects.add(new ProjectDiff(p.name(), p.department(), mirror(p.status()), funds, indicators, mirror(p.fields())));
      }
      budgets.add(new BudgetChange(b.name(), mirror(b.status()), b.after(), b.before(), mirror(b.fields()), projects,
          b.departments().stream().map(DiffProperties::mirror).toList(), b.totals().stream().map(DiffProperties::mirror).toList(),
          List.of()));
    }
    return normal(new BudgetDiff(budgets));
  }

  private static List<BudgetDiff.FieldChange> mirror(List<BudgetDiff.FieldChange> fields) {
    return fields.stream().map(f -> new BudgetDiff.FieldChange(f.field(), f.after(), f.before())).toList();
  }

  static MoneyChange mirror(MoneyChange m) {
    return DIFFER.money(m.what(), m.column(), m.after(), m.before());
  }

  static IndicatorChange mirror(IndicatorChange c) {
    IndicatorKind kind = switch (c.kind()) {
      case ADDED -> IndicatorKind.REMOVED;
      case REMOVED -> IndicatorKind.ADDED;
      case TIGHTENED -> IndicatorKind.LOOSENED;
      case LOOSENED -> IndicatorKind.TIGHTENED;
      default -> c.kind();
    };
    return new IndicatorChange(kind, c.column(), c.category(), c.nameAfter(), c.nameBefore(), c.after(), c.before());
  }
}
