package org.jixiao.backend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jixiao.backend.Grid.Cell;
import org.jixiao.backend.Grid.Value;

/**
 * Draws a {@link Grid} as an HTML {@code <table>} (one per section, see {@link #of}): one {@code <col>}
 * per grid column, one {@code <tr>} per grid row (the grid's header rows in {@code <thead>}), each cell at its place with the
 * grid's row and column spans and its role as the CSS class. A position no cell covers is drawn as
 * an empty bordered cell; two cells on one position are a layout bug and throw.
 *
 * <p>Sizes: a grid width unit is drawn as {@link #unit} em (0.75 em, or more when an amount would
 * not fit its column), and for print the font is shrunk, never grown, until the table fits the
 * page width.
 */
final class HtmlTable {
  /** The screen font size, and the largest print font size, in points. */
  static final BigDecimal FONT_PT = new BigDecimal("10.5");

  /** The smallest em per width unit: a 10-unit money column then holds 58,372,000.00. */
  private static final BigDecimal MIN_UNIT = new BigDecimal("0.75");

  private HtmlTable() {}

  /**
   * The text an amount shows: thousands separators and two decimals, rounded half away from zero,
   * which is what a spreadsheet shows for the number format {@code #,##0.00}.
   */
  static String money(BigDecimal yuan) {
    return money(yuan, 2);
  }

  /** As {@link #money(BigDecimal)} with the form's decimals (#,##0 for none). */
  static String money(BigDecimal amount, int decimals) {
    DecimalFormat f = new DecimalFormat(XlsxStyles.moneyFormat(decimals), DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(amount);
  }

  /** Em per grid width unit: at least 0.75, or enough for the widest amount in its columns. */
  static BigDecimal unit(Grid grid) {
    BigDecimal unit = MIN_UNIT;
    for (Cell c : grid.cells()) {
      if (c.value() instanceof Value.Money m) {
        int units = 0;
        for (int i = c.column(); i < c.column() + c.columnSpan() && i < grid.columnCount(); i++) {
          units += grid.columnWidths().get(i);
        }
        // Noto Serif CJK and SimSun: a digit is 0.56 em, a separator 0.33 em; 0.6 em of padding and border.
        double em = 0.6;
        for (char ch : money(m.amount(), m.decimals()).toCharArray()) {
          em += Character.isDigit(ch) ? 0.56 : 0.33;
        }
        if (units > 0) {
          unit = unit.max(BigDecimal.valueOf(em / units).setScale(2, RoundingMode.CEILING));
        }
      }
    }
    return unit;
  }

  /** The table's width in em. */
  static BigDecimal widthEm(Grid grid, BigDecimal unit) {
    int units = grid.columnWidths().stream().mapToInt(Integer::intValue).sum();
    return unit.multiply(BigDecimal.valueOf(units));
  }

  /**
   * The print font size in points: {@link #FONT_PT}, or smaller (to a tenth of a point, with 3%
   * to spare for borders) when the table would be wider than {@code printableMm}.
   */
  static BigDecimal printFontPt(Grid grid, BigDecimal unit, int printableMm) {
    if (widthEm(grid, unit).signum() == 0) {
      return FONT_PT;
    }
    BigDecimal printablePt = BigDecimal.valueOf(printableMm * 72L).divide(new BigDecimal("25.4"), 6, RoundingMode.DOWN);
    BigDecimal fit = printablePt.multiply(new BigDecimal("0.97")).divide(widthEm(grid, unit), 1, RoundingMode.DOWN);
    return fit.min(FONT_PT).stripTrailingZeros();
  }

  /**
   * The table markup, one element per line; {@code link} gives a cell's href (already escaped) or
   * null. A grid with {@linkplain Grid#sectionHeads() section heads} is drawn as one table per
   * section, with the same columns, each head in its table's {@code <thead>}, which a browser
   * repeats at the top of every page the section runs on. A cell that starts in a head and runs on
   * below it is drawn in two parts, with no border between them: the head's part stays empty (so
   * the repeated head shows no text twice), the part below holds the text.
   */
  static String of(Grid grid, String cssClass, Function<Cell, String> link) {
    List<Grid.Rows> heads = new ArrayList<>();
    if (grid.headerRows() > 0) {
      heads.add(new Grid.Rows(0, Math.min(grid.headerRows(), grid.rowCount()) - 1));
    }
    heads.addAll(grid.sectionHeads());
    // Each head starts a section that runs to the next head; rows above the first head are one
    // section without a head.
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      Grid.Rows h = heads.get(i);
      if (i == 0 && h.first() > 0) {
        sections.add(new Section(0, 0, h.first()));
      }
      sections.add(new Section(h.first(), h.last() + 1, i + 1 < heads.size() ? heads.get(i + 1).first() : grid.rowCount()));
    }
    if (sections.isEmpty()) {
      sections.add(new Section(0, 0, grid.rowCount()));
    }
    Piece[][] starts = new Piece[grid.rowCount()][grid.columnCount()];
    boolean[][] covered = new boolean[grid.rowCount()][grid.columnCount()];
    for (Cell c : grid.cells()) {
      if (c.row() < 0 || c.column() < 0 || c.rowSpan() < 1 || c.columnSpan() < 1
          || c.row() + c.rowSpan() > grid.rowCount() || c.column() + c.columnSpan() > grid.columnCount()) {
        throw new IllegalStateException("cell outside the grid " + grid.name() + ": " + c);
      }
      Section section = sections.stream().filter(s -> s.start() <= c.row() && c.row() < s.end()).findFirst()
          .orElseThrow();
      if (c.row() + c.rowSpan() > section.end()) {
        throw new IllegalStateException("cell across a section of " + grid.name() + ": " + c);
      }
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
          if (covered[r][k]) {
            throw new IllegalStateException("two cells at row " + r + ", column " + k + " of " + grid.name() + ": " + c);
          }
          covered[r][k] = true;
        }
      }
      int body = section.body();
      if (c.row() < body && c.row() + c.rowSpan() > body) {
        starts[c.row()][c.column()] = new Piece(c, body - c.row(), Piece.HEAD);
        starts[body][c.column()] = new Piece(c, c.row() + c.rowSpan() - body, Piece.BODY);
      } else {
        starts[c.row()][c.column()] = new Piece(c, c.rowSpan(), Piece.WHOLE);
      }
    }
    BigDecimal unit = unit(grid);
    StringBuilder out = new StringBuilder();
    for (Section s : sections) {
      out.append("<table class=\"").append(Html.attribute(cssClass)).append("\" style=\"width:")
          .append(widthEm(grid, unit).stripTrailingZeros().toPlainString()).append("em\">\n<colgroup>\n");
      for (int w : grid.columnWidths()) {
        out.append("<col style=\"width:").append(unit.multiply(BigDecimal.valueOf(w)).stripTrailingZeros().toPlainString())
            .append("em\">\n");
      }
      out.append("</colgroup>\n");
      rows(out, "thead", s.start(), s.body(), starts, covered, link);
      rows(out, "tbody", s.body(), s.end(), starts, covered, link);
      out.append("</table>\n");
    }
    return out.toString();
  }

  /** Rows {@code start} to {@code end} (excluded), of which those above {@code body} are its head. */
  private record Section(int start, int body, int end) {}

  /**
   * What one {@code <td>} draws of a grid cell: all of it, or the part in a section's head or the
   * part below it.
   */
  private record Piece(Cell cell, int rowSpan, int part) {
    static final int WHOLE = 0;
    static final int HEAD = 1;
    static final int BODY = 2;
  }

  private static void rows(StringBuilder out, String section, int from, int to, Piece[][] starts, boolean[][] covered,
      Function<Cell, String> link) {
    if (from >= to) {
      return;
    }
    out.append('<').append(section).append(">\n");
    for (int r = from; r < to; r++) {
      boolean spans = false;
      for (Piece p : starts[r]) {
        spans |= p != null && p.rowSpan() > 1;
      }
      // A browser keeps a row that starts a tall merged cell whole with all the rows it spans, which
      // can leave half a page empty; such rows may break, every other row is kept on one page.
      out.append(spans ? "<tr class=\"spans\">\n" : "<tr>\n");
      for (int k = 0; k < starts[r].length; k++) {
        Piece p = starts[r][k];
        if (p != null) {
          cell(out, p, link.apply(p.cell()), spills(p.cell(), starts[r]));
        } else if (!covered[r][k]) {
          out.append("<td class=\"empty\"></td>\n");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</").append(section).append(">\n");
  }

  /**
   * True when a borderless cell's text may run on into the next cell, as a spreadsheet lets it:
   * the footer's labels (负责人：) are wider than their columns, and the cell to their right is
   * empty unless someone is named. A cell in the last column may run on into the page margin.
   */
  private static boolean spills(Cell c, Piece[] row) {
    if (c.role() != Grid.Role.FOOTER || !(c.value() instanceof Value.Text)) {
      return false;
    }
    int next = c.column() + c.columnSpan();
    return next >= row.length || (row[next] != null && row[next].cell().value() instanceof Value.Empty);
  }

  private static void cell(StringBuilder out, Piece p, String href, boolean spill) {
    Cell c = p.cell();
    out.append("<td class=\"").append(c.role().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append(spill ? " spill" : "").append(p.part() == Piece.HEAD ? " open-below" : "")
        .append(p.part() == Piece.BODY ? " open-above" : "").append('"');
    if (p.rowSpan() > 1) {
      out.append(" rowspan=\"").append(p.rowSpan()).append('"');
    }
    if (c.columnSpan() > 1) {
      out.append(" colspan=\"").append(c.columnSpan()).append('"');
    }
    out.append('>');
    String content = "";
    if (p.part() == Piece.HEAD) {
      content = "";
    } else if (c.value() instanceof Value.Text t) {
      content = Html.text(t.text());
    } else if (c.value() instanceof Value.Money m) {
      content = money(m.amount(), m.decimals());
    }
    if (href != null && !content.isEmpty()) {
      out.append("<a href=\"").append(href).append("\">").append(content).append("</a>");
    } else {
      out.append(content);
    }
    out.append("</td>\n");
  }
}
