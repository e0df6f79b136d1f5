package org.jixiao.backend;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.backend.Grid.Value;

/**
 * Draws one {@link Grid} on a sheet: values, merges, column widths, row heights that fit the
 * wrapped text, and an A4 print setup one page wide and as many pages tall as needed.
 */
final class XlsxSheet {
  /** Excel's largest row height, in points. */
  static final double MAX_ROW_POINTS = 409;
  /** Space above and below the text of a row, in points. */
  static final double ROW_PADDING = 4.5;

  private XlsxSheet() {}

  /**
   * Draws {@code grid} row by row, top to bottom, as a streaming sheet needs: a row cannot be
   * revisited once it has left the window. The styles are looked up first, in the grid's cell
   * order, so that a workbook's styles come in the same order whichever way it is written.
   *
   * @return the range from the first to the last cell drawn, null for none
   */
  static CellRangeAddress draw(Grid grid, Sheet sheet, XlsxStyles styles, boolean landscape) {
    for (int c = 0; c < grid.columnCount(); c++) {
      sheet.setColumnWidth(c, columnUnits(grid.columnWidths().get(c)));
    }
    CellStyle[][] style = new CellStyle[grid.rowCount()][grid.columnCount()];
    Grid.Cell[][] origin = new Grid.Cell[grid.rowCount()][grid.columnCount()];
    boolean[][] merged = new boolean[grid.rowCount()][grid.columnCount()];
    for (Grid.Cell g : grid.cells()) {
      int decimals = g.value() instanceof Value.Money m ? m.decimals() : -1;
      String text = g.value() instanceof Value.Text t ? t.text() : null;
      CellStyle s = styles.style(g.role(), decimals, text != null && risky(text));
      // Every cell of a merged range carries the style, or Excel draws only part of its border.
      for (int r = g.row(); r < g.row() + g.rowSpan(); r++) {
        for (int c = g.column(); c < g.column() + g.columnSpan(); c++) {
          style[r][c] = s;
        }
      }
      origin[g.row()][g.column()] = g;
      if (g.merged()) {
        mergeOnce(merged, g);
        // POI's checked addMergedRegion reads every merge of the sheet back from its XML for each new
        // one (a tenth of the backend's time); mergeOnce has already checked what it would.
        sheet.addMergedRegionUnsafe(new CellRangeAddress(g.row(), g.row() + g.rowSpan() - 1, g.column(),
            g.column() + g.columnSpan() - 1));
      }
    }
    double[] heights = heights(grid);
    Used used = new Used();
    for (int r = 0; r < grid.rowCount(); r++) {
      Row row = sheet.createRow(r);
      row.setHeightInPoints((float) heights[r]);
      for (int c = 0; c < grid.columnCount(); c++) {
        if (style[r][c] != null) {
          value(row.createCell(c), style[r][c], origin[r][c]);
          used.add(r, c);
        }
      }
    }
    print(grid, sheet, landscape);
    return used.range();
  }

  /**
   * Marks a merged cell's range, refusing one that overlaps an earlier merged cell, as POI's checked
   * {@code addMergedRegion} refuses it (a layout bug; Excel would call the file corrupt).
   */
  private static void mergeOnce(boolean[][] merged, Grid.Cell g) {
    for (int r = g.row(); r < g.row() + g.rowSpan(); r++) {
      for (int c = g.column(); c < g.column() + g.columnSpan(); c++) {
        if (merged[r][c]) {
          throw new IllegalStateException("merged cells overlap at row " + r + ", column " + c + ": " + g);
        }
        merged[r][c] = true;
      }
    }
  }

  /** The smallest range holding every cell drawn. */
  private static final class Used {
    int firstRow = Integer.MAX_VALUE;
    int lastRow = -1;
    int firstColumn = Integer.MAX_VALUE;
    int lastColumn = -1;

    void add(int row, int column) {
      firstRow = Math.min(firstRow, row);
      lastRow = Math.max(lastRow, row);
      firstColumn = Math.min(firstColumn, column);
      lastColumn = Math.max(lastColumn, column);
    }

    CellRangeAddress range() {
      return lastRow < 0 ? null : new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn);
    }
  }

  private static void value(Cell cell, CellStyle style, Grid.Cell g) {
    cell.setCellStyle(style);
    if (g == null) {
      return; // covered by a merge: the style only
    }
    if (g.value() instanceof Value.Money m) {
      cell.setCellValue(m.amount().doubleValue());
    } else if (g.value() instanceof Value.Text t && !t.text().isEmpty()) {
      cell.setCellValue(XlsxText.cell(t.text())); // always a string cell, never a formula
    }
  }

  /** A column of {@code chars} Chinese characters: two "0" widths each, plus one for the cell's margins. */
  static int columnUnits(int chars) {
    return Math.min(255, 2 * chars + 1) * 256;
  }

  /**
   * A text that Excel, LibreOffice or a CSV export could read as a formula when the cell is edited
   * or exported: it gets a quote prefix, which is shown nowhere and keeps it text.
   */
  static boolean risky(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Row heights in points: each row fits the wrapped text of its own cells; a cell spanning rows
   * that still needs more spreads the rest over its rows. No row exceeds Excel's 409 points.
   */
  static double[] heights(Grid grid) {
    double[] heights = new double[grid.rowCount()];
    java.util.Arrays.fill(heights, lineHeight(XlsxStyles.BODY_POINTS) + ROW_PADDING);
    for (int pass = 0; pass < 2; pass++) {
      for (Grid.Cell g : grid.cells()) {
        if ((g.rowSpan() == 1) != (pass == 0)) {
          continue;
        }
        double need = needed(grid, g);
        double have = 0;
        for (int r = g.row(); r < g.row() + g.rowSpan(); r++) {
          have += heights[r];
        }
        if (need > have) {
          double extra = (need - have) / g.rowSpan();
          for (int r = g.row(); r < g.row() + g.rowSpan(); r++) {
            heights[r] += extra;
          }
        }
      }
    }
    for (int r = 0; r < heights.length; r++) {
      // Whole pixels at 96 dpi (0.75 pt), so Excel keeps the height as written.
      heights[r] = Math.min(MAX_ROW_POINTS, Math.ceil(heights[r] / 0.75) * 0.75);
    }
    return heights;
  }

  private static double needed(Grid grid, Grid.Cell g) {
    if (!(g.value() instanceof Value.Text t) || t.text().isEmpty()) {
      return 0;
    }
    int capacity = 0;
    for (int c = g.column(); c < g.column() + g.columnSpan(); c++) {
      capacity += 2 * grid.columnWidths().get(c);
    }
    double points = XlsxStyles.points(g.role());
    // A title at 18 pt fits fewer characters into the same width than body text.
    capacity = (int) Math.floor(capacity * XlsxStyles.BODY_POINTS / points);
    return TextMetrics.lines(XlsxText.fitted(t.text()), capacity) * lineHeight(points) + ROW_PADDING;
  }

  /** The height of one line of 宋体 at {@code points}, as Excel spaces it. */
  static double lineHeight(double points) {
    return points * 1.35;
  }

  private static void print(Grid grid, Sheet sheet, boolean landscape) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setLandscape(landscape);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0); // as many pages tall as needed
    sheet.setAutobreaks(true);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setDisplayGridlines(false);
    sheet.setPrintGridlines(false);
    sheet.setMargin(Sheet.LeftMargin, 0.5);
    sheet.setMargin(Sheet.RightMargin, 0.5);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.7);
    sheet.setMargin(Sheet.HeaderMargin, 0.3);
    sheet.setMargin(Sheet.FooterMargin, 0.3);
    // Loose pages stay identifiable: the sheet (department code and project) and page number.
    sheet.getFooter().setCenter("&A  &P / &N");
    // A sheet repeats one range of rows. A form breaks over pages in its indicator table, the
    // section whose head the reader then needs (the footer names the sheet); other grids repeat
    // their header rows.
    List<Grid.Rows> heads = grid.sectionHeads();
    if (!heads.isEmpty()) {
      PrintTitles.set(sheet, heads.get(0).first(), heads.get(0).last());
    } else if (grid.headerRows() > 0) {
      PrintTitles.set(sheet, 0, grid.headerRows() - 1);
    }
    if (grid.headerRows() > 0) {
      sheet.createFreezePane(0, grid.headerRows());
    }
  }
}
