package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second reader: LibreOffice converts the workbook to CSV (every sheet, values as shown), and
 * every project's funds must read back as the JSON backend wrote them. Skipped when LibreOffice
 * is not installed; CI installs it (.ci/run). LibreOffice runs with the font aliases of
 * docs/fonts/jixiao-fonts.conf, as a reader's office on Linux should, and prints in the face they name.
 */
class LibreOfficeReadBackTest {
  /** UTF-8, comma, double quotes, values as shown (so the money format is checked too), every sheet. */
  static final String FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
  /** Thousands separators, and decimals only where the profile prints them (山西: integers). */
  static final String AMOUNT = "-?\\d{1,3}(,\\d{3})*(\\.\\d+)?";
  /** The fontconfig aliases jixiao ships for 宋体 and 黑体, for readers on Linux. */
  static final Path FONT_ALIASES = Golden.repo().resolve("docs/fonts/jixiao-fonts.conf");

  @Test
  void totalsReadBackAsInTheJson(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    Path folder = XlsxBackendTest.build("yangquan-2026", dir.resolve("out"));
    Path xlsx = folder.resolve("yangquan-2026.xlsx");
    Path csv = convert(soffice, xlsx, dir);

    List<String> sheets = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      wb.forEach(s -> sheets.add(s.getSheetName()));
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode budget = json.readTree(folder.resolve("budget.json").toFile());
    JsonNode projects = budget.get("projects");
    assertThat(sheets).hasSize(projects.size() + 1);
    for (int i = 0; i < projects.size(); i++) {
      JsonNode project = json.readTree(folder.resolve(projects.get(i).get("document").asText()).toFile()).get("project");
      List<List<String>> rows = Csv.read(csv.resolve("yangquan-2026-" + sheets.get(i + 1) + ".csv"));
      int at = rowWith(rows, 2, "实施期资金总额：");
      assertThat(rows.get(at).get(5)).isEqualTo("年度资金总额：");
      assertAmount(rows.get(at).get(4), project.at("/total/term"), sheets.get(i + 1) + " 实施期");
      assertAmount(rows.get(at).get(7), project.at("/total/annual"), sheets.get(i + 1) + " 年度");
      JsonNode funds = project.get("funds");
      for (int f = 0; f < funds.size(); f++) {
        List<String> row = rows.get(at + 1 + f);
        assertThat(row.get(2)).endsWith(funds.get(f).get("label").asText());
        assertAmount(row.get(4), funds.get(f).get("term"), sheets.get(i + 1) + " 实施期 " + row.get(2));
        assertAmount(row.get(7), funds.get(f).get("annual"), sheets.get(i + 1) + " 年度 " + row.get(2));
      }
    }
    List<List<String>> summary = Csv.read(csv.resolve("yangquan-2026-汇总.csv"));
    List<String> total = summary.get(3 + projects.size());
    // The 合计 columns of 实施期 and 年度 (a source no project uses has no column).
    int term = summary.get(2).indexOf("合计");
    int annual = summary.get(2).lastIndexOf("合计");
    assertThat(annual).isGreaterThan(term);
    assertThat(amount(total.get(term))).isEqualByComparingTo(budget.at("/totals/term/total").asText());
    assertThat(amount(total.get(annual))).isEqualByComparingTo(budget.at("/totals/annual/total").asText());
  }

  /** Every template's workbook, read by LibreOffice, shows each project's annual total of the JSON in its money unit. */
  @Test
  void everyTemplateWorkbookShowsTheJsonTotals(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    for (Path budget : TemplateExamples.clean()) {
      String name = budget.getFileName().toString();
      Path folder = TemplateExamples.build(budget, dir.resolve("out-" + name), "json", "xlsx");
      Path csv = convert(soffice, folder.resolve(name + ".xlsx"), dir.resolve("csv-" + name));
      BuildInput input = HtmlTesting.input(budget);
      ObjectMapper json = new ObjectMapper();
      JsonNode projects = json.readTree(folder.resolve("budget.json").toFile()).get("projects");
      List<String> sheets = new ArrayList<>();
      try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(folder.resolve(name + ".xlsx")))) {
        wb.forEach(s -> sheets.add(s.getSheetName()));
      }
      for (int i = 0; i < projects.size(); i++) {
        JsonNode project = json.readTree(folder.resolve(projects.get(i).get("document").asText()).toFile()).get("project");
        List<List<String>> rows = Csv.read(csv.resolve(name + "-" + sheets.get(i + 1) + ".csv"));
        String shown = HtmlTesting.formMoney(input, input.projects().get(i).total().annual());
        assertThat(amount(shown)).as("%s: the JSON's annual total in the form's unit", name)
            .isEqualByComparingTo(new BigDecimal(project.at("/total/annual/yuan").asText())
                .divide(input.formContext().profile().moneyScale().toDecimalExact()));
        assertThat(rows).as("%s %s shows %s", name, sheets.get(i + 1), shown)
            .anySatisfy(row -> assertThat(row).contains(shown));
      }
    }
  }

  /**
   * Every cost table (预算成本构成) of the templates' workbooks reads back item by item as the JSON
   * has it: on the item's row, the amounts shown in the form's money unit, blank cells empty.
   */
  @Test
  void costTablesReadBackAsInTheJson(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    int tables = 0;
    for (Path budget : TemplateExamples.clean()) {
      BuildInput input = HtmlTesting.input(budget);
      if (input.projects().stream().allMatch(p -> p.costs() == null)) {
        continue;
      }
      String name = budget.getFileName().toString();
      Path folder = TemplateExamples.build(budget, dir.resolve("out-" + name), "xlsx");
      Path csv = convert(soffice, folder.resolve(name + ".xlsx"), dir.resolve("csv-" + name));
      List<String> sheets = new ArrayList<>();
      try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(folder.resolve(name + ".xlsx")))) {
        wb.forEach(s -> sheets.add(s.getSheetName()));
      }
      for (int i = 0; i < input.projects().size(); i++) {
        ProjectView.Costs costs = input.projects().get(i).costs();
        if (costs == null) {
          continue;
        }
        tables++;
        List<List<String>> rows = Csv.read(csv.resolve(name + "-" + sheets.get(i + 1) + ".csv"));
        List<ProjectView.Amount> totals = costs.total();
        List<String> lines = new ArrayList<>();
        costs.items().forEach(item -> lines.add(item.name()));
        for (int r = 0; r <= costs.items().size(); r++) {
          boolean total = r == costs.items().size();
          List<ProjectView.Amount> amounts = total ? totals : costs.items().get(r).amounts();
          List<String> expected = new ArrayList<>();
          amounts.forEach(a -> expected.add(HtmlTesting.formMoney(input, a)));
          expected.removeIf(String::isEmpty);
          List<String> row = total ? rows.get(rowOf(rows, lines.get(lines.size() - 1)) + 1)
              : rows.get(rowOf(rows, lines.get(r)));
          List<String> shown = new ArrayList<>(row.subList(row.indexOf(total ? "合计" : lines.get(r)) + 1, row.size()));
          shown.removeIf(String::isEmpty);
          assertThat(shown).as("%s %s: %s", name, sheets.get(i + 1), total ? "合计" : lines.get(r)).isEqualTo(expected);
        }
      }
    }
    assertThat(tables).as("cost tables read back").isPositive();
  }

  private static int rowOf(List<List<String>> rows, String text) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).contains(text)) {
        return r;
      }
    }
    throw new AssertionError("no row with " + text);
  }

  @Test
  void hostileTextReadsBackAsWrittenAndNeverAsAFormula(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    List<String> texts = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)", "=1+1",
        "<script>alert('x')</script> & _x0041_", "🎉👨‍👩‍👧 目标 🚀");
    List<ProjectView> projects = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      projects.add(TestProjects.project("项目" + i, texts.get(i)));
    }
    Path xlsx = dir.resolve("hostile.xlsx");
    Files.write(xlsx, XlsxBackend.bytes(TestProjects.input(2026, projects.toArray(ProjectView[]::new))));
    Path csv = convert(soffice, xlsx, dir);
    for (int i = 0; i < texts.size(); i++) {
      List<List<String>> rows = Csv.read(csv.resolve("hostile-001-项目" + i + ".csv"));
      int at = rowWith(rows, 0, "项目概况");
      assertThat(rows.get(at).get(2)).as("项目概况 of 项目%d", i).isEqualTo(texts.get(i));
      assertThat(rows.get(rowWith(rows, 0, "主管部门及代码")).get(6)).as("实施单位").isEqualTo(texts.get(i));
    }
  }

  static String soffice() {
    String soffice = onPath("soffice");
    assumeTrue(soffice != null, "LibreOffice (soffice) is not on PATH: skipping the second-reader test; "
        + "install it with: apt-get install -y libreoffice-calc-nogui");
    return soffice;
  }

  /**
   * The workbook names 宋体 for all its text. Without the aliases LibreOffice 7.4 prints it in
   * DejaVu Sans with the Chinese glyphs of Noto Sans CJK JP (a Japanese sans face); with them, in
   * Noto Serif CJK SC. The PDF's font list shows which.
   */
  @Test
  void formsPrintInAChineseSerifFaceWithTheShippedAliases(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    assumeTrue(onPath("pdffonts") != null && onPath("fc-match") != null && onPath("fc-list") != null,
        "pdffonts/fc-match/fc-list are not installed (apt-get install -y poppler-utils fontconfig); skipping the font test");
    assumeTrue(!run(List.of("fc-list", "Noto Serif CJK SC", "family"), null).isBlank(),
        "Noto Serif CJK SC is not installed (apt-get install -y fonts-noto-cjk, as .ci/run does); skipping the font test");
    Path config = fontConfig(Files.createDirectories(dir));
    // fontconfig picks the Simplified Chinese face of Noto's collection for every alias (the PDF
    // cannot tell the faces apart: they share one CFF table, named after the Japanese face).
    for (String family : List.of("宋体", "SimSun", "新宋体", "NSimSun")) {
      assertThat(fcMatch(config, family)).as(family).isEqualTo("NotoSerifCJKsc-Regular");
    }
    assertThat(fcMatch(config, "宋体:bold")).isEqualTo("NotoSerifCJKsc-Bold");
    for (String family : List.of("黑体", "SimHei")) {
      assertThat(fcMatch(config, family)).as(family).isEqualTo("NotoSansCJKsc-Regular");
    }
    Path folder = XlsxBackendTest.build("yangquan-2026", dir.resolve("out"));
    Path pdf = convert(soffice, "pdf", folder.resolve("yangquan-2026.xlsx"), dir, "pdf").resolve("yangquan-2026.pdf");
    List<String> fonts = new ArrayList<>();
    List<String> lines = run(List.of("pdffonts", pdf.toString()), null).lines().toList();
    // Two header lines, then one font a line: its name first, after a subset tag such as BAAAAA+.
    for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
      fonts.add(line.split("\\s+")[0].replaceFirst("^[A-Z]{6}\\+", ""));
    }
    assertThat(fonts).as("the fonts of the PDF LibreOffice printed").isNotEmpty()
        .allSatisfy(f -> assertThat(f).startsWith("NotoSerifCJK"));
  }

  static Path convert(String soffice, Path xlsx, Path dir) throws Exception {
    return convert(soffice, FILTER, xlsx, dir, "csv");
  }

  /**
   * LibreOffice converts {@code xlsx} with {@code filter} into the new folder {@code dir/outName}
   * (CSV: every sheet as {@code NAME-SHEET.csv}), with the fonts of {@link #fontConfig}.
   */
  private static Path convert(String soffice, String filter, Path xlsx, Path dir, String outName) throws Exception {
    Path out = Files.createDirectories(dir.resolve(outName));
    Path log = dir.resolve("soffice.log");
    ProcessBuilder pb = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
        "--convert-to", filter, "--outdir", out.toString(), xlsx.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("FONTCONFIG_FILE", fontConfig(dir).toString());
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("soffice did not finish in 180 s:\n" + Files.readString(log));
    }
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    return out;
  }

  /**
   * A fontconfig file in {@code dir} that reads the machine's configuration and then the aliases
   * jixiao ships, as a reader who installed them has (FONTCONFIG_FILE replaces the whole
   * configuration, so it must include the system's).
   */
  static Path fontConfig(Path dir) throws IOException {
    String system = System.getenv("FONTCONFIG_FILE");
    if (system == null || system.isBlank()) {
      system = "/etc/fonts/fonts.conf";
    }
    Path config = dir.resolve("fonts.conf");
    Files.writeString(config, """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">%s</include>
          <include ignore_missing="no">%s</include>
        </fontconfig>
        """.formatted(xml(system), xml(FONT_ALIASES.toAbsolutePath().toString())), StandardCharsets.UTF_8);
    return config;
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The PostScript name of the face fontconfig gives for {@code pattern} under {@code config}. */
  private static String fcMatch(Path config, String pattern) throws Exception {
    return run(List.of("fc-match", "-f", "%{postscriptname}", pattern), config).strip();
  }

  /** A command's standard output (UTF-8), with the fonts of {@code fontConfig} (null: the machine's); it must succeed. */
  private static String run(List<String> command, Path fontConfig) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    if (fontConfig != null) {
      pb.environment().put("FONTCONFIG_FILE", fontConfig.toString());
    }
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(p.exitValue()).as("%s", command).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static void assertAmount(String cell, JsonNode amount, String what) {
    if (amount.get("blank").asBoolean()) {
      assertThat(cell).as(what).isEmpty();
      return;
    }
    assertThat(cell).as(what).matches(AMOUNT);
    assertThat(amount(cell)).as(what).isEqualByComparingTo(amount.get("yuan").asText());
  }

  private static BigDecimal amount(String shown) {
    return new BigDecimal(shown.replace(",", ""));
  }

  private static int rowWith(List<List<String>> rows, int column, String text) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).size() > column && rows.get(r).get(column).equals(text)) {
        return r;
      }
    }
    throw new AssertionError("no row with " + text);
  }

  static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  /** Just enough CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). */
  static final class Csv {
    static List<List<String>> read(Path file) throws IOException {
      String s = Files.readString(file, StandardCharsets.UTF_8);
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
