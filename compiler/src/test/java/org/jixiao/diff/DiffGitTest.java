package org.jixiao.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.cli.Main;
import org.jixiao.corpus.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao diff} over git revisions of a repository of several budgets, with the git command
 * line (as DiffTest's two commits): any path or none, a subfolder, a form, a revision against the
 * working tree; the revision's files come back byte for byte; problems with the command line are
 * one line in the reader's language.
 */
public class DiffGitTest {
  @TempDir Path dir;

  /** The command's exit code, output and errors. */
  record Run(int exit, String out, String err) {}

  static Run jixiao(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  public static String git(Path repo, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    return out;
  }

  public static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".jx")).sorted().toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  /**
   * The repository: budgets/2025 and budgets/2026 of 阳泉市 with the same projects, and a
   * second region beside them; the second commit raises one 2026 project's funds in both columns.
   */
  private Path repository() throws Exception {
    Path repo = dir.resolve("预算仓库");
    Path examples = DiffTest.REPO.resolve("examples/yangquan-2026");
    copy(examples, repo.resolve("budgets/2026"));
    copy(examples, repo.resolve("budgets/2025"));
    edit(repo.resolve("budgets/2025/budget.jx"), "budget 阳泉市 2026", "budget 阳泉市 2025");
    copy(DiffTest.YEARS.resolve("2026"), repo.resolve("晋中/2026"));
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "v1");
    edit(repo.resolve("budgets/2026/049-农村饮水安全项目.jx"), "local       200,000  200,000", "local       300,000  300,000");
    edit(repo.resolve("budgets/2026/049-农村饮水安全项目.jx"), "total       200,000  200,000", "total       300,000  300,000");
    git(repo, "commit", "-q", "-am", "v2");
    return repo;
  }

  private static final String HEADING = "预算：阳泉市 2026年度（budgets/2026）\n";
  private static final String PROJECT = "有变化：农村饮水安全项目（市本级）（049-阳泉市水利局）\n";

  @Test
  void theWholeRepositoryWithNoPathOrDot() throws Exception {
    Path repo = repository();
    Run none = jixiao("diff", "-C", repo.toString(), "HEAD~1", "HEAD");
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.out()).startsWith(HEADING + PROJECT)
        .contains("市县（区）财政资金（年度）200,000 → 300,000 元（+100,000，+50.0%）")
        .contains("预算合计（年度）198,426,055 → 198,526,055 元")
        .doesNotContain("2025").doesNotContain("晋中");
    for (String path : List.of(".", "budgets", "budgets/2026", "budgets/2026/049-农村饮水安全项目.jx")) {
      Run run = jixiao("diff", "-C", repo.toString(), "HEAD~1", "HEAD", "--", path);
      assertThat(run.exit()).as(path + run.err()).isZero();
      assertThat(run.out()).as(path).startsWith(HEADING + PROJECT);
    }
    // From a subfolder the paths are relative to it; budgets are still named from the repository's root.
    Run inside = jixiao("diff", "-C", repo.resolve("budgets").toString(), "HEAD~1", "HEAD", "--", "2026");
    assertThat(inside.exit()).as(inside.err()).isZero();
    assertThat(inside.out()).startsWith(HEADING + PROJECT);
    assertThat(jixiao("diff", "-C", repo.toString(), "HEAD~1", "HEAD", "--", "budgets/2025").out()).startsWith("没有实质变化");
  }

  /** Two regions side by side: each has its own 预算合计, and only the changed one is shown. */
  @Test
  void twoRegionsAreNeverAddedTogether() throws Exception {
    Path repo = repository();
    edit(repo.resolve("晋中/2026/045-道路养护.jx"), "local       3,200,000  3,200,000", "local       3,300,000  3,300,000");
    edit(repo.resolve("晋中/2026/045-道路养护.jx"), "total       3,200,000  3,200,000", "total       3,300,000  3,300,000");
    git(repo, "commit", "-q", "-am", "v3");
    Run run = jixiao("diff", "-C", repo.toString(), "HEAD~2", "HEAD");
    assertThat(run.exit()).as(run.err()).isZero();
    String out = run.out();
    // Budgets in the order of their regions' names (code points): 晋中市 before 阳泉市.
    int jinzhong = out.indexOf("预算：晋中市 2026年度（晋中/2026）\n");
    int yangquan = out.indexOf(HEADING);
    assertThat(jinzhong).isZero();
    assertThat(yangquan).isPositive();
    assertThat(out.substring(0, yangquan)).contains("有变化：城区道路日常养护（045-晋中市城市管理局）")
        .contains("预算合计（年度）25,560,000 → 25,660,000 元").doesNotContain("农村饮水");
    assertThat(out.substring(yangquan)).contains(PROJECT).contains("预算合计（年度）198,426,055 → 198,526,055 元")
        .doesNotContain("道路");
  }

  /** A revision against a folder of the working tree reads that folder from the revision. */
  @Test
  void aRevisionAgainstTheWorkingTree() throws Exception {
    Path repo = repository();
    edit(repo.resolve("budgets/2025/045-生活垃圾处理费.jx"), ">= 95%", ">= 90%");
    Run run = jixiao("diff", "-C", repo.toString(), "HEAD", "budgets/2025");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("预算：阳泉市 2025年度（budgets/2025）\n")
        .contains("[放宽] 两栏 服务对象满意度指标.城市居民满意度：≥95% → ≥90%");
  }

  /**
   * One cat-file per revision reads every file back as committed: many forms, Chinese names, an
   * empty file, bytes that are not UTF-8 (the check reports them, as it would in the working tree).
   */
  @Test
  void everyFileOfTheRevisionComesBackByteForByte() throws Exception {
    Path repo = dir.resolve("many");
    new CorpusGenerator(42).writeBudget(repo.resolve("甲/2026"), 120);
    Files.writeString(repo.resolve("甲/2026/空白表.jx"), "");
    Files.write(repo.resolve("乙.jx"), new byte[] {'#', ' ', (byte) 0xB0, (byte) 0xA1, '\n'});
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "v1");
    Path into = dir.resolve("out");
    Revisions.Repository repository = Revisions.repository(repo);
    assertThat(Revisions.checkout(repository, "HEAD", List.of(""), into)).isEqualTo(123);
    try (Stream<Path> files = Files.walk(repo)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".jx")).toList()) {
        assertThat(into.resolve(repo.relativize(f).toString())).as(f.toString()).hasBinaryContent(Files.readAllBytes(f));
      }
    }
    Run run = jixiao("diff", "-C", repo.toString(), "HEAD", "HEAD");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("没有实质变化");
  }

  @Test
  void commandLineProblemsAreOneLineInTheReadersLanguage() throws Exception {
    Path repo = repository();
    Run unknown = jixiao("diff", "--lang", "en", "-C", repo.toString(), "no-such-revision", "HEAD");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("jixiao diff: \"no-such-revision\" is neither a file or folder nor a git revision"
        + " (a branch, HEAD~1, a commit).\nSee jixiao diff --help.\n");
    Run nowhere = jixiao("diff", "--lang", "zh", "-C", repo.toString(), "HEAD~1", "HEAD", "--", "budgets/2024");
    assertThat(nowhere.exit()).isEqualTo(2);
    assertThat(nowhere.err()).startsWith("jixiao diff: “budgets/2024”在“HEAD~1”和“HEAD”中都不存在").hasLineCount(2);
    Run outside = jixiao("diff", "--lang", "en", "-C", repo.toString(), "HEAD~1", "HEAD", "--", "../elsewhere");
    assertThat(outside.exit()).isEqualTo(2);
    assertThat(outside.err()).startsWith("jixiao diff: The path \"../elsewhere\" is not inside the git repository");
    Path plain = Files.createDirectories(dir.resolve("not-a-repository"));
    Run noRepository = jixiao("diff", "--lang", "en", "-C", plain.toString(), "HEAD~1", "HEAD");
    assertThat(noRepository.exit()).isEqualTo(2);
    assertThat(noRepository.err()).startsWith("jixiao diff: \"HEAD~1\" is not a file or folder; to compare git revisions");
  }
}
