package org.jixiao.backend;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.backend.Grid.Role;

/**
 * The cell styles of a workbook, one per role (and per quote prefix), created on first use so the
 * workbook holds only what it needs, in a fixed order. All text is 宋体, which is named and never
 * bundled: the reader's Office supplies it.
 */
final class XlsxStyles {
  /**
   * The face's name as Office looks it up (Windows' 宋体, SimSun), not text for a reader: it stays
   * here, untranslated. A reader on Linux gets Noto Serif CJK SC for it from the fontconfig aliases
   * in docs/fonts/jixiao-fonts.conf.
   */
  static final String FONT = "宋体";
  /** Body text: 五号, as on the printed form. */
  static final double BODY_POINTS = 10.5;
  static final double TITLE_POINTS = 18;
  static final double SUBTITLE_POINTS = 12;
  /** An amount with thousands separators and the form's decimals: #,##0 for 元 as integers. */
  static String moneyFormat(int decimals) {
    return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
  }
  /** GB2312, so that Office picks the Chinese face for 宋体. */
  private static final int CHARSET_GB2312 = 134;

  private final XSSFWorkbook workbook;
  private final Map<String, XSSFFont> fonts = new HashMap<>();
  private final Map<String, XSSFCellStyle> styles = new HashMap<>();

  XlsxStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    // The default font sets the unit of column widths (the width of "0"), so make it 宋体 too:
    // then two units are exactly one Chinese character.
    XSSFFont normal = workbook.getFontAt(0);
    shape(normal, BODY_POINTS, false);
  }

  static double points(Role role) {
    return switch (role) {
      case TITLE -> TITLE_POINTS;
      case SUBTITLE -> SUBTITLE_POINTS;
      default -> BODY_POINTS;
    };
  }

  static boolean bold(Role role) {
    return switch (role) {
      case TITLE, LABEL, HEADER, SECTION_HEAD, TOTAL_LABEL, TOTAL_MONEY -> true;
      default -> false;
    };
  }

  static boolean bordered(Role role) {
    return switch (role) {
      case TITLE, SUBTITLE, FOOTER -> false;
      default -> true;
    };
  }

  /**
   * The style of a cell of {@code role}; {@code decimals} ≥ 0 for an amount adds its number format
   * (an empty money cell gets two decimals).
   */
  CellStyle style(Role role, int decimals, boolean quoted) {
    boolean format = decimals >= 0 || role == Role.MONEY || role == Role.TOTAL_MONEY;
    int places = decimals >= 0 ? decimals : 2;
    VerticalAlignment vertical = vertical(role);
    // Roles that look the same share one style.
    String key = points(role) + "/" + bold(role) + "/" + horizontal(role) + "/" + vertical + "/" + bordered(role)
        + "/" + (format ? places : -1) + "/" + quoted;
    XSSFCellStyle style = styles.get(key);
    if (style == null) {
      style = workbook.createCellStyle();
      style.setFont(font(points(role), bold(role)));
      style.setAlignment(horizontal(role));
      style.setVerticalAlignment(vertical);
      style.setWrapText(true);
      if (bordered(role)) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
      }
      if (format) {
        style.setDataFormat(workbook.createDataFormat().getFormat(moneyFormat(places)));
      }
      style.setQuotePrefixed(quoted);
      styles.put(key, style);
    }
    return style;
  }

  static VerticalAlignment vertical(Role role) {
    return role == Role.PARAGRAPH ? VerticalAlignment.TOP : VerticalAlignment.CENTER;
  }

  static HorizontalAlignment horizontal(Role role) {
    return switch (role) {
      case VALUE, PARAGRAPH, FOOTER -> HorizontalAlignment.LEFT;
      case MONEY, TOTAL_MONEY -> HorizontalAlignment.RIGHT;
      default -> HorizontalAlignment.CENTER;
    };
  }

  private XSSFFont font(double points, boolean bold) {
    String key = points + (bold ? "b" : "");
    XSSFFont font = fonts.get(key);
    if (font == null) {
      font = workbook.createFont();
      shape(font, points, bold);
      fonts.put(key, font);
    }
    return font;
  }

  private static void shape(XSSFFont font, double points, boolean bold) {
    font.setFontName(FONT);
    font.setFontHeight(points);
    font.setBold(bold);
    font.setCharSet(CHARSET_GB2312);
    // 宋体 is a serif face: a reader without it substitutes a serif (POI's default font says
    // sans-serif, from Calibri).
    font.setFamily(FontFamily.ROMAN);
    // Without this, Office replaces the font by the theme's (Calibri) and ignores the name.
    font.setScheme(FontScheme.NONE);
  }
}
