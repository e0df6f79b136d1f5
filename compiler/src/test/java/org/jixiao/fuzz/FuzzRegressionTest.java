package org.jixiao.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzing harness as a regression guard inside {@code mvn verify}: a fixed seed and a few
 * thousand inputs (about 30 s on 2 cores), no minimisation; any failure signature fails the build.
 * Long campaigns run with {@code bench/fuzz}.
 */
@Disabled("open bugs of the main code (issue 10) that seed 2026 finds within 1,500 inputs: "
    + "fmt-meaning:diagnostics:+JX0201/+JX0207 (an unknown word on a brace line); "
    + "fmt-meaning:diagnostics:-JX0637 and fmt-meaning:json:title/text/handler/value/... "
    + "(a comment ended by a lone CR, then a continuation string: fmt drops the string); "
    + "fmt-meaning:json:written (fmt quotes a bare qualitative value); "
    + "fmt-meaning:json:category/level (fmt puts indicators in framework order, the JSON keeps source order); "
    + "JX9999:StackOverflowError and exception:check:StackOverflowError@AssertionChecker.eval (a check of thousands of terms); "
    + "slow:check@JixiaoParser.unitExpr/unitTerm (a long unit chain); enable once they are fixed")
class FuzzRegressionTest {
  @Test
  void aFixedSeedFindsNoFailure(@TempDir Path out) throws InterruptedException {
    Path repo = Path.of(System.getProperty("jixiao.repo", ".."));
    FuzzHarness harness = new FuzzHarness(Seeds.load(repo, 20), 2026, out, 2, 10, 0);
    FuzzHarness.Summary summary = harness.run(1_500, System.err);
    assertThat(summary.failures()).as(summary.text()).isEmpty();
  }
}
