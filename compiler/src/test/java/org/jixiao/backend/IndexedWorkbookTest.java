package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: {@link IndexedWorkbook}'s sheets and {@link PrintTitles}' names are POI's own, to the
 * byte: the same sheets and print titles made through POI's {@code createSheet} and {@code
 * setRepeatingRows} and through jixiao's give the same parts. This is what would notice a POI whose
 * internals moved under the copies of its steps.
 */
class IndexedWorkbookTest {
  /** Names as the backend makes them (SheetNames), odd ones among them: quoted, refused by POI's parser, case, astral. */
  static final List<String> NAMES = List.of("汇总", "005 人才工作经费", ".._.._.._etc_passwd", "it's", "A1", "R1C1", "123",
      "TRUE", "a!b", "x.y", "sheet with spaces", "𐐨emoji😀", "Straße", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一");

  @Test
  void sheetsAndPrintTitlesAreWrittenAsPoiWritesThem() throws IOException {
    Map<String, byte[]> poi;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      poi = parts(workbook, false);
    }
    Map<String, byte[]> ours;
    try (XSSFWorkbook workbook = new IndexedWorkbook()) {
      ours = parts(workbook, true);
    }
    assertThat(ours.keySet()).isEqualTo(poi.keySet()).contains("xl/workbook.xml", "xl/worksheets/sheet14.xml");
    for (String part : poi.keySet()) {
      assertThat(new String(ours.get(part), java.nio.charset.StandardCharsets.UTF_8)).as(part)
          .isEqualTo(new String(poi.get(part), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void aTakenNameIsRefusedAsPoiRefusesIt() throws IOException {
    try (XSSFWorkbook workbook = new IndexedWorkbook()) {
      workbook.createSheet("Straße");
      workbook.createSheet("STRASSE"); // not the same name to POI (nor to Excel) either
      assertThatThrownBy(() -> workbook.createSheet("straße")).isInstanceOf(IllegalArgumentException.class);
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      assertThat(workbook.getSheetIndex(workbook.getSheet("STRASSE"))).isEqualTo(1);
    }
  }

  /** Every sheet with rows 1 to 3 as print titles, through POI or jixiao; each part of the written package. */
  private static Map<String, byte[]> parts(XSSFWorkbook workbook, boolean ours) throws IOException {
    for (String name : NAMES) {
      Sheet sheet = workbook.createSheet(name);
      sheet.createRow(0).createCell(0).setCellValue(name);
      // As XlsxSheet does: the print setup first (without one, setRepeatingRows would add one).
      sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      if (ours) {
        PrintTitles.set(sheet, 0, 2);
      } else {
        poisPrintTitles(sheet);
      }
    }
    // The document's dates, which POI takes from the clock, are not what is compared.
    java.util.Date date = new java.util.Date(0);
    workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.of(date));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reproducibility.runWithSourceDateEpoch(() -> workbook.write(out));
    Map<String, byte[]> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }

  /** What the backend did before PrintTitles: POI's setRepeatingRows, quoting the names POI's parser refuses. */
  private static void poisPrintTitles(Sheet sheet) {
    try {
      sheet.setRepeatingRows(new CellRangeAddress(0, 2, -1, -1));
    } catch (FormulaParseException e) {
      int index = sheet.getWorkbook().getSheetIndex(sheet);
      for (org.apache.poi.ss.usermodel.Name name : sheet.getWorkbook().getNames(PrintTitles.NAME)) {
        if (name.getSheetIndex() == index) {
          name.setRefersToFormula("'" + sheet.getSheetName().replace("'", "''") + "'!$1:$3");
        }
      }
    }
  }
}
