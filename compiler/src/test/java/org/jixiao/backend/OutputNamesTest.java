package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jixiao.diag.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names a build writes: safe on Windows, macOS and Linux, and unique as they compare names. */
class OutputNamesTest {
  @TempDir Path dir;

  @Test
  void hostileNamesBecomeSafeOnes() {
    OutputNames names = new OutputNames();
    assertThat(names.unique("CON")).isEqualTo("_CON");
    assertThat(names.unique("nul.txt")).isEqualTo("_nul.txt");
    assertThat(names.unique("aux")).isEqualTo("_aux");
    assertThat(names.unique("COM1")).isEqualTo("_COM1");
    assertThat(names.unique("第一行\n第二行")).isEqualTo("第一行_第二行");
    assertThat(names.unique("javascript:alert(1)")).isEqualTo("javascript_alert(1)");
    assertThat(names.unique("%2e%2e%2f")).isEqualTo("_2e_2e_2f");
    assertThat(names.unique("..")).isEqualTo("_");
    assertThat(names.unique(" 项目. ")).isEqualTo("项目");
    assertThat(names.unique("a/../b")).isEqualTo("a_.._b");
    assertThat(names.unique("x".repeat(200))).hasSize(80);
  }

  @Test
  void namesThatCollideOnWindowsOrMacGetSuffixes() {
    OutputNames names = new OutputNames();
    assertThat(names.unique("abc")).isEqualTo("abc");
    assertThat(names.unique("ABC")).isEqualTo("ABC-2");
    assertThat(names.unique("ａｂｃ")).isEqualTo("ａｂｃ-3"); // full-width: the same file once folded
    assertThat(names.unique("项目（一）")).isEqualTo("项目（一）");
    assertThat(names.unique("项目(一)")).isEqualTo("项目(一)-2");
  }

  @Test
  void aBudgetWithHostileFileNamesBuildsInsideTheOutputFolder() throws IOException {
    Path budget = Files.createDirectories(dir.resolve("budget"));
    Path example = Golden.repoExample("examples/yangquan-2026/005-人才工作经费.jx");
    Files.copy(Golden.repoExample("examples/yangquan-2026/budget.jx"), budget.resolve("budget.jx"));
    String text = Files.readString(example, StandardCharsets.UTF_8);
    String[] files = {"CON.jx", "con.jx", "javascript:alert(1).jx", "%2e%2e%2f.jx", "行一\n行二.jx"};
    for (int i = 0; i < files.length; i++) {
      Files.writeString(budget.resolve(files[i]), text.replace("project 人才工作经费", "project 人才工作经费" + i), StandardCharsets.UTF_8);
    }
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    int exit = new org.jixiao.cli.BuildRunner(List.of(budget), out, List.of("json", "html", "xlsx"),
        new Messages(Messages.Language.ZH), new PrintWriter(new StringWriter()), new PrintWriter(err), dir).run();
    assertThat(exit).as(err.toString()).isZero();
    Set<String> written = new TreeSet<>();
    try (Stream<Path> s = Files.walk(out)) {
      s.filter(Files::isRegularFile).forEach(p -> {
        assertThat(p.toAbsolutePath().normalize()).startsWith(out.toAbsolutePath().normalize());
        written.add(out.relativize(p).toString().replace('\\', '/'));
      });
    }
    assertThat(written).contains("budget/projects/_CON.json", "budget/projects/_con-2.json",
        "budget/projects/javascript_alert(1).json", "budget/projects/_2e_2e_2f.json", "budget/projects/行一_行二.json",
        "budget/projects/_CON.html");
    Set<String> folded = new TreeSet<>();
    for (String w : written) {
      assertThat(folded.add(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)))
          .as("%s collides with another name on Windows or macOS", w).isTrue();
    }
  }

  /** Paths of the repository's examples. */
  private static final class Golden {
    static Path repoExample(String path) {
      return org.jixiao.testing.Golden.repo().resolve(path);
    }
  }
}
