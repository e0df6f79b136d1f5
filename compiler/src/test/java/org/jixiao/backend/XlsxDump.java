package org.jixiao.backend;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook read back with POI, as text for golden files: per sheet its columns, row heights and
 * print setup, then one line per non-empty cell with its value and what its style shows:
 * {@code 汇总!A1 = 阳泉… [merged A1:Q1] [bold] [18pt] [center] [wrap]}.
 */
final class XlsxDump {
  private XlsxDump() {}

  static String dump(byte[] xlsx) throws IOException {
    StringBuilder out = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var core = wb.getProperties().getCoreProperties();
      out.append("# workbook: title ").append(core.getTitle()).append(", creator ").append(core.getCreator())
          .append(", created ").append(core.getCreated().toInstant()).append(", modified ")
          .append(core.getModified().toInstant()).append('\n');
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        sheet(wb.getSheetAt(s), out);
      }
    }
    return out.toString();
  }

  private static void sheet(Sheet sheet, StringBuilder out) {
    String name = sheet.getSheetName();
    PrintSetup ps = sheet.getPrintSetup();
    out.append("\n# sheet ").append(name).append(": ")
        .append(ps.getPaperSize() == PrintSetup.A4_PAPERSIZE ? "A4" : "paper " + ps.getPaperSize())
        .append(ps.getLandscape() ? " landscape" : " portrait")
        .append(sheet.getFitToPage() ? ", fit " + ps.getFitWidth() + " wide " + ps.getFitHeight() + " tall" : "")
        .append(sheet.getHorizontallyCenter() ? ", centred" : "")
        .append(String.format(Locale.ROOT, ", margins %.2f %.2f %.2f %.2f (l r t b)",
            sheet.getMargin(Sheet.LeftMargin), sheet.getMargin(Sheet.RightMargin),
            sheet.getMargin(Sheet.TopMargin), sheet.getMargin(Sheet.BottomMargin)))
        .append(sheet.getRepeatingRows() == null ? "" : ", repeat rows " + sheet.getRepeatingRows().formatAsString())
        .append(", footer ").append(sheet.getFooter().getCenter())
        .append(sheet.isDisplayGridlines() ? ", gridlines" : "");
    PaneInformation pane = sheet.getPaneInformation();
    if (pane != null && pane.isFreezePane()) {
      out.append(", frozen rows ").append(pane.getHorizontalSplitPosition());
    }
    out.append('\n');
    int columns = 0;
    for (Row row : sheet) {
      columns = Math.max(columns, row.getLastCellNum());
    }
    out.append("# column widths:");
    for (int c = 0; c < columns; c++) {
      out.append(' ').append(sheet.getColumnWidth(c) / 256.0);
    }
    out.append("\n# row heights:");
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      out.append(' ').append(row == null ? "-" : String.valueOf(row.getHeightInPoints()));
    }
    out.append('\n');
    List<CellRangeAddress> merges = new ArrayList<>(sheet.getMergedRegions());
    for (Row row : sheet) {
      for (Cell cell : row) {
        String value = value(cell);
        if (value == null) {
          continue;
        }
        out.append(name).append('!').append(cell.getAddress().formatAsString()).append(" = ").append(value);
        for (CellRangeAddress m : merges) {
          if (m.getFirstRow() == cell.getRowIndex() && m.getFirstColumn() == cell.getColumnIndex()) {
            out.append(" [merged ").append(m.formatAsString()).append(']');
          }
        }
        out.append(style(cell)).append('\n');
      }
    }
  }

  /** The value as text, or null for a blank cell. */
  static String value(Cell cell) {
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue().isEmpty() ? "\"\"" : cell.getStringCellValue().replace("\n", "\\n");
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
          + " [number]";
      case BLANK -> null;
      default -> "<" + cell.getCellType() + "> " + cell;
    };
  }

  private static String style(Cell cell) {
    CellStyle s = cell.getCellStyle();
    XSSFFont font = (XSSFFont) cell.getSheet().getWorkbook().getFontAt(s.getFontIndex());
    StringBuilder b = new StringBuilder();
    if (!s.getDataFormatString().equals("General")) {
      b.append(" [").append(s.getDataFormatString()).append(']');
    }
    if (font.getBold()) {
      b.append(" [bold]");
    }
    if (font.getFontHeight() != 210) {
      b.append(" [").append(font.getFontHeight() / 20.0).append("pt]");
    }
    if (!font.getFontName().equals(XlsxStyles.FONT)) {
      b.append(" [font ").append(font.getFontName()).append(']');
    }
    b.append(" [").append(s.getAlignment().name().toLowerCase(Locale.ROOT)).append(' ')
        .append(s.getVerticalAlignment().name().toLowerCase(Locale.ROOT)).append(']');
    if (s.getWrapText()) {
      b.append(" [wrap]");
    }
    BorderStyle[] sides = {s.getBorderTop(), s.getBorderRight(), s.getBorderBottom(), s.getBorderLeft()};
    boolean all = true;
    boolean none = true;
    for (BorderStyle side : sides) {
      all &= side == BorderStyle.THIN;
      none &= side == BorderStyle.NONE;
    }
    b.append(all ? " [border]" : none ? "" : " [border " + List.of(sides) + "]");
    if (s.getQuotePrefixed()) {
      b.append(" [quoted]");
    }
    return b.toString();
  }

  /** True when some cell of the workbook is a formula. */
  static boolean hasFormula(XSSFWorkbook wb) {
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
