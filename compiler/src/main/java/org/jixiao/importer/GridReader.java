package org.jixiao.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheets of a file to import: a workbook ({@code .xlsx} through XSSF, {@code .xls} through
 * HSSF; POI tells them apart by their bytes) or a tab-separated text dump of the official tables
 * (one line a row, one tab a cell, as a budget system's "export as text" writes them).
 *
 * <p>A workbook is untrusted input: POI's zip limits refuse a zip bomb (an entry that inflates
 * more than {@link #MAX_INFLATE} times, or over {@link #MAX_ENTRY} bytes), and a sheet of more
 * than {@link #MAX_ROWS} rows is refused before its cells are read. A formula cell is read as
 * the value the workbook last computed for it, never recomputed, and said so.
 */
final class GridReader {
  static final int MAX_ROWS = 20_000;
  static final double MAX_INFLATE = 0.01;
  static final long MAX_ENTRY = 200L * 1024 * 1024;
  /**
   * Zip entries a workbook may have: POI's default (1,000) refuses a budget of some 500 forms (a
   * sheet is one or two entries); a province's 10,000 forms fit, a zip of a million entries does not.
   */
  static final long MAX_ENTRIES = 50_000;

  /** A problem reading a file: a message key of the messages files and its arguments. */
  static final class Unreadable extends Exception {
    final String key;
    final List<String> args;

    Unreadable(String key, String... args) {
      super(key);
      this.key = key;
      this.args = List.of(args);
    }
  }

  /**
   * What was read, the formula cells whose stored value was taken, and the workbook's custom
   * properties (where a workbook jixiao built keeps what its forms do not print: {@link
   * org.jixiao.backend.WorkbookSource}).
   */
  record Read(List<Sheet> sheets, List<Cell> formulas, Map<String, String> properties, Map<Cell, String> links) {}

  /** A formula's reference to another workbook: {@code [1]Sheet1!A1} (XSSF numbers them) or {@code [other.xlsx]Sheet1!A1}. */
  private static final java.util.regex.Pattern EXTERNAL = java.util.regex.Pattern.compile("\\[([^\\]]+)\\]");

  private GridReader() {}

  static Read read(Path file) throws Unreadable {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
        return workbook(file);
      }
      return new Read(List.of(text(file)), List.of(), Map.of(), Map.of());
    } catch (IOException | RuntimeException e) {
      // POI says "Zip bomb detected" in an IOException of its own kind only in the message.
      if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
        throw new Unreadable("import.zipBomb", String.valueOf(Math.round(1 / MAX_INFLATE)));
      }
      throw new Unreadable("import.unreadable", String.valueOf(e.getMessage()));
    }
  }

  private static Sheet text(Path file) throws IOException, Unreadable {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String sheet = file.getFileName().toString();
    List<List<Cell>> rows = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (lines.length > MAX_ROWS) {
      throw new Unreadable("import.tooManyRows", sheet, String.valueOf(MAX_ROWS));
    }
    for (int r = 0; r < lines.length; r++) {
      List<Cell> row = new ArrayList<>();
      String[] cells = lines[r].split("\t", -1);
      for (int c = 0; c < cells.length; c++) {
        String value = cells[c].strip();
        if (!value.isEmpty()) {
          row.add(new Cell(sheet, r, c, value));
        }
      }
      rows.add(row);
    }
    return new Sheet(sheet, rows, false);
  }

  private static Read workbook(Path file) throws IOException, Unreadable {
    ZipSecureFile.setMinInflateRatio(MAX_INFLATE);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
    ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    List<Sheet> sheets = new ArrayList<>();
    List<Cell> formulas = new ArrayList<>();
    Map<String, String> properties = new LinkedHashMap<>();
    Map<Cell, String> links = new LinkedHashMap<>();
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      if (workbook instanceof XSSFWorkbook x) {
        for (var p : x.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
          if (p.getName() != null && p.isSetLpwstr()) {
            properties.put(p.getName(), p.getLpwstr());
          }
        }
      }
      // Numbers as the sheet shows them (58,372,000), in one locale whatever the machine's.
      DataFormatter format = new DataFormatter(Locale.ROOT);
      for (org.apache.poi.ss.usermodel.Sheet s : workbook) {
        if (s.getLastRowNum() >= MAX_ROWS) {
          throw new Unreadable("import.tooManyRows", s.getSheetName(), String.valueOf(MAX_ROWS));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r <= s.getLastRowNum(); r++) {
          Row row = s.getRow(r);
          List<Cell> cells = new ArrayList<>();
          for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
            if (cell == null) {
              continue;
            }
            boolean formula = cell.getCellType() == CellType.FORMULA;
            String value = formula ? cached(cell, format) : dated(cell) != null ? dated(cell) : format.formatCellValue(cell);
            value = value == null ? "" : value.strip();
            if (!value.isEmpty()) {
              Cell read = new Cell(s.getSheetName(), r, c, value);
              cells.add(read);
              if (formula) {
                formulas.add(read);
                String linked = linked(workbook, cell);
                if (linked != null) {
                  links.put(read, linked);
                }
              }
            }
          }
          rows.add(cells);
        }
        sheets.add(new Sheet(s.getSheetName(), rows, true));
      }
    }
    return new Read(sheets, formulas, properties, links);
  }

  /** The other workbook a formula reads from, by the name the link gives; null for a formula of this workbook. */
  private static String linked(Workbook workbook, org.apache.poi.ss.usermodel.Cell cell) {
    java.util.regex.Matcher m = EXTERNAL.matcher(cell.getCellFormula());
    if (!m.find()) {
      return null;
    }
    String ref = m.group(1);
    if (workbook instanceof XSSFWorkbook x && ref.matches("[0-9]+")) {
      int i = Integer.parseInt(ref) - 1;
      var tables = x.getExternalLinksTable();
      if (i >= 0 && i < tables.size()) {
        return tables.get(i).getLinkedFileName();
      }
    }
    return ref;
  }

  /**
   * A date cell (a number Excel shows as a date) as the language writes a date, 2025-09-15 or
   * 2025-09-15 10:20:00, whatever format and locale the sheet shows it in; null for any other cell.
   */
  private static String dated(org.apache.poi.ss.usermodel.Cell cell) {
    if (cell.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(cell)) {
      return null;
    }
    java.time.LocalDateTime t = cell.getLocalDateTimeCellValue();
    return t == null ? null : t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
        : t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT));
  }

  /** A formula's last computed value, as shown: never evaluated here (an external link could not be). */
  private static String cached(org.apache.poi.ss.usermodel.Cell cell, DataFormatter format) {
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> format.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
          cell.getCellStyle().getDataFormatString());
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }
}
