package org.jixiao.backend;

import java.math.BigDecimal;

/**
 * One self-contained HTML page around a table: inline CSS only, no script, nothing loaded from
 * elsewhere (a Content-Security-Policy says so to the browser as well), and print settings for
 * A4. The same input always gives the same text, with {@code \n} line ends.
 */
final class HtmlPage {
  /** Page margins in millimetres: top and bottom, left and right. */
  static final int MARGIN_Y_MM = 12;
  static final int MARGIN_X_MM = 10;

  /** A4 in millimetres. */
  private static final int A4_SHORT_MM = 210;
  private static final int A4_LONG_MM = 297;

  /**
   * The font stack names faces, not text for a reader (so it stays here, untranslated): Windows'
   * 宋体 and SimSun first, then macOS's Songti SC, then the free faces of the same style that Linux
   * has (Noto Serif CJK SC, Debian's fonts-noto-cjk; Source Han Serif SC, its Adobe name), so that a
   * browser never falls to a Japanese or sans face while a Chinese serif one is installed.
   */
  private static final String STYLE = """
      html { color: #000; background: #fff; }
      body { margin: 2em 1em; font-family: "宋体", SimSun, "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 10.5pt; line-height: 1.4; }
      table { border-collapse: collapse; table-layout: fixed; margin: 0 auto; }
      td { border: 0.75pt solid #000; padding: 0.3em 0.3em; vertical-align: middle; text-align: left; overflow-wrap: anywhere; }
      .title { border: none; padding: 0 0 0.3em; font-size: 1.6em; font-weight: bold; text-align: center; }
      .subtitle { border: none; padding: 0 0 0.6em; text-align: center; }
      table + table { margin-top: -0.75pt; }
      .label, .header, .section-head, .total-label { font-weight: bold; text-align: center; }
      .open-below { border-bottom-color: transparent; }
      .open-above { border-top-color: transparent; }
      .paragraph { vertical-align: top; }
      .money, .total-money { text-align: right; white-space: nowrap; }
      .total-money { font-weight: bold; }
      .category, .target { text-align: center; }
      .footer { border: none; padding-top: 0.6em; }
      .spill { white-space: nowrap; overflow: visible; }
      .nav { margin: 0 auto 1em; text-align: center; }
      a { color: inherit; }
      @media print {
        body { margin: 0; line-height: 1.25; }
        td { padding: 0.2em 0.3em; }
        .nav { display: none; }
        a { text-decoration: none; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        tr.spans { break-inside: auto; page-break-inside: auto; }
      }
      """;

  private HtmlPage() {}

  /**
   * A whole page: {@code title} (user text, escaped here) in the head, then {@code before} and
   * the table (both markup already escaped) in the body.
   */
  static String of(String title, Grid grid, String tableClass, boolean landscape, String before,
      java.util.function.Function<Grid.Cell, String> link) {
    int printableMm = (landscape ? A4_LONG_MM : A4_SHORT_MM) - 2 * MARGIN_X_MM;
    BigDecimal printFont = HtmlTable.printFontPt(grid, HtmlTable.unit(grid), printableMm);
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n")
        .append("<html lang=\"zh-CN\">\n")
        .append("<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"jixiao\">\n")
        .append("<title>").append(Html.attribute(title)).append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append("@page { size: A4 ").append(landscape ? "landscape" : "portrait").append("; margin: ")
        .append(MARGIN_Y_MM).append("mm ").append(MARGIN_X_MM).append("mm; }\n")
        .append("@media print { table.").append(tableClass).append(" { font-size: ")
        .append(printFont.toPlainString()).append("pt; } }\n")
        .append("</style>\n")
        .append("</head>\n")
        .append("<body>\n")
        .append(before)
        .append(HtmlTable.of(grid, tableClass, link))
        .append("</body>\n")
        .append("</html>\n");
    return out.toString();
  }
}
