package org.jixiao.importer;

/**
 * One non-empty cell of an imported sheet: where it is (0-based row and column) and its text as
 * the sheet shows it (a number as formatted, 58,372,000), trimmed.
 */
public record Cell(String sheet, int row, int col, String text) {
  /** The cell's address as a spreadsheet writes it: {@code 项目表!C7}. */
  public String ref() {
    return sheet + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(col) + (row + 1);
  }
}
