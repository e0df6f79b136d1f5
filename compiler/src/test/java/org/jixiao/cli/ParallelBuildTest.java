package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.diag.Messages;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One build of the three formats, whose backends run at once, writes exactly the files, byte for
 * byte, that three builds of one format each write: for a generated budget and an example one.
 */
class ParallelBuildTest {
  private static final Messages ZH = new Messages(Messages.Language.ZH);

  private static Map<String, byte[]> build(Path budget, Path out, List<String> formats) throws IOException {
    int code = new BuildRunner(List.of(budget), out, formats, ZH, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), budget.getParent()).run();
    assertThat(code).isZero();
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void sameAsOneFormatAtATime(Path budget, Path tmp) throws IOException {
    Map<String, byte[]> together = build(budget, tmp.resolve("together"), List.of("json", "html", "xlsx"));
    Map<String, byte[]> apart = new TreeMap<>();
    for (String format : List.of("json", "html", "xlsx")) {
      apart.putAll(build(budget, tmp.resolve("apart-" + format), List.of(format)));
    }
    assertThat(together.keySet()).isEqualTo(apart.keySet()).isNotEmpty();
    together.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(apart.get(name)));
  }

  @Test
  void generatedBudget(@TempDir Path tmp) throws IOException {
    Path budget = tmp.resolve("budget");
    new CorpusGenerator(5).writeBudget(budget, 40);
    sameAsOneFormatAtATime(budget, tmp);
  }

  @Test
  void exampleBudget(@TempDir Path tmp) throws IOException {
    sameAsOneFormatAtATime(Golden.repo().resolve("examples/yangquan-2026"), tmp);
  }
}
