package org.jixiao.backend;

import java.math.BigDecimal;
import java.util.List;

/**
 * A form laid out on a grid of cells: the one place that decides which cell holds what. The Excel
 * and HTML backends both draw this grid, so the two outputs have the same layout by construction.
 *
 * @param name the sheet name (Excel) or page title (HTML)
 * @param columnWidths the width of each column, in width units of about one CJK character (each
 *     backend scales them; see FormLayout.WIDTHS)
 * @param headerRows how many rows at the top to repeat on every printed page (0 for none)
 * @param cells every non-empty or merged cell, in row then column order
 */
public record Grid(String name, List<Integer> columnWidths, int rowCount, int headerRows, List<Cell> cells) {
  public Grid {
    columnWidths = List.copyOf(columnWidths);
    cells = List.copyOf(cells);
  }

  public int columnCount() {
    return columnWidths.size();
  }

  /** A cell at (row, column), counted from 0, spanning rows and columns when merged. */
  public record Cell(int row, int column, int rowSpan, int columnSpan, Value value, Role role) {
    public boolean merged() {
      return rowSpan > 1 || columnSpan > 1;
    }
  }

  /** What a cell shows: text, or an amount of money in 元 (printed with thousands separators). */
  public sealed interface Value {
    record Text(String text) implements Value {}

    /**
     * An amount in the form's money unit ({@code amount}: 元 or 万元, exact), printed with {@code
     * decimals} places and thousands separators.
     */
    record Money(BigDecimal amount, int decimals) implements Value {
      /** An amount in 元, to the 分. */
      public Money(BigDecimal yuan) {
        this(yuan, 2);
      }
    }

    /** An empty cell that still has borders (part of the table). */
    record Empty() implements Value {}
  }

  /** What kind of cell it is; each backend maps a role to fonts, alignment and borders. */
  public enum Role {
    /** The form's title: large, bold, centred, no border. */
    TITLE,
    /** The year line under the title: centred, no border. */
    SUBTITLE,
    /** A field label such as 项目名称: bold, centred. */
    LABEL,
    /** A column header of the indicator table: bold, centred. */
    HEADER,
    /** A short value, left-aligned. */
    VALUE,
    /** Long text such as 项目概况: left and top aligned, wrapped. */
    PARAGRAPH,
    /** An amount of money: right-aligned, thousands separators. */
    MONEY,
    /** A first- or second-level indicator name: centred, vertically centred. */
    CATEGORY,
    /** A target value: centred. */
    TARGET,
    /** The footer line (负责人…填报日期): no border. */
    FOOTER,
    /** A total row in the summary: bold. */
    TOTAL_LABEL,
    TOTAL_MONEY
  }
}
