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
}
