package org.jixiao.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.BudgetChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;
import org.jixiao.driver.CheckRun;
import org.jixiao.semantics.CheckedBudget;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.testing.TempTrees;

/**
 * The diff never misses a change in a repository of several budgets (regions and years, as
 * {@code 阳泉市/2025}, {@code 太原市/2026} …), whose budgets repeat each other's projects (the same
 * department and name in every year): any one change to one project of one budget gives a diff
 * that names that budget and that project, and nothing of any other budget.
 */
class MultiBudgetDiffProperties {
  private static final Messages ZH = new Messages(Messages.Language.ZH);
  private static final Messages EN = new Messages(Messages.Language.EN);
  private static final String[] REGIONS = {"阳泉市", "太原市", "晋中市"};
  private static final int[] YEARS = {2025, 2026, 2027};
  private static final int FORMS = 2;

  /** One change to one form: what a budget officer edits between two commits. */
  enum Change {
    AMOUNT,
    TARGET,
    TEXT,
    FIELD,
    FILED,
    ADDED_PROJECT,
    REMOVED_PROJECT
  }

  /** A budget of the generated repository: its region, year and folder. */
  record Budget(String region, int year, String folder) {}

  @Property(tries = 24)
  void anySingleChangeNamesItsBudgetAndProject(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 2, max = 4) int budgets,
      @ForAll Change change,
      @ForAll @IntRange(min = 0, max = 99) int which) throws IOException {
    Path before = Files.createTempDirectory("jx-multi-a");
    Path after = Files.createTempDirectory("jx-multi-b");
    try {
      List<Budget> repo = repository(seed, budgets, before);
      repository(seed, budgets, after);
      Budget target = repo.get(which % repo.size());
      Path folder = after.resolve(target.folder());
      String file = new CorpusGenerator(seed).fileName(which % FORMS);
      String project = change(change, folder, file, seed);

      CheckRun x = CheckRun.check(List.of(before), before);
      CheckRun y = CheckRun.check(List.of(after), after);
      String name = project != null ? project : projectIn(x, target.folder() + "/" + file);
      BudgetDiff diff = new Differ(ZH).diff(new Differ.Side(x.checked(), ""), new Differ.Side(y.checked(), ""));

      assertThat(diff.isEmpty()).as("%s in %s", change, target).isFalse();
      assertThat(diff.budgets()).as("only the changed budget").hasSize(1);
      BudgetChange b = diff.budgets().get(0);
      assertThat(b.before()).isEqualTo(new BudgetDiff.BudgetSide(target.region(), target.year(), target.folder()));
      assertThat(b.after()).isEqualTo(b.before());
      assertThat(b.projects()).extracting(ProjectDiff::name).as(new DiffRenderer(ZH).text(diff)).contains(name);
      ProjectDiff p = b.projects().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
      assertThat(p.status()).isEqualTo(change == Change.ADDED_PROJECT ? BudgetDiff.Status.ADDED
          : change == Change.REMOVED_PROJECT ? BudgetDiff.Status.REMOVED : BudgetDiff.Status.CHANGED);

      // Each format names the budget above the project: the heading, then the project's line.
      String text = new DiffRenderer(ZH).text(diff);
      String heading = "预算：" + target.region() + " " + target.year() + "年度（" + target.folder() + "）";
      assertThat(text).startsWith(heading + "\n").contains(name);
      String english = new DiffRenderer(EN).text(new Differ(EN).diff(x.checked(), y.checked()));
      assertThat(english).startsWith("Budget: " + target.region() + " " + target.year() + " (" + target.folder() + ")\n");
      assertThat(new DiffRenderer(ZH).markdown(diff)).contains("#### " + heading).contains(name);
      assertThat(DiffRenderer.json(diff)).contains("\"region\" : \"" + target.region() + "\"", name);

      // And from the other side, the same change mirrored.
      BudgetDiff backward = new Differ(ZH).diff(y.checked(), x.checked());
      assertThat(DiffProperties.mirror(backward)).isEqualTo(DiffProperties.normal(diff));
    } finally {
      TempTrees.delete(before);
      TempTrees.delete(after);
    }
  }

  @Property(tries = 8)
  void aRepositoryAgainstItselfIsEmpty(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 4) int budgets) throws IOException {
    Path dir = Files.createTempDirectory("jx-multi");
    try {
      repository(seed, budgets, dir);
      CheckRun run = CheckRun.check(List.of(dir), dir);
      assertThat(run.checked()).hasSize(budgets);
      assertThat(new Differ(ZH).diff(run.checked(), run.checked()).isEmpty()).isTrue();
    } finally {
      TempTrees.delete(dir);
    }
  }

  /**
   * Writes {@code count} budgets of distinct regions and years as {@code REGION/YEAR/}; every other
   * budget has the same forms, so that the same department and project name are in several.
   */
  static List<Budget> repository(long seed, int count, Path root) throws IOException {
    List<Budget> all = new ArrayList<>();
    for (String region : REGIONS) {
      for (int year : YEARS) {
        all.add(new Budget(region, year, region + "/" + year));
      }
    }
    Collections.shuffle(all, new Random(seed));
    List<Budget> chosen = all.subList(0, count);
    for (int i = 0; i < chosen.size(); i++) {
      Budget b = chosen.get(i);
      CorpusGenerator generator = new CorpusGenerator(seed + i % 2);
      Path folder = root.resolve(b.folder());
      generator.writeBudget(folder, FORMS);
      Files.writeString(folder.resolve(CorpusGenerator.BUDGET_FILE), generator.budget(b.region(), b.year()));
    }
    return List.copyOf(chosen);
  }

  private static final Pattern AMOUNT = Pattern.compile("(?m)^    \\S+ +([1-9][0-9,]*)");
  private static final Pattern TARGET = Pattern.compile("(?m)^  indicator \\S+ (?:>=|<=) ([0-9]+)");
  private static final Pattern TEXT = Pattern.compile("(?m)^  overview \"");
  private static final Pattern FIELD = Pattern.compile("(?m)^  implementer \"([^\"]*)\"");
  private static final Pattern FILED = Pattern.compile("(?m)^  filed [0-9]{4}-?[0-9]{2}-?([0-9]{2})");

  /** Makes the change to {@code file} of the budget folder; the name of an added project, else null. */
  private static String change(Change change, Path folder, String file, long seed) throws IOException {
    Path form = folder.resolve(file);
    switch (change) {
      case ADDED_PROJECT -> {
        // A form of another generator: a project this budget does not have yet.
        String text = new CorpusGenerator(seed + 7).project(FORMS + 3);
        Files.writeString(folder.resolve("99999.jx"), text, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^project \"?([^\"{]+?)\"? \\{").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
      }
      case REMOVED_PROJECT -> {
        Files.delete(form);
        return null;
      }
      default -> {
        String text = Files.readString(form, StandardCharsets.UTF_8);
        Files.writeString(form, edit(change, text), StandardCharsets.UTF_8);
        return null;
      }
    }
  }

  /** One edit to a form's text: an amount, a target's number, a narrative, the implementer, the filing date. */
  private static String edit(Change change, String text) {
    Matcher m = switch (change) {
      case AMOUNT -> AMOUNT.matcher(text);
      case TARGET -> TARGET.matcher(text);
      case TEXT -> TEXT.matcher(text);
      case FILED -> FILED.matcher(text);
      default -> FIELD.matcher(text);
    };
    if (change == Change.TARGET && !m.find()) {
      // A form with no numeric target: then its first indicator gets one.
      return text.replaceFirst("(?m)^  indicator (\\S+) .*$", "  indicator $1 >= 7 个");
    }
    if (change != Change.TARGET) {
      assertThat(m.find()).as("the form has a line to change for %s", change).isTrue();
    }
    int at = change == Change.TEXT ? m.end() : m.start(1);
    int end = change == Change.TEXT ? m.end() : m.end(1);
    String replacement = switch (change) {
      case AMOUNT -> String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(m.group(1).replace(",", "")) + 1_000);
      case TARGET -> String.valueOf(Integer.parseInt(m.group(1)) + 1);
      case TEXT -> "（修订）";
      // Filed a day earlier (the generator files on the 15th to the 31st).
      case FILED -> String.format(java.util.Locale.ROOT, "%02d", Integer.parseInt(m.group(1)) - 1);
      default -> m.group(1) + "（新）";
    };
    return text.substring(0, at) + replacement + text.substring(end);
  }

  /** The name of the project in the file (a path from the root). */
  private static String projectIn(CheckRun run, String file) {
    for (CheckedBudget b : run.checked()) {
      for (ProjectFile pf : b.context().projects()) {
        if (pf.file().path().toString().replace('\\', '/').endsWith(file)) {
          return pf.project().name().text();
        }
      }
    }
    throw new AssertionError("no project in " + file);
  }
}
