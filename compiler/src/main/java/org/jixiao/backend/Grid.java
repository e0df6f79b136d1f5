package org.jixiao.backend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A form laid out on a grid of cells: the one place that decides which cell holds what. The Excel
 * and HTML backends both draw this grid, so the two outputs have the same layout by construction.
 *
 * @param name the sheet name (Excel) or page title (HTML)
 * @param columnWidths the width of each column, in width units of about one CJK character (each
 *     backend scales them; see the widths of a layout in layouts.jx)
 * @param headerRows how many rows at the top to repeat on every printed page (0 for none)
 * @param cells every non-empty or merged cell, in row then column order
 * @see #sectionHeads() the header rows of a table inside the grid, such as the indicator table's
 */
public record Grid(String name, List<Integer> columnWidths, int rowCount, int headerRows, List<Cell> cells) {
  public Grid {
    columnWidths = List.copyOf(columnWidths);
    cells = List.copyOf(cells);
  }

  public int columnCount() {
    return columnWidths.size();
  }

  /**
   * The rows below the header rows that head a section, each range from its first to its last row
   * (inclusive), in row order: a run of rows in which a {@link Role#SECTION_HEAD} cell starts. A
   * section runs from its head to the next head or the grid's end; when it breaks over printed
   * pages, its head is repeated at the top of the next page, where the backend can.
   */
  public List<Rows> sectionHeads() {
    TreeSet<Integer> rows = new TreeSet<>();
    for (Cell c : cells) {
      if (c.role() == Role.SECTION_HEAD && c.row() >= headerRows) {
        rows.add(c.row());
      }
    }
    List<Rows> heads = new ArrayList<>();
    for (int r : rows) {
      Rows last = heads.isEmpty() ? null : heads.get(heads.size() - 1);
      if (last != null && last.last() == r - 1) {
        heads.set(heads.size() - 1, new Rows(last.first(), r));
      } else {
        heads.add(new Rows(r, r));
      }
    }
    return heads;
  }

  /** Rows {@code first} to {@code last} of a grid, both included, counted from 0. */
  public record Rows(int first, int last) {
    public int count() {
      return last - first + 1;
    }
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
    /** A column header: bold, centred. */
    HEADER,
    /**
     * A column header of a table inside the form (the indicator table's 一级指标…指标值), drawn as
     * {@link #HEADER}: the rows where such cells start head the rows below them, and are repeated
     * on the next printed page when those break over pages (see {@link Grid#sectionHeads()}).
     */
    SECTION_HEAD,
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
