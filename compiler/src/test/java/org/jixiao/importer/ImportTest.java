package org.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.cli.Main;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.driver.Formatting;
import org.jixiao.syntax.SourceUnit;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao import} against the seed's text dump, our own workbooks, and hostile input. */
class ImportTest {
  private static final Path REPO = Golden.repo();
  private static final Path SEED = REPO.resolveSibling("shared").resolve("seeds").resolve("000_33184e428b695a95.txt");
  private static final Pattern PROJECT = Pattern.compile("^project (.*) \\{", Pattern.MULTILINE);
  @TempDir Path dir;

  @Test
  void theSeedsTextDumpImportsAsTheHandTranscriptionChecks() throws IOException {
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(SEED), null, dir, false);
    assertThat(result.profile()).isEqualTo("山西");
    assertThat(result.forms()).isEqualTo(7);
    assertThat(result.written()).hasSize(8);
    // Every non-empty cell is accounted for: put into a form, or reported and kept as a comment.
    assertThat(result.mapped() + result.unmapped()).isEqualTo(nonEmptyCells(SEED));
    assertThat(result.diagnostics().stream().filter(d -> d.code().code().equals("JX0905")).count()).isEqualTo(result.unmapped());
    assertFmtClean(dir);
    Map<String, List<String>> imported = diagnostics(dir);
    Map<String, List<String>> published = diagnostics(REPO.resolve("examples/yangquan-2026-published"));
    assertThat(imported.keySet()).isEqualTo(published.keySet());
    List<String> differ = new ArrayList<>();
    published.forEach((project, codes) -> {
      if (!codes.equals(imported.get(project))) {
        differ.add(project);
      }
    });
    // 公交政策性亏损补贴's dump repeats the indicator head at page breaks and splits its halves over
    // them, in another order: its halves are matched by their names, as the transcription did.
    assertThat(differ).as("forms whose import checks otherwise than the transcription").isEmpty();
  }

  @Test
  void progressIsToldOfEachFileSheetAndTheWriting() {
    List<String> steps = new ArrayList<>();
    boolean[] finished = {false};
    org.jixiao.driver.Progress progress = new org.jixiao.driver.Progress() {
      @Override
      public void step(String phase, int done, int total) {
        steps.add(phase + " " + done + "/" + total);
      }

      @Override
      public void finish() {
        finished[0] = true;
      }
    };
    new Importer(new Messages(Messages.Language.ZH)).run(List.of(SEED), null, null, dir, false, progress);
    assertThat(steps).containsExactly("read 0/1", "import 1/1", "write 0/8");
    assertThat(finished[0]).isTrue();
  }

  @Test
  void anExistingFileIsNeverOverwrittenWithoutForce() throws IOException {
    Files.writeString(dir.resolve("budget.jx"), "# 我的预算\n");
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(SEED), null, dir, false);
    assertThat(result.written()).isEmpty();
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).contains("JX0906");
    assertThat(Files.readString(dir.resolve("budget.jx"))).isEqualTo("# 我的预算\n");
    try (var list = Files.list(dir)) {
      assertThat(list.count()).as("nothing else written either").isEqualTo(1);
    }
  }

  @Test
  void aSheetOfAMillionRowsIsRefusedInBoundedTime() throws IOException {
    Path huge = dir.resolve("huge.txt");
    Files.writeString(huge, "项目名称\t甲\n" + "\t\n".repeat(1_000_000));
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(huge), "山西", dir.resolve("out"), false);
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).containsExactly("JX0901");
    assertThat(result.written()).isEmpty();
  }

  @Test
  void aFileWithNoFormSaysWhatItLookedFor() throws IOException {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "会议纪要\t2026年\n");
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(notes), "山西", dir.resolve("out"), false);
    List<String> codes = result.diagnostics().stream().map(d -> d.code().code()).toList();
    assertThat(codes).containsExactly("JX0902");
    assertThat(new Messages(Messages.Language.ZH).message(result.diagnostics().get(0))).contains("项目名称");
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(dir.resolve("plain.xlsx"))) {
      workbook.createSheet("表").createRow(0).createCell(0).setCellValue("项目名称");
      workbook.write(out);
    }
    // The same workbook with its sheet padded to 100 MB of blanks: it compresses over 1000 times.
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(dir.resolve("plain.xlsx")));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(bytes);
        if (e.getName().endsWith("sheet1.xml")) {
          byte[] blanks = new byte[1 << 20];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 100; i++) {
            out.write(blanks);
          }
        }
        out.closeEntry();
      }
    }
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(bomb), "山西", dir.resolve("out"), false);
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).containsExactly("JX0901");
    assertThat(new Messages(Messages.Language.ZH).message(result.diagnostics().get(0))).contains("压缩炸弹");
  }

  @Test
  void aFormulaIsReadAsItsSavedValueAndSaidSo() throws IOException {
    Path book = dir.resolve("formula.xlsx");
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(book)) {
      var sheet = workbook.createSheet("表");
      sheet.createRow(0).createCell(0).setCellValue("项目名称");
      sheet.getRow(0).createCell(1).setCellValue("甲");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("项目期");
      row.createCell(1).setCellFormula("1+2");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(1));
      workbook.write(out);
    }
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(book), "山西", dir.resolve("out"), false);
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).contains("JX0907");
    assertThat(result.diagnostics().stream().filter(d -> d.code().code().equals("JX0907")).findFirst().orElseThrow().argKeys())
        .containsExactly("表!B2", "3");
  }

  /** A province's workbook has a sheet per form: more zip entries than POI's default limit of 1,000 allows. */
  @Test
  void aWorkbookOfMoreThanAThousandFormsIsRead() throws IOException {
    Path workbook = dir.resolve("many.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      for (int i = 1; i <= 1_100; i++) {
        var sheet = wb.createSheet("表" + i);
        var row = sheet.createRow(0);
        row.createCell(0).setCellValue("项目名称");
        row.createCell(1).setCellValue("项目" + i);
      }
      try (var out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    }
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(workbook), "山西", dir.resolve("out"), false);
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).doesNotContain("JX0901");
    assertThat(result.forms()).isEqualTo(1_100);
  }

  @Test
  void aFormulaThatReadsAnotherWorkbookIsNeverFollowed() throws IOException {
    Path workbook = dir.resolve("linked.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook other = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(42);
      var sheet = wb.createSheet("表");
      sheet.createRow(0).createCell(0).setCellValue("项目名称");
      sheet.getRow(0).createCell(1).setCellValue("甲");
      wb.linkExternalWorkbook("预算底稿.xlsx", other);
      sheet.createRow(1).createCell(0).setCellValue("项目期");
      sheet.getRow(1).createCell(1).setCellFormula("[预算底稿.xlsx]Sheet1!A1");
      try (var out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    }
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(workbook), "山西", dir.resolve("out"), false);
    Diagnostic link = result.diagnostics().stream().filter(d -> d.code().code().equals("JX0910")).findFirst().orElseThrow();
    assertThat(new Messages(Messages.Language.ZH).message(link)).contains("预算底稿.xlsx").contains("表!B2");
    assertThat(link.file().place()).isEqualTo("表!B2");
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).doesNotContain("JX0907");
  }

  @Test
  void anUnknownProfileAndAnUnclearOneAreSaid() throws IOException {
    Messages zh = new Messages(Messages.Language.ZH);
    assertThat(new Importer(zh).run(List.of(SEED), "山东", dir, false).diagnostics()).extracting(d -> d.code().code())
        .containsExactly("JX0904");
    Path bare = dir.resolve("bare.txt");
    Files.writeString(bare, "项目名称\t甲\n");
    assertThat(new Importer(zh).run(List.of(bare), null, dir.resolve("out"), false).diagnostics()).extracting(d -> d.code().code())
        .containsExactly("JX0903");
  }

  @Test
  void anOutputThatCannotBeWrittenIsSaidAndNothingIsWritten() throws IOException {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "");
    Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(SEED), null, file.resolve("out"), false);
    assertThat(result.diagnostics()).extracting(d -> d.code().code()).contains("JX0908");
    assertThat(result.written()).isEmpty();
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

  /** Each project's diagnostics as code and statement number (comments and blank lines aside). */
  private static Map<String, List<String>> diagnostics(Path folder) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    Map<String, String> texts = texts(folder);
    Map<String, String> projectOf = new TreeMap<>();
    texts.forEach((name, text) -> {
      Matcher m = PROJECT.matcher(text);
      if (m.find()) {
        projectOf.put(name, m.group(1));
        out.put(m.group(1), new ArrayList<>());
      }
    });
    for (CompiledBudget budget : CheckRun.check(List.of(folder), folder).budgets()) {
      for (Diagnostic d : budget.diagnostics()) {
        String name = d.file().path().getFileName().toString();
        if (projectOf.containsKey(name)) {
          out.get(projectOf.get(name)).add(d.code().code() + "@" + statement(texts.get(name), d.line()));
        }
      }
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  private static int statement(String text, int line) {
    String[] lines = text.split("\n", -1);
    int n = 0;
    for (int i = 0; i < Math.min(line, lines.length); i++) {
      String s = lines[i].strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        n++;
      }
    }
    return n;
  }

  private static Map<String, String> texts(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var list = Files.list(folder)) {
      for (Path p : list.filter(p -> p.toString().endsWith(".jx")).toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static long nonEmptyCells(Path file) throws IOException {
    long n = 0;
    for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1)) {
      for (String cell : line.split("\t", -1)) {
        if (!cell.strip().isEmpty()) {
          n++;
        }
      }
    }
    return n;
  }
}
