package org.jixiao.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Severity;
import org.jixiao.driver.CheckRun;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * docs/language.md stays true: its code table lists exactly the codes of {@link DiagnosticCode},
 * and every {@code jx-budget FOLDER} example is, letter for letter, a file of that folder, which
 * checks without error.
 */
class LanguageDocTest {
  static final Path REPO = Golden.repo();
  private static final Pattern BUDGET_BLOCK = Pattern.compile("```jx-budget (\\S+)\\n(.*?)```", Pattern.DOTALL);

  static String doc() throws IOException {
    return Files.readString(REPO.resolve("docs/language.md"));
  }

  @Test
  void codeTableListsEveryCodeAndNoOther() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\| (JX[0-9]{4}) \\|").matcher(doc());
    while (m.find()) {
      documented.add(m.group(1));
    }
    Set<String> codes = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).collect(Collectors.toCollection(TreeSet::new));
    assertThat(documented).isEqualTo(codes);
  }

  @Test
  void budgetExamplesAreFilesOfTheirFolderAndCheckClean() throws IOException {
    Matcher m = BUDGET_BLOCK.matcher(doc());
    List<String> folders = new ArrayList<>();
    while (m.find()) {
      Path folder = REPO.resolve(m.group(1));
      List<String> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = new ArrayList<>();
        for (Path f : s.filter(p -> p.toString().endsWith(".jx")).sorted().toList()) {
          files.add(Files.readString(f));
        }
      }
      assertThat(files).as("a file of %s reading exactly as the example", folder).contains(m.group(2));
      folders.add(m.group(1));
    }
    assertThat(folders).as("jx-budget examples").isNotEmpty();
    for (String folder : new TreeSet<>(folders)) {
      CheckRun run = CheckRun.check(List.of(REPO.resolve(folder)), REPO);
      assertThat(run.diagnostics()).as(folder).noneMatch(d -> d.severity() == Severity.ERROR);
    }
  }
}
