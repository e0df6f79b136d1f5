package org.jixiao.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzing harness as a regression guard inside {@code mvn verify}: a fixed seed and a few
 * thousand inputs (about 30 s on 2 cores), no minimisation; any failure signature but slowness
 * fails the build.
 * Long campaigns run with {@code bench/fuzz}.
 */
class FuzzRegressionTest {
  @Test
  void aFixedSeedFindsNoFailure(@TempDir Path out) throws InterruptedException {
    Path repo = Path.of(System.getProperty("jixiao.repo", ".."));
    FuzzHarness harness = new FuzzHarness(Seeds.load(repo, 20), 2026, out, 2, 10, 0);
    FuzzHarness.Summary summary = harness.run(1_500, System.err);
    // Time is not asserted here: a slow or stopped command depends on the machine's load, and this
    // runs inside everyone's build. Campaigns (bench/fuzz) on a quiet machine report it.
    java.util.List<String> failures = summary.failures().keySet().stream()
        .filter(k -> !k.startsWith("slow:") && !k.startsWith("hang:")).toList();
    assertThat(failures).as(summary.text()).isEmpty();
  }
}
