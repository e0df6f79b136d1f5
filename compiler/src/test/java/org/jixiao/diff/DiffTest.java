package org.jixiao.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.Main;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao diff}: the published forms against the corrected ones, and two git commits. */
class DiffTest {
  static final Path REPO = Golden.repo();
  static final Path GOLDEN = REPO.resolve("compiler/src/test/files/Diff");

  @TempDir Path dir;

  static final Messages ZH = new Messages(Messages.Language.ZH);
  static final Messages EN = new Messages(Messages.Language.EN);

  static BudgetDiff publishedToCorrected(Messages messages) {
    CheckRun before = CheckRun.check(List.of(REPO.resolve("examples/yangquan-2026-published")), REPO);
    CheckRun after = CheckRun.check(List.of(REPO.resolve("examples/yangquan-2026")), REPO);
    return new Differ(messages).diff(before.checked(), after.checked());
  }

  /** The goldens of one language: {@code published-to-corrected<suffix>.txt}, {@code .md}, {@code .json}. */
  private static void assertGoldens(Messages messages, String suffix) throws IOException {
    BudgetDiff diff = publishedToCorrected(messages);
    DiffRenderer renderer = new DiffRenderer(messages);
    Golden.assertMatches(GOLDEN.resolve("published-to-corrected" + suffix + ".txt"), renderer.text(diff));
    Golden.assertMatches(GOLDEN.resolve("published-to-corrected" + suffix + ".md"), renderer.markdown(diff));
    Golden.assertMatches(GOLDEN.resolve("published-to-corrected" + suffix + ".json"), DiffRenderer.json(diff));
  }

  @Test
  void goldenInEveryFormat() throws IOException {
    assertGoldens(ZH, "");
  }

  @Test
  void goldenInEveryFormatInEnglish() throws IOException {
    assertGoldens(EN, ".en");
  }

  @Test
  void theShowcaseFindsTheReviewersCorrections() {
    BudgetDiff diff = publishedToCorrected(ZH);
    String text = new DiffRenderer(ZH).text(diff);
    assertThat(text).contains("市县（区）财政资金（年度）43,000,000 → 58,372,000");
    assertThat(text).contains("[收紧] 两栏 数量指标.科技副总人数：≥15人/年 → ≥28人/年");
    assertThat(text).contains("[改名] 年度 服务对象满意度指标.优秀人才对我市 → 优秀人才对我市人才政策满意度");
    assertThat(diff.diagnostics()).anyMatch(d -> !d.added() && d.code().equals("JX0503"));
  }

  /**
   * Diagnostics are matched by code and arguments: the same changes, in the same order, in any
   * language; only their text differs.
   */
  @Test
  void diagnosticChangesDoNotDependOnTheLanguage() {
    java.util.function.Function<BudgetDiff, List<String>> identities = diff -> diff.diagnostics().stream()
        .map(d -> d.added() + " " + d.severity() + " " + d.code() + " " + d.project() + " "
            + d.args().stream().map(org.jixiao.diag.Arg::key).toList())
        .toList();
    BudgetDiff zh = publishedToCorrected(ZH);
    BudgetDiff en = publishedToCorrected(EN);
    assertThat(identities.apply(en)).isNotEmpty().isEqualTo(identities.apply(zh));
    assertThat(en.diagnostics().get(0).message()).isNotEqualTo(zh.diagnostics().get(0).message());
  }

  /** The summary says how many of the new and the fixed diagnostics are errors and warnings. */
  @Test
  void theSummaryCountsNewErrorsAndWarnings() {
    BudgetDiff fixes = publishedToCorrected(ZH);
    CheckRun before = CheckRun.check(List.of(REPO.resolve("examples/yangquan-2026")), REPO);
    CheckRun after = CheckRun.check(List.of(REPO.resolve("examples/yangquan-2026-published")), REPO);
    BudgetDiff breaks = new Differ(ZH).diff(before.checked(), after.checked());
    long errors = breaks.diagnostics().stream().filter(d -> d.added() && d.severity().equals("error")).count();
    long warnings = breaks.diagnostics().stream().filter(d -> d.added() && d.severity().equals("warning")).count();
    assertThat(errors).isPositive();
    String summary = "诊断：新增 " + (errors + warnings) + " 条（错误 " + errors + " 条，警告 " + warnings + " 条），修复 1 条（警告 1 条）。";
    assertThat(new DiffRenderer(ZH).markdown(breaks)).contains(summary);
    assertThat(new DiffRenderer(ZH).text(breaks)).contains("\n" + summary + "\n");
    String fixed = "诊断：新增 1 条（警告 1 条），修复 69 条（错误 10 条，警告 59 条）。";
    assertThat(new DiffRenderer(ZH).markdown(fixes)).contains(fixed);
    assertThat(new DiffRenderer(ZH).text(fixes)).contains(fixed);
    assertThat(new DiffRenderer(EN).text(publishedToCorrected(EN)))
        .contains("Diagnostics: 1 added (1 warning), 69 fixed (10 errors, 59 warnings).");
  }

  @Test
  void theCommandPrintsEnglishWithLangEn() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"diff", "--lang", "en", "-C", REPO.toString(), "examples/yangquan-2026-published",
        "examples/yangquan-2026"}, new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).isEqualTo(Files.readString(GOLDEN.resolve("published-to-corrected.en.txt")));
  }

  /** Two small budgets of 晋中市, 2025 and 2026, written for this test (see its README). */
  static final Path YEARS = GOLDEN.resolve("year-over-year");

  /** {@code jixiao diff 2025 2026}: next year's budget against this year's, in every format. */
  @Test
  void yearOverYearGolden() {
    String[][] runs = {{"text", "zh", ".txt"}, {"markdown", "zh", ".md"}, {"json", "zh", ".json"}, {"text", "en", ".en.txt"}};
    for (String[] run : runs) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.run(new String[] {"diff", "--format", run[0], "--lang", run[1], "-C", YEARS.toString(), "2025", "2026"},
          new PrintWriter(out), new PrintWriter(err));
      assertThat(exit).as(err.toString()).isZero();
      Golden.assertMatches(GOLDEN.resolve("year-over-year" + run[2]), out.toString());
    }
  }

  /**
   * The recurring projects are matched (one renamed with its year), the one-off and the new ones
   * are removed and added; what moves with the year (the filing date, a deadline at the year's
   * end) is no change, a deadline brought forward is tightened, money is this budget's alone.
   */
  @Test
  void yearOverYearMatchesTheRecurringProjects() {
    CheckRun before = CheckRun.check(List.of(YEARS.resolve("2025")), YEARS);
    CheckRun after = CheckRun.check(List.of(YEARS.resolve("2026")), YEARS);
    BudgetDiff diff = new Differ(ZH).diff(before.checked(), after.checked());
    assertThat(diff.budgets()).hasSize(1);
    BudgetDiff.BudgetChange b = diff.budgets().get(0);
    assertThat(b.name()).isEqualTo("晋中市 2025年度 → 2026年度");
    assertThat(b.before()).isEqualTo(new BudgetDiff.BudgetSide("晋中市", 2025, "2025"));
    assertThat(b.after()).isEqualTo(new BudgetDiff.BudgetSide("晋中市", 2026, "2026"));
    assertThat(b.projects()).extracting(p -> p.department() + " " + p.status()).containsExactly(
        "012-晋中市教育局 CHANGED", "031-晋中市农业农村局 CHANGED", "045-晋中市城市管理局 CHANGED",
        "058-晋中市统计局 REMOVED", "067-晋中市民政局 ADDED");
    assertThat(b.projects()).flatExtracting(BudgetDiff.ProjectDiff::fields).extracting(BudgetDiff.FieldChange::field)
        .doesNotContain("填报日期").contains("项目名称");
    assertThat(b.projects().get(1).indicators()).extracting(c -> c.kind() + " " + c.nameAfter())
        .contains("TIGHTENED 项目完工时间", "TIGHTENED 新建高标准农田面积");
    assertThat(b.fields()).extracting(BudgetDiff.FieldChange::after).containsExactly("6,600,000 元");
    assertThat(b.totals()).extracting(m -> DiffRenderer.yuan(m.before()) + " → " + DiffRenderer.yuan(m.after()))
        .containsExactly("22,400,000 → 25,560,000", "22,400,000 → 25,560,000");
    assertThat(new Differ(ZH).diff(after.checked(), after.checked()).isEmpty()).isTrue();
  }

  @Test
  void aBudgetAgainstItselfIsEmpty() {
    CheckRun run = CheckRun.check(List.of(REPO.resolve("examples/yangquan-2026")), REPO);
    BudgetDiff diff = new Differ(ZH).diff(run.checked(), run.checked());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(new DiffRenderer(ZH).text(diff)).startsWith("没有实质变化");
    assertThat(new DiffRenderer(EN).text(diff)).startsWith("No change in substance");
  }

  private static String git(Path repo, String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    return out;
  }

  @Test
  void twoCommitsOfATestRepositoryByRevision() throws Exception {
    Path repo = dir.resolve("repo");
    Path budget = Files.createDirectories(repo.resolve("budgets/2026"));
    for (Path f : Files.list(REPO.resolve("examples/yangquan-2026")).sorted().toList()) {
      Files.copy(f, budget.resolve(f.getFileName()));
    }
    git(repo, "init", "-q", "-b", "main");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "v1");
    Path form = budget.resolve("045-生活垃圾处理费.jx");
    String text = Files.readString(form);
    Files.writeString(form, text.replace("22,082,500", "23,000,000").replace(">= 95%", ">= 90%"));
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-am", "v2");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"diff", "-C", repo.toString(), "HEAD~1", "HEAD", "--", "budgets/2026"},
        new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("预算：阳泉市 2026年度（budgets/2026）\n")
        .contains("有变化：阳泉市生活垃圾焚烧发电厂生活垃圾处理费")
        .contains("22,082,500 → 23,000,000")
        .contains("[放宽] 两栏 服务对象满意度指标.城市居民满意度：≥95% → ≥90%");
  }

  @Test
  void anUnknownRevisionIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"diff", "no-such-revision-xyz", REPO.resolve("examples/yangquan-2026").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(exit).isEqualTo(2);
  }
}
