package org.jixiao.backend;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a cell must hold it. Office reads {@code _xHHHH_} in cell text as an escaped character,
 * and POI writes text as given, so a literal {@code _x0041_} would come back as "A": its
 * underscore is escaped as {@code _x005F_}. Characters XML cannot carry or would change (controls other
 * than tab and line feed) are escaped the same way; a lone surrogate becomes U+FFFD. Excel holds at most
 * 32,767 characters in a cell: longer text is cut and ends with an ellipsis.
 */
final class XlsxText {
  /** Excel's largest text in one cell, in UTF-16 code units. */
  static final int MAX_CELL_TEXT = 32_767;

  private static final Pattern ESCAPE_LIKE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

  private XlsxText() {}

  /** The text cut to what Excel shows (never inside a surrogate pair), before escaping. */
  static String fitted(String text) {
    return fitted(text, MAX_CELL_TEXT);
  }

  private static String fitted(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Math.max(0, max - 1);
    if (end > 0 && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** What to give POI for {@code text}: cut to the limit, then escaped; at most 32,767 characters. */
  static String cell(String text) {
    String escaped = escape(fitted(text));
    if (escaped.length() <= MAX_CELL_TEXT) {
      return escaped;
    }
    // Escapes lengthen the text: keep the longest start whose escaped form still fits.
    int low = 0;
    int high = MAX_CELL_TEXT;
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (escape(fitted(text, mid)).length() <= MAX_CELL_TEXT) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return escape(fitted(text, low));
  }

  static String escape(String text) {
    String s = ESCAPE_LIKE.matcher(text).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = null;
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) {
        replacement = String.format(java.util.Locale.ROOT, "_x%04X_", (int) c);
      } else if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        replacement = "\uFFFD";
      } else if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        replacement = "\uFFFD";
      }
      if (replacement != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (replacement != null) {
          b.append(replacement);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
