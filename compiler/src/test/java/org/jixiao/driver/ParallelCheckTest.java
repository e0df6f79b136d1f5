package org.jixiao.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.diag.Diagnostic;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files parsed and projects analysed on several threads ({@link InOrder}) give exactly what one
 * thread gives: the same diagnostics in the same order, the same silenced ones, the same tables.
 * Over every example budget, a generated one, one with amounts changed (warnings about totals)
 * and one with broken files (syntax errors, read problems). A streamed check (a build's, which
 * lets each project's tree go once analysed) gives the same too.
 */
class ParallelCheckTest {
  private static final Path REPO = Golden.repo();

  private static List<String> summary(CheckRun run) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : run.diagnostics()) {
      out.add(d.file().displayName() + " " + d.severity() + " " + d.code().code() + " " + d.line() + ":" + d.column()
          + " " + d.argKeys());
    }
    run.silenced().forEach(s -> out.add("silenced " + s.diagnostic().code().code() + " " + s.diagnostic().line()));
    for (var budget : run.checked()) {
      out.add("budget " + budget.displayName() + " " + budget.projects().digests().size() + " projects");
    }
    out.add(run.projectCount() + " projects, " + run.fileCount() + " files");
    return out;
  }

  private static List<String> sameBothWays(Path folder) {
    List<String> parallel = summary(CheckRun.check(List.of(folder), folder.getParent()));
    List<String> sequential = InOrder.sequentially(() -> summary(CheckRun.check(List.of(folder), folder.getParent())));
    assertThat(parallel).as(folder.toString()).isEqualTo(sequential);
    List<String> streamed = summary(CheckRun.check(List.of(folder), folder.getParent(), Progress.NONE, true));
    assertThat(streamed).as("streamed " + folder).isEqualTo(sequential);
    return parallel;
  }

  @Test
  void everyExampleBudget() throws IOException {
    List<Path> folders = Golden.exampleBudgets();
    assertThat(folders).hasSizeGreaterThan(5);
    folders.forEach(ParallelCheckTest::sameBothWays);
  }

  @Test
  void generatedBudgetsCleanChangedAndBroken(@TempDir Path tmp) throws IOException {
    Path clean = tmp.resolve("clean");
    new CorpusGenerator(7).writeBudget(clean, 60);
    sameBothWays(clean);

    Path changed = tmp.resolve("changed");
    new CorpusGenerator(7).mutated(0.3).writeBudget(changed, 60);
    assertThat(sameBothWays(changed)).anyMatch(line -> line.contains(" WARNING "));

    Path broken = tmp.resolve("broken");
    new CorpusGenerator(7).writeBudget(broken, 60);
    List<Path> files;
    try (Stream<Path> list = Files.list(broken)) {
      files = list.filter(p -> p.toString().endsWith(".jx") && !p.endsWith("budget.jx")).sorted().toList();
    }
    for (int i = 0; i < files.size(); i += 7) {
      String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
      Files.writeString(files.get(i), text.substring(0, text.length() / 2) + "\n  indicator 数量指标.\"未闭合\n}}", StandardCharsets.UTF_8);
    }
    Files.write(files.get(3), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'});
    assertThat(sameBothWays(broken)).anyMatch(line -> line.contains(" JX02")).anyMatch(line -> line.contains(" JX00"));
  }
}
