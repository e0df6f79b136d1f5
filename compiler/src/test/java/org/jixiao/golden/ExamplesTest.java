package org.jixiao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CheckRun;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * The seven real forms: as published they must show every finding of the seed audit that a rule
 * covers; as corrected they must check without error.
 */
class ExamplesTest {
  static final Path REPO = Golden.repo();
  static final Path FILES = REPO.resolve("compiler/src/test/files/Examples");

  static String render(CheckRun run) {
    TextRenderer renderer = new TextRenderer(new Messages(Messages.Language.ZH));
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : run.diagnostics()) {
      out.append(renderer.render(d)).append('\n');
    }
    return out.toString();
  }

  @Test
  void correctedBudgetHasNoError() {
    CheckRun run = CheckRun.check(List.of(REPO.resolve("examples/yangquan-2026")), REPO);
    assertThat(run.projectCount()).isEqualTo(7);
    assertThat(run.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    Golden.assertMatches(FILES.resolve("yangquan-2026.err"), render(run));
  }

  @Test
  void publishedBudgetShowsEveryAuditFinding() throws IOException {
    CheckRun run = CheckRun.check(List.of(REPO.resolve("examples/yangquan-2026-published")), REPO);
    assertThat(run.projectCount()).isEqualTo(7);
    assertThat(run.diagnostics()).noneMatch(d -> d.code().code().startsWith("JX02") || d.code().code().startsWith("JX03"));
    for (String line : Files.readAllLines(FILES.resolve("audit-expectations.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.trim().split("\\s+", 3);
      String prefix = "examples/yangquan-2026-published/" + parts[0];
      assertThat(run.diagnostics())
          .as("audit finding %s: %s", parts[1], parts[2])
          .anyMatch(d -> d.code().code().equals(parts[1]) && d.file().displayName().startsWith(prefix));
    }
    Golden.assertMatches(FILES.resolve("yangquan-2026-published.err"), render(run));
  }
}
