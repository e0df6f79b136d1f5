package org.jixiao.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Severity;
import org.jixiao.driver.CheckRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final int FORMS = 50;

  @Test
  void generatedBudgetChecksClean(@TempDir Path dir) throws IOException {
    new CorpusGenerator(20260101L).writeBudget(dir, FORMS);

    CheckRun run = CheckRun.check(List.of(dir), dir);

    assertThat(run.fileCount()).isEqualTo(FORMS + 1);
    assertThat(run.projectCount()).isEqualTo(FORMS);
    assertThat(nameSyntaxOrStructure(run)).as(describe(run)).isEmpty();
    assertThat(run.count(Severity.ERROR)).as(describe(run)).isZero();
  }

  @Test
  void mutatedBudgetChecksCleanToo(@TempDir Path dir) throws IOException {
    // A high rate, so that these few forms do hold revised amounts.
    new CorpusGenerator(7L).mutated(0.5).writeBudget(dir, FORMS);

    CheckRun run = CheckRun.check(List.of(dir), dir);

    assertThat(nameSyntaxOrStructure(run)).as(describe(run)).isEmpty();
    assertThat(run.count(Severity.ERROR)).as(describe(run)).isZero();
  }

  @Test
  void sameSeedGivesSameBytes(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    long bytesA = new CorpusGenerator(42L).writeBudget(a, 20);
    long bytesB = new CorpusGenerator(42L).writeBudget(b, 20);

    assertThat(bytesA).isEqualTo(bytesB);
    for (String name : fileNames(a)) {
      assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
    assertThat(fileNames(b)).isEqualTo(fileNames(a));
  }

  @Test
  void formsDependOnlyOnSeedAndIndex() {
    CorpusGenerator g = new CorpusGenerator(42L);
    String late = g.project(37);
    g.project(3);
    assertThat(new CorpusGenerator(42L).project(37)).isEqualTo(late);
    assertThat(new CorpusGenerator(43L).project(37)).isNotEqualTo(late);
  }

  @Test
  void projectNamesAreUniqueBeyondTheTopicList() {
    CorpusGenerator g = new CorpusGenerator(1L);
    int forms = Topics.ALL.size() * 20;
    long distinct =
        java.util.stream.IntStream.range(0, forms)
            .mapToObj(i -> g.project(i).lines().filter(l -> l.startsWith("project ")).findFirst().orElseThrow())
            .distinct()
            .count();
    assertThat(distinct).isEqualTo(forms);
  }

  @Test
  void mutationRevisesAboutTheRequestedShareAndNothingElse() {
    CorpusGenerator base = new CorpusGenerator(99L);
    CorpusGenerator revised = base.mutated(0.01);
    assertThat(base.mutated(0.0).project(5)).isEqualTo(base.project(5));

    int forms = 2000;
    int amounts = 0;
    int changed = 0;
    for (int i = 0; i < forms; i++) {
      amounts += base.mutated(1.0).revisedAmounts(i); // every non-zero amount is a candidate
      int n = revised.revisedAmounts(i);
      changed += n;
      boolean same = base.project(i).equals(revised.project(i));
      assertThat(same).as("form %d, %d revised amounts", i, n).isEqualTo(n == 0);
    }
    double share = (double) changed / amounts;
    assertThat(share).isBetween(0.005, 0.02);
  }

  private static List<Diagnostic> nameSyntaxOrStructure(CheckRun run) {
    return run.diagnostics().stream()
        .filter(d -> d.code().code().matches("JX0[123]\\d\\d"))
        .toList();
  }

  private static String describe(CheckRun run) {
    return run.diagnostics().stream()
        .limit(20)
        .map(d -> d.code().code() + " " + d.file() + ":" + d.line() + ":" + d.column() + " " + d.argKeys()
            + " | " + (d.file() == null ? "" : d.file().lineText(Math.max(1, d.line()))))
        .collect(Collectors.joining("\n", "diagnostics:\n", ""));
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
