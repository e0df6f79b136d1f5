package org.jixiao.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's own report of paths, and what it tells a progress display. */
class CheckRunTest {
  @TempDir Path dir;

  @Test
  void missingPathIsReported() {
    CheckRun run = CheckRun.check(List.of(dir.resolve("nowhere")), dir);
    assertThat(run.pathProblems()).extracting(d -> d.code()).containsExactly(DiagnosticCode.PATH_NOT_FOUND);
    assertThat(run.pathProblems().get(0).argKeys().get(0)).endsWith("nowhere");
  }

  @Test
  void progressCountsEveryFileAndBudget() throws IOException {
    for (String budget : List.of("a", "b")) {
      Path folder = Files.createDirectories(dir.resolve(budget));
      Files.writeString(folder.resolve("budget.jx"), "budget 阳泉市 2026 {\n  profile 山西\n}\n");
      Files.writeString(folder.resolve("005-x.jx"), "project 甲 {\n}\n");
      Files.writeString(folder.resolve("006-y.jx"), "project 乙 {\n}\n");
    }
    List<String> steps = new ArrayList<>();
    CheckRun.check(List.of(dir), dir, (phase, done, total) -> steps.add(phase + " " + done + "/" + total));
    assertThat(steps).containsExactly(
        "read 1/6", "read 2/6", "read 3/6", "check 1/2", "read 4/6", "read 5/6", "read 6/6", "check 2/2");
  }
}
