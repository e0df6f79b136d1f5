package org.jixiao.importer;

/**
 * One non-empty cell of an imported sheet: where it is (0-based row and column) and its text as
 * the sheet shows it (a number as formatted, 58,372,000), trimmed.
 */
public record Cell(String sheet, int row, int col, String text) {
  /** The cell's address as a spreadsheet writes it: {@code 项目表!C7}. */
  public String ref() {
    return sheet + "!" + column(col) + (row + 1);
  }

  /** A, B, …, Z, AA, AB, …: a spreadsheet's column letters. */
  static String column(int col) {
    StringBuilder out = new StringBuilder();
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      out.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return out.toString();
  }
}
