package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.cli.BuildRunner;
import org.jixiao.diag.Messages;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxBackendTest {
  static final Path REPO = Golden.repo();
  static final Path FILES = REPO.resolve("compiler/src/test/files/Build");

  /** Builds an example budget with the real command (json and xlsx) into {@code out}. */
  static Path build(String example, Path out) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = new BuildRunner(List.of(REPO.resolve("examples").resolve(example)), out, List.of("json", "xlsx"),
        new Messages(Messages.Language.ZH), new PrintWriter(stdout), new PrintWriter(stderr), REPO).run();
    assertThat(code).as("build %s:\n%s", example, stderr).isZero();
    return out.resolve(example);
  }

  @Test
  void exampleWorkbookMatchesGolden(@TempDir Path out) throws IOException {
    Path folder = build("yangquan-2026", out);
    byte[] xlsx = Files.readAllBytes(folder.resolve("yangquan-2026.xlsx"));
    Golden.assertMatches(FILES.resolve("yangquan-2026.xlsx.txt"), XlsxDump.dump(xlsx));
  }

  @Test
  void buildingTwiceGivesTheSameBytesInAnyTimeZone(@TempDir Path out) throws IOException {
    byte[] first = Files.readAllBytes(build("yangquan-2026", out.resolve("a")).resolve("yangquan-2026.xlsx"));
    TimeZone saved = TimeZone.getDefault();
    byte[] second;
    byte[] shanghai;
    byte[] honolulu;
    try {
      second = Files.readAllBytes(build("yangquan-2026", out.resolve("b")).resolve("yangquan-2026.xlsx"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      shanghai = Files.readAllBytes(build("yangquan-2026", out.resolve("c")).resolve("yangquan-2026.xlsx"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Honolulu"));
      honolulu = XlsxBackend.bytes(TestProjects.input(2026, TestProjects.project("甲", "乙")));
    } finally {
      TimeZone.setDefault(saved);
    }
    assertThat(second).isEqualTo(first);
    assertThat(shanghai).isEqualTo(first);
    assertThat(honolulu).isEqualTo(XlsxBackend.bytes(TestProjects.input(2026, TestProjects.project("甲", "乙"))));
  }

  @Test
  void zipEntriesCarryTheBudgetsNewYearAndNoExtraFields() throws IOException {
    byte[] xlsx = XlsxBackend.bytes(TestProjects.input(2026, TestProjects.project("甲", "乙")));
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
        assertThat(e.getExtra()).as(e.getName()).isNull();
      }
    }
    assertThat(names).startsWith("[Content_Types].xml").contains("docProps/core.xml", "xl/worksheets/sheet2.xml");
    String core = entry(xlsx, "docProps/core.xml");
    assertThat(core).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>")
        .contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:modified>");
  }

  /** Issue 10 (fuzzing): a control character or lone surrogate in a title or a name; POI reads it back. */
  @Test
  void charactersXmlDoesNotAllowNeverReachThePackagesXml() throws IOException {
    ProjectView odd = TestProjects.project("甲\u0016乙\uD800\uFFFE", "文字\u0001");
    BuildInput input = TestProjects.input(2026, odd);
    BuildInput titled = new BuildInput(input.name(), input.tables(), input.fileNames(), "标题\u0016", 2026, input.messages());
    byte[] xlsx = XlsxBackend.bytes(titled);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getProperties().getCoreProperties().getTitle()).contains("标题_");
      assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 1)).endsWith("甲_乙__");
    }
  }

  /** Issue 10 (fuzzing): a sheet name POI's print-titles formula left unquoted (it starts with "."). */
  @Test
  void aSheetNameStartingWithADotStillGetsItsPrintTitles() throws IOException {
    byte[] xlsx = XlsxBackend.bytes(TestProjects.input(2026, TestProjects.project("../../../etc/passwd", "文字", "")));
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      int last = workbook.getNumberOfSheets() - 1;
      assertThat(workbook.getSheetName(last)).contains("etc_passwd");
      assertThat(workbook.getSheetAt(last).getRepeatingRows()).isNotNull();
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    List<String> risky = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)");
    List<ProjectView> projects = new ArrayList<>();
    for (String text : risky) {
      projects.add(TestProjects.project(text, text));
    }
    byte[] xlsx = XlsxBackend.bytes(TestProjects.input(2026, projects.toArray(ProjectView[]::new)));
    List<String> seen = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(XlsxDump.hasFormula(wb)).isFalse();
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING && risky.contains(cell.getStringCellValue())) {
              assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isTrue();
              seen.add(cell.getStringCellValue());
            } else if (cell.getCellType() == CellType.STRING) {
              assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isFalse();
            }
          }
        }
      }
    }
    assertThat(seen).containsAll(risky);
    for (int sheet = 1; sheet <= risky.size() + 1; sheet++) {
      assertThat(entry(xlsx, "xl/worksheets/sheet" + sheet + ".xml")).doesNotContain("<f>").doesNotContain("<f ");
    }
  }

  @Test
  void hostileTextIsKeptWrappedAndCapped() throws IOException {
    String longText = "绩效目标很长。".repeat(1428) + "末尾。。";
    assertThat(longText.length()).isEqualTo(10_000);
    String tooLong = "x".repeat(40_000);
    String emoji = "🎉👨‍👩‍👧 目标 🚀";
    String script = "<script>alert('x')</script> & \"quotes\" _x0041_ _X005f_ \u0001\r\n\uFFFF";
    String emojiName = "😀".repeat(40);
    byte[] xlsx = XlsxBackend.bytes(TestProjects.input(2026,
        TestProjects.project("长文本", longText),
        TestProjects.project(emojiName, emoji),
        TestProjects.project(emojiName, script),
        TestProjects.project("过长", tooLong),
        TestProjects.project("汇总", "a'b")));
    // Text is inline, once per cell that shows it: the long text is in six cells of one sheet,
    // whose XML then deflates 100:1, past what POI's zip-bomb guard lets it read by default (Excel
    // and LibreOffice have no such limit). Shared strings held it once.
    double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio / 10);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(XlsxDump.hasFormula(wb)).isFalse();
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).hasSize(6).doesNotHaveDuplicates();
      assertThat(names.get(0)).isEqualTo("汇总");
      assertThat(wb.getActiveSheetIndex()).as("opens on the first form").isEqualTo(1);
      for (String name : names) {
        assertThat(name.length()).as(name).isLessThanOrEqualTo(31);
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).as(name).isFalse();
      }
      assertThat(names.get(3)).endsWith("(2)");
      assertThat(names.get(5)).isEqualTo("001-汇总");

      Sheet longSheet = wb.getSheetAt(1);
      Cell overview = find(longSheet, "项目概况");
      Cell value = longSheet.getRow(overview.getRowIndex()).getCell(2);
      assertThat(value.getStringCellValue().equals(longText)).as("the whole long text").isTrue();
      assertThat(value.getCellStyle().getWrapText()).isTrue();
      assertThat(longSheet.getRow(overview.getRowIndex()).getHeightInPoints()).isEqualTo(409f);
      for (Row row : longSheet) {
        assertThat(row.getHeightInPoints()).isLessThanOrEqualTo(409f);
      }

      assertThat(cellTexts(wb.getSheetAt(2))).contains(emoji);
      assertThat(cellTexts(wb.getSheetAt(3))).contains(script);
      List<String> cut = cellTexts(wb.getSheetAt(4));
      assertThat(cut.stream().mapToInt(String::length).max().orElse(0)).isEqualTo(XlsxText.MAX_CELL_TEXT);
      assertThat(cut.contains("x".repeat(XlsxText.MAX_CELL_TEXT - 1) + "…")).as("cut with an ellipsis").isTrue();
      assertThat(cellTexts(wb.getSheetAt(5))).contains("a'b");
    } finally {
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
    }
    // Text is written inline in each sheet (the workbook streams; no table of every string).
    String scriptSheet = entry(xlsx, "xl/worksheets/sheet4.xml");
    assertThat(scriptSheet).contains("t=\"inlineStr\"").contains("&lt;script").doesNotContain("<script")
        .contains("_x005F_x0041_");
  }

  @Test
  void cellTextIsEscapedForOfficeAndCutToItsLimit() {
    assertThat(XlsxText.escape("a_x0041_b")).isEqualTo("a_x005F_x0041_b");
    assertThat(XlsxText.escape("_x005F_")).isEqualTo("_x005F_x005F_");
    assertThat(XlsxText.escape("tab\tline\nbell\u0007cr\r")).isEqualTo("tab\tline\nbell_x0007_cr_x000D_");
    assertThat(XlsxText.escape("lone \uD83D here")).isEqualTo("lone \uFFFD here");
    assertThat(XlsxText.escape("平常的文字 plain")).isEqualTo("平常的文字 plain");
    String controls = XlsxText.cell("\u0001".repeat(40_000));
    assertThat(controls.length()).isLessThanOrEqualTo(XlsxText.MAX_CELL_TEXT);
    assertThat(controls).endsWith("_x0001_…");
    String emoji = XlsxText.cell("😀".repeat(20_000));
    assertThat(emoji.length()).isLessThanOrEqualTo(XlsxText.MAX_CELL_TEXT);
    assertThat(emoji).doesNotContain("\uFFFD").endsWith("😀…");
  }

  @Test
  void rowHeightsFollowTheWrappedText() {
    Grid grid = FormLayout.of(TestProjects.project("项目", "字".repeat(72 * 3)), TestProjects.input(2026).formContext());
    double[] heights = XlsxSheet.heights(grid);
    double line = XlsxSheet.lineHeight(XlsxStyles.BODY_POINTS);
    // 项目概况 spans six columns, 72 characters: 216 characters are three lines.
    assertThat(heights[5 + 4]).isBetween(3 * line, 3 * line + XlsxSheet.ROW_PADDING + 0.75);
    assertThat(TextMetrics.lines("字".repeat(10), 20)).isEqualTo(1);
    assertThat(TextMetrics.lines("字".repeat(11), 20)).isEqualTo(2);
    assertThat(TextMetrics.lines("a\nb\n", 20)).isEqualTo(3);
    assertThat(TextMetrics.lines("hello world", 8)).isEqualTo(2);
    assertThat(TextMetrics.lines("x".repeat(25), 10)).isEqualTo(3);
    assertThat(TextMetrics.width("A字😀")).isEqualTo(5);
  }

  @Test
  void poiPrintsNothingInAFreshJvm(@TempDir Path dir) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        WriteOne.class.getName(), dir.resolve("one.xlsx").toString())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertThat(p.waitFor()).isZero();
    assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
    assertThat(Files.size(dir.resolve("one.xlsx"))).isPositive();
  }

  /** Writes one workbook, for {@link #poiPrintsNothingInAFreshJvm}. */
  public static final class WriteOne {
    public static void main(String[] args) throws IOException {
      Files.write(Path.of(args[0]), XlsxBackend.bytes(TestProjects.input(2026, TestProjects.project("甲", "乙"))));
      try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Path.of(args[0])))) {
        wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue();
      }
    }
  }

  static Cell find(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
          return cell;
        }
      }
    }
    throw new AssertionError("no cell " + text + " in " + sheet.getSheetName());
  }

  static List<String> cellTexts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          texts.add(cell.getStringCellValue());
        }
      }
    }
    return texts;
  }

  static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
