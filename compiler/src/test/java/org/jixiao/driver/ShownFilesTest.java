package org.jixiao.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * A form checked alone (the per-project rules then run on its own projects only) gets exactly the
 * diagnostics, and the silenced ones, that a check of its whole budget folder gives it: for every
 * file of every example budget.
 */
class ShownFilesTest {
  private static final Path REPO = Golden.repo();

  private static List<String> of(CheckRun run, Path file) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : run.diagnostics()) {
      if (d.file().path().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
        out.add(d.code().code() + " " + d.line() + ":" + d.column() + " " + d.argKeys());
      }
    }
    run.silenced().stream()
        .filter(s -> s.diagnostic().file().path().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()))
        .forEach(s -> out.add("silenced " + s.diagnostic().code().code() + " " + s.diagnostic().line()));
    return out;
  }

  @Test
  void aFileCheckedAloneGetsItsDiagnosticsOfTheWholeFolder() throws IOException {
    List<Path> folders = Golden.exampleBudgets();
    assertThat(folders).hasSizeGreaterThan(5);
    int files = 0;
    for (Path folder : folders) {
      CheckRun whole = CheckRun.check(List.of(folder), REPO);
      for (Path form : Golden.formsIn(folder)) {
        CheckRun alone = CheckRun.check(List.of(form), REPO);
        assertThat(of(alone, form)).as(REPO.relativize(form).toString()).isEqualTo(of(whole, form));
        files++;
      }
    }
    assertThat(files).isGreaterThan(20);
  }
}
