package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.cli.Main;
import org.jixiao.cli.SchemaCommand;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao build}: outputs valid, stable, written whole or not at all. */
class BuildTest {
  static final Path REPO = Golden.repo();
  static final Path GOLDEN = REPO.resolve("compiler/src/test/files/Build");

  @TempDir Path dir;

  /** Builds the corrected example with paths shown relative to the repository, as in the goldens. */
  static int build(Path out, String... formats) {
    List<String> chosen = formats.length == 0 ? List.copyOf(org.jixiao.backend.Backends.all().keySet()) : List.of(formats);
    return new org.jixiao.cli.BuildRunner(List.of(REPO.resolve("examples/yangquan-2026")), out, chosen,
        new org.jixiao.diag.Messages(org.jixiao.diag.Messages.Language.ZH),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), REPO).run();
  }

  /** Every file under a folder, by relative path, with its bytes. */
  static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /**
   * The words jixiao writes itself follow the reader's language (the form.* and build.* messages):
   * a 项目期 range, a deadline target, the workbook's document title. The Chinese ones are in the goldens.
   */
  @Test
  void datesAndTheDocumentTitleAreInTheReadersLanguage() {
    org.jixiao.diag.Messages en = new org.jixiao.diag.Messages(org.jixiao.diag.Messages.Language.EN);
    Path templates = REPO.resolve("examples/templates");
    Map<String, String> periods = new TreeMap<>();
    Map<String, String> targets = new TreeMap<>();
    for (org.jixiao.diag.Messages m : List.of(HtmlTesting.ZH, en)) {
      String language = m.language().name();
      BuildInput yunling = HtmlTesting.input(templates.resolve("yunling-made-up"), m);
      periods.put(language, yunling.projects().get(0).period().written());
      ProjectView gansu = HtmlTesting.input(templates.resolve("gansu"), m).projects().stream()
          .filter(p -> p.file().endsWith("shuzi-ziyuan.jx")).findFirst().orElseThrow();
      targets.put(language, gansu.indicators().stream()
          .filter(i -> i.target() != null && i.target().kind().equals("deadline")).findFirst().orElseThrow().target().display());
      try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(XlsxBackend.bytes(yunling)))) {
        targets.put(language + " title", workbook.getProperties().getCoreProperties().getTitle());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(periods).isEqualTo(Map.of("ZH", "2026年1月至2026年12月", "EN", "2026-01 to 2026-12"));
    assertThat(targets).isEqualTo(Map.of("ZH", "2026年6月30日前", "EN", "by 2026-06-30",
        "ZH title", "云岭市2026年度项目支出绩效目标申报表（2026年度）", "EN title", "云岭市2026年度项目支出绩效目标申报表 (2026)"));
  }

  /** A budget without a title of its own takes its profile's pattern, else the default profile's (通用's, inherited). */
  @Test
  void theTitleComesFromTheProfileElseFromTheDefaultProfile() {
    var compiled = org.jixiao.driver.CheckRun.check(List.of(REPO.resolve("examples/templates/yunling-made-up")), REPO)
        .budgets().get(0);
    var decl = compiled.context().budget();
    assertThat(BuildInput.titleOf(decl, compiled.context().profile())).isEqualTo("云岭市2026年度项目支出绩效目标申报表");
    assertThat(BuildInput.titleOf(decl, null)).isEqualTo("云岭市项目支出绩效目标表");
  }

  /** The outputs are the same bytes whichever folder the command runs in (issue 10: determinism). */
  @Test
  void theWorkingFolderDoesNotChangeTheOutputs() throws IOException {
    Map<String, byte[]> first = null;
    for (Path base : List.of(REPO, dir, REPO.resolve("examples"))) {
      Path out = dir.resolve("out-" + base.getFileName());
      int exit = new org.jixiao.cli.BuildRunner(List.of(REPO.resolve("examples/yangquan-2026")), out, List.of("json", "html", "xlsx"),
          new org.jixiao.diag.Messages(org.jixiao.diag.Messages.Language.ZH),
          new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), base).run();
      assertThat(exit).isZero();
      Map<String, byte[]> now = files(out);
      if (first == null) {
        first = now;
      } else {
        assertThat(now.keySet()).isEqualTo(first.keySet());
        for (String name : now.keySet()) {
          assertThat(now.get(name)).as("%s built from %s", name, base).isEqualTo(first.get(name));
        }
      }
    }
  }

  /** The outputs are in the form's language whatever the environment's (issue 10: determinism). */
  @Test
  void theEnvironmentsLanguageDoesNotChangeTheOutputs() throws IOException {
    Map<String, byte[]> bytes = new TreeMap<>();
    for (String lang : List.of("zh_CN.UTF-8", "en_US.UTF-8")) {
      Path out = dir.resolve(lang);
      int exit = org.jixiao.cli.Main.run(new String[] {"build", REPO.resolve("examples/templates/yunling-made-up").toString(),
          "-o", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of("LANG", lang));
      assertThat(exit).isZero();
      files(out).forEach((name, data) -> bytes.merge(name, data, (a, b) -> {
        assertThat(b).as("%s under %s", name, lang).isEqualTo(a);
        return a;
      }));
    }
    assertThat(bytes).isNotEmpty();
  }

  @Test
  void buildingTwiceGivesIdenticalBytes() throws IOException {
    assertThat(build(dir.resolve("a"))).isZero();
    assertThat(build(dir.resolve("b"))).isZero();
    Map<String, byte[]> a = files(dir.resolve("a"));
    Map<String, byte[]> b = files(dir.resolve("b"));
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("yangquan-2026/budget.json");
    a.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
  }

  @Test
  void everyJsonDocumentIsValidAgainstTheShippedSchema() throws IOException {
    assertThat(build(dir, "json")).isZero();
    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaCommand.text());
    List<Path> documents;
    try (Stream<Path> s = Files.walk(dir)) {
      documents = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(documents).hasSize(8);
    for (Path document : documents) {
      JsonNode node = mapper.readTree(document.toFile());
      Set<ValidationMessage> problems = schema.validate(node);
      assertThat(problems).as(document.toString()).isEmpty();
    }
  }

  @Test
  void schemaRejectsAWrongDocument() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaCommand.text());
    JsonNode wrong = new ObjectMapper().readTree("{\"$schema\":\"https://jixiao.org/schema/budget-1.json\",\"budget\":{}}");
    assertThat(schema.validate(wrong)).isNotEmpty();
  }

  @Test
  void jsonGoldens() throws IOException {
    assertThat(build(dir, "json")).isZero();
    Path out = dir.resolve("yangquan-2026");
    Golden.assertAllMatch(GOLDEN.resolve("json"), files(out), name -> name.endsWith(".json"));
  }

  @Test
  void aFailedBuildLeavesTheOutputAsItWas() throws IOException {
    assertThat(build(dir)).isZero();
    Map<String, byte[]> before = files(dir);
    Path broken = dir.resolve("broken-input/broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("a.jx"), "budget 甲 2026 {\n  profile 山西\n}\nproject 乙 {\n  funds { local 1,2,3 }\n}\n");
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"build", broken.toString(), "-o", dir.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("JX0204");
    Files.walk(broken.getParent()).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    assertThat(files(dir)).containsOnlyKeys(before.keySet());
  }

  @Test
  void neverReplacesAFolderJixiaoDidNotWrite() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("yangquan-2026"));
    Files.writeString(mine.resolve("notes.txt"), "my own notes");
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"build", REPO.resolve("examples/yangquan-2026").toString(), "-o", dir.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(exit).isEqualTo(2);
    assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("my own notes");
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly("yangquan-2026");
  }

  @Test
  void unknownFormatIsAUsageError() {
    int exit = Main.run(new String[] {"build", REPO.resolve("examples/yangquan-2026").toString(), "-o", dir.toString(), "--format", "pdf"},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(exit).isEqualTo(2);
  }

  @Test
  void schemaCommandPrintsTheSchema() {
    StringWriter out = new StringWriter();
    assertThat(Main.run(new String[] {"schema"}, new PrintWriter(out), new PrintWriter(new StringWriter()))).isZero();
    assertThat(out.toString()).contains("\"$id\": \"https://jixiao.org/schema/jixiao.schema.json\"");
  }
}
