package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.BuildRunner;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CheckRun;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template's examples against their goldens: the check output of each budget (a clean one
 * has no error, a mistakes one has errors), and the JSON, workbook and HTML each clean one builds.
 */
class TemplateExamplesTest {
  static final Path REPO = Golden.repo();
  static final Messages ZH = new Messages(Messages.Language.ZH);

  static List<Path> all() {
    return TemplateExamples.all();
  }

  static List<Path> clean() {
    return TemplateExamples.clean();
  }

  @ParameterizedTest
  @MethodSource("all")
  void checkOutputMatchesGolden(Path folder) {
    CheckRun run = CheckRun.check(List.of(folder), REPO);
    assertThat(run.projectCount()).as(folder.toString()).isPositive();
    boolean errors = run.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    assertThat(errors).as("%s has errors", folder).isEqualTo(TemplateExamples.mistakes(folder));
    TextRenderer renderer = new TextRenderer(ZH);
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : run.diagnostics()) {
      out.append(renderer.render(d)).append('\n');
    }
    Golden.assertMatches(TemplateExamples.GOLDEN.resolve(folder.getFileName() + ".err"), out.toString());
  }

  @ParameterizedTest
  @MethodSource("clean")
  void buildMatchesGoldens(Path folder, @TempDir Path dir) throws IOException {
    StringWriter err = new StringWriter();
    int code = new BuildRunner(List.of(folder), dir, List.of("json", "xlsx", "html"), ZH,
        new PrintWriter(new StringWriter()), new PrintWriter(err), REPO).run();
    assertThat(code).as(err.toString()).isZero();
    String name = folder.getFileName().toString();
    Path out = dir.resolve(name);
    Path golden = TemplateExamples.GOLDEN.resolve(name);
    Golden.assertAllMatch(golden.resolve("json"), BuildTest.files(out), f -> f.endsWith(".json"));
    var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
        .getSchema(org.jixiao.cli.SchemaCommand.text());
    for (var e : BuildTest.files(out).entrySet()) {
      if (e.getKey().endsWith(".json")) {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.getValue());
        assertThat(schema.validate(node)).as(name + "/" + e.getKey()).isEmpty();
      }
    }
    Golden.assertAllMatch(golden.resolve("html"), BuildTest.files(out), f -> f.endsWith(".html"));
    Golden.assertMatches(golden.resolve("workbook.txt"), XlsxDump.dump(Files.readAllBytes(out.resolve(name + ".xlsx"))));
  }
}
