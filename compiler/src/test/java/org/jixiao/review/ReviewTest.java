package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jixiao.cli.Main;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * {@code jixiao review} of a 2026 budget against its 2025 one (targets and self-evaluation): each
 * of the four dimensions' findings at its line, a grade per project; text and markdown goldens.
 */
class ReviewTest {
  private static final Path FILES = Golden.repo().resolve("compiler/src/test/files/Review");

  private static String run(String format) {
    StringWriter out = new StringWriter();
    Path here = Path.of("").toAbsolutePath();
    int code = Main.run(new String[] {"review", here.relativize(FILES.resolve("2026")).toString().replace('\\', '/'),
        "--previous", here.relativize(FILES.resolve("2025")).toString().replace('\\', '/'), "--format", format, "--lang", "zh"},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    return out.toString();
  }

  @Test
  void lastYearAgainstThisYearAsText() {
    String text = run("text");
    assertThat(text).contains("JX1101", "JX1102", "JX1103", "JX1104", "JX1105");
    Golden.assertMatches(FILES.resolve("review.txt"), text);
  }

  @Test
  void lastYearAgainstThisYearAsMarkdownForAPullRequest() {
    Golden.assertMatches(FILES.resolve("review.md"), run("markdown"));
  }

  /** The page for the bureau: the same findings, every text escaped, printable on A4. */
  @Test
  void lastYearAgainstThisYearAsAPageForTheBureau() {
    String html = run("html");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("@page { size: A4 portrait", "JX1101", "JX1105", "建议等级")
        .doesNotContain("<script");
    Golden.assertMatches(FILES.resolve("review.html"), html);
  }

  /**
   * Last year from git: this year's folder as it was at a revision ({@code --previous HEAD}) gives
   * the same findings as last year's folder beside it.
   */
  @Test
  void lastYearFromAGitRevision(@org.junit.jupiter.api.io.TempDir Path repo) throws Exception {
    Path folder = repo.resolve("budget");
    org.jixiao.diff.DiffGitTest.copy(FILES.resolve("2025"), folder);
    org.jixiao.diff.DiffGitTest.git(repo, "init", "-q", "-b", "main");
    org.jixiao.diff.DiffGitTest.git(repo, "add", ".");
    org.jixiao.diff.DiffGitTest.git(repo, "commit", "-q", "-m", "2025");
    try (var old = java.nio.file.Files.list(folder)) {
      for (Path p : old.toList()) {
        java.nio.file.Files.delete(p);
      }
    }
    org.jixiao.diff.DiffGitTest.copy(FILES.resolve("2026"), folder);
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"review", "budget", "--previous", "HEAD", "-C", repo.toString(), "--lang", "zh"},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    String fromFolders = run("text");
    assertThat(withoutTitle(out.toString())).isEqualTo(withoutTitle(fromFolders).replace("src/test/files/Review/2026/", "budget/"));
    assertThat(out.toString()).startsWith("审核：budget（与上一年度 HEAD 对比）");
  }

  @Test
  void aPreviousThatIsNeitherAFolderNorARevisionIsWrongUsage() {
    StringWriter err = new StringWriter();
    Path here = Path.of("").toAbsolutePath();
    int code = Main.run(new String[] {"review", here.relativize(FILES.resolve("2026")).toString(), "--previous", "no-such-thing:x",
        "--lang", "zh"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-thing:x").doesNotContain("Exception");
  }

  /** The example budget against its last year (examples/yangquan-2025, invented): every finding at its line, a grade per project. */
  @Test
  void theExampleBudgetAgainstItsLastYear() {
    StringWriter out = new StringWriter();
    // From the repository's root (-C), so that the findings name the files as a reader there sees them.
    int code = Main.run(new String[] {"review", "examples/yangquan-2026", "--previous", "examples/yangquan-2025",
        "-C", Golden.repo().toString(), "--lang", "zh"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("JX1101", "JX1103", "JX1104").doesNotContain("去年没有这个项目");
    Golden.assertMatches(FILES.resolve("examples.txt"), out.toString());
  }

  private static String withoutTitle(String report) {
    return report.substring(report.indexOf('\n') + 1);
  }
}
