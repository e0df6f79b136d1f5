package org.jixiao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks in shapes the Excel backend never writes, made from one it did write: the same forms
 * shifted down and right, merged otherwise, stacked on one sheet, saved as {@code .xls}, with
 * amounts typed as text (full-width, with separators), with Excel dates, or in 万元 under a
 * heading that says so. None keeps the source workbook's properties: like a workbook from another
 * tool, each is read by its labels alone.
 */
final class WorkbookShapes {
  private WorkbookShapes() {}

  /** A cell as copied: its value (a String, a BigDecimal or a LocalDateTime) and its number format. */
  record Value(Object value, String format) {}

  /** How a shape moves and rewrites a form's cells: row and column offsets, and each value by its cell. */
  record Shape(int rowShift, int colShift, boolean mergeRight, boolean oneSheet, boolean xls, ValueRewrite rewrite) {}

  /** Rewrites a value, knowing the text of the cell to its left and the sheet row (for a header line). */
  interface ValueRewrite {
    Value apply(Value value, String left, int row);
  }

  static final ValueRewrite SAME = (v, left, row) -> v;

  static Path reshape(Path built, Path target, Shape shape) throws IOException {
    List<List<List<Value>>> forms = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(built); XSSFWorkbook source = new XSSFWorkbook(in)) {
      DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
      for (int s = 1; s < source.getNumberOfSheets(); s++) { // the summary sheet is the backend's, not a form
        Sheet sheet = source.getSheetAt(s);
        List<List<Value>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          List<Value> cells = new ArrayList<>();
          for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            Value v = cell == null ? null : switch (cell.getCellType()) {
              case NUMERIC -> new Value(new BigDecimal(String.valueOf(cell.getNumericCellValue())), cell.getCellStyle().getDataFormatString());
              case STRING -> cell.getStringCellValue().isEmpty() ? null : new Value(cell.getStringCellValue(), null);
              default -> shown.formatCellValue(cell).isEmpty() ? null : new Value(shown.formatCellValue(cell), null);
            };
            String left = c > 0 && cells.size() > 0 ? text(cells, c - 1) : "";
            cells.add(v == null ? null : shape.rewrite().apply(v, left, r));
          }
          rows.add(cells);
        }
        forms.add(rows);
        names.add(sheet.getSheetName());
      }
    }
    try (Workbook out = shape.xls() ? new HSSFWorkbook() : new XSSFWorkbook()) {
      Map<String, CellStyle> styles = new HashMap<>();
      if (shape.oneSheet()) {
        Sheet sheet = out.createSheet("全部项目");
        int at = shape.rowShift();
        for (List<List<Value>> form : forms) {
          at = draw(sheet, form, at, shape, styles, out) + 3;
        }
      } else {
        for (int i = 0; i < forms.size(); i++) {
          draw(out.createSheet(names.get(i)), forms.get(i), shape.rowShift(), shape, styles, out);
        }
      }
      try (OutputStream o = Files.newOutputStream(target)) {
        out.write(o);
      }
    }
    return target;
  }

  private static String text(List<Value> cells, int c) {
    for (int k = c; k >= 0; k--) {
      if (cells.get(k) != null) {
        return String.valueOf(cells.get(k).value());
      }
    }
    return "";
  }

  /** Draws a form from row {@code at}; the row after its last. */
  private static int draw(Sheet sheet, List<List<Value>> form, int at, Shape shape, Map<String, CellStyle> styles, Workbook wb) {
    for (int r = 0; r < form.size(); r++) {
      Row row = sheet.createRow(at + r);
      List<Value> cells = form.get(r);
      for (int c = 0; c < cells.size(); c++) {
        Value v = cells.get(c);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c + shape.colShift());
        if (v.value() instanceof BigDecimal d) {
          cell.setCellValue(d.doubleValue());
        } else if (v.value() instanceof LocalDateTime t) {
          cell.setCellValue(t);
        } else {
          cell.setCellValue(String.valueOf(v.value()));
        }
        if (v.format() != null) {
          cell.setCellStyle(styles.computeIfAbsent(v.format(), f -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(f));
            return style;
          }));
        }
        if (shape.mergeRight()) {
          int end = c;
          while (end + 1 < cells.size() && cells.get(end + 1) == null && end - c < 2) {
            end++;
          }
          if (end > c) {
            sheet.addMergedRegion(new CellRangeAddress(at + r, at + r, c + shape.colShift(), end + shape.colShift()));
          }
        }
      }
    }
    return at + form.size();
  }

  /** Digits and ASCII punctuation as their full-width forms (４，２００．００), as some offices type them. */
  static String fullWidth(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
    }
    return b.toString();
  }

  static UnaryOperator<String> identity() {
    return s -> s;
  }
}
