package org.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.cli.Main;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.driver.Formatting;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.syntax.SourceUnit;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example budget of every profile, built as a workbook and imported back, is the budget it
 * was: {@code jixiao diff} finds no change at all, the explained warnings and the region included
 * (kept in the workbook's properties), and the import is fmt-clean. An example that does not
 * build (the mistakes collections, the uncorrected transcription) must say so by its name.
 */
class ImportRoundTripTest {
  private static final Path EXAMPLES = Golden.repo().resolve("examples");
  private static final Pattern PROFILE = Pattern.compile("^\\s*profile\\s+\"?([^\\s\"{]+)\"?\\s*$", Pattern.MULTILINE);

  @TempDir Path dir;

  static Stream<String> examples() throws IOException {
    Stream<Path> templates;
    try (Stream<Path> list = Files.list(EXAMPLES.resolve("templates"))) {
      templates = list.filter(Files::isDirectory).sorted().toList().stream();
    }
    return Stream.concat(Stream.of(EXAMPLES.resolve("yangquan-2026"), EXAMPLES.resolve("yangquan-2025"), EXAMPLES.resolve("yangquan-2026-published")), templates)
        .map(p -> EXAMPLES.relativize(p).toString().replace('\\', '/'));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleOfEveryProfileComesBackUnchanged(String name) throws IOException {
    Path example = EXAMPLES.resolve(name);
    Path built = dir.resolve("built");
    int build = cli("build", example.toString(), "--format", "xlsx", "-o", built.toString());
    if (build != 0) {
      assertThat(name).as("an example that does not build is a collection of mistakes").matches(".*-(mistakes|published)$");
      return;
    }
    Path workbook;
    try (Stream<Path> walk = Files.walk(built)) {
      workbook = walk.filter(p -> p.getFileName().toString().equals(example.getFileName() + ".xlsx")).findFirst().orElseThrow();
    }
    Path back = dir.resolve("back");
    seedOwnDeclarations(example, back);
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(workbook), null, null, back, false);
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).containsOnly("JX0909");
    assertThat(result.written()).isNotEmpty();
    assertFmtClean(back);
    StringWriter out = new StringWriter();
    Main.run(new String[] {"diff", example.toString(), back.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(out.toString().strip()).isEqualTo(new Messages(Messages.Language.ZH).get("diff.none"));
    // Without the properties (as from another tool), the template is still told by the labels alone.
    String profile = profileOf(example);
    if (Stdlib.library().profile(profile) != null) {
      Path plain = WorkbookShapes.reshape(workbook, dir.resolve("plain.xlsx"),
          new WorkbookShapes.Shape(0, 0, false, false, false, WorkbookShapes.SAME));
      Importer.Result byLabels = new Importer(new Messages(Messages.Language.ZH)).run(List.of(plain), null, null, dir.resolve("plain"), false);
      assertThat(byLabels.profile()).as("the template picked by the labels").isEqualTo(profile);
      assertThat(byLabels.unmapped()).isZero();
    }
  }

  /** A 自评表 workbook the same build wrote is not a target form: one warning naming the target forms' workbook, nothing written. */
  @org.junit.jupiter.api.Test
  void aLaterFormWorkbookIsSkippedWithOneWarning() throws IOException {
    Path built = dir.resolve("built");
    assertThat(cli("build", EXAMPLES.resolve("yangquan-2026").toString(), "--format", "xlsx", "-o", built.toString())).isZero();
    Path selfeval = built.resolve("yangquan-2026/yangquan-2026-自评表.xlsx");
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(selfeval), null, null, dir.resolve("back"), false);
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).contains("JX0911").doesNotContain("JX0905");
    assertThat(result.written()).isEmpty();
    String said = new org.jixiao.diag.TextRenderer(new Messages(Messages.Language.ZH), false)
        .render(result.diagnostics().stream().filter(d -> d.code().code().equals("JX0911")).findFirst().orElseThrow());
    assertThat(said).contains("自评表", "yangquan-2026.xlsx");
  }

  private static String profileOf(Path example) throws IOException {
    Matcher m = PROFILE.matcher(Files.readString(example.resolve("budget.jx")));
    return m.find() ? m.group(1) : "山西";
  }

  /**
   * A budget whose profile the stdlib lacks declares it in its own files: the office imports into
   * that folder, where the import finds the profile (and keeps the budget declared there).
   */
  private static void seedOwnDeclarations(Path example, Path back) throws IOException {
    Files.createDirectories(back);
    try (Stream<Path> files = Files.list(example)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jx")).toList()) {
        String text = Files.readString(f);
        Matcher m = PROFILE.matcher(text);
        if (m.find() && Stdlib.library().profile(m.group(1)) == null && !text.contains("\nproject ")) {
          Files.copy(f, back.resolve(f.getFileName()));
        }
      }
    }
  }

  private static int cli(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  private static void assertFmtClean(Path folder) {
    for (CompiledBudget budget : CheckRun.check(List.of(folder), folder).budgets()) {
      for (SourceUnit unit : budget.units()) {
        assertThat(Formatting.of(budget, unit)).as(unit.file().displayName()).isInstanceOf(Formatting.Unchanged.class);
      }
    }
  }
}
