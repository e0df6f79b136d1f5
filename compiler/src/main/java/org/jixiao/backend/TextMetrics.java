package org.jixiao.backend;

/**
 * Estimates how text wraps in a cell drawn with 宋体, where every character is either half an em
 * (ASCII, Latin letters) or a full em (Chinese, full-width punctuation, most symbols). Widths are
 * counted in display columns: a half-width character is 1, a full-width one 2. The estimate errs
 * on the side of more lines, so a row is rather too tall than cut off.
 */
final class TextMetrics {
  private TextMetrics() {}

  /** Display columns of one code point: 0 (combining, invisible), 1 (half-width) or 2 (full-width). */
  static int width(int cp) {
    if (cp == '\t') {
      return 1;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || type == Character.CONTROL || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      return 0;
    }
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x2000) {
      // Latin, Greek and Cyrillic letters are half-width in 宋体; its GB2312 symbols are not.
      return "§¨°±·×÷".indexOf(cp) >= 0 ? 2 : 1;
    }
    if (cp >= 0xFF61 && cp <= 0xFFDC) {
      return 1; // half-width katakana and hangul
    }
    return 2;
  }

  /** Display columns of a whole string (no wrapping). */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Lines the text takes in a cell {@code capacity} display columns wide, wrapping as a
   * spreadsheet does: between full-width characters anywhere, between Latin words at spaces, and
   * inside a word only when the word alone is wider than the cell. Line breaks start new lines.
   */
  static int lines(String text, int capacity) {
    int cap = Math.max(1, capacity);
    int total = 0;
    for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      total += paragraphLines(paragraph, cap);
    }
    return Math.max(1, total);
  }

  private static int paragraphLines(String s, int cap) {
    int lines = 1;
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int w = width(cp);
      if (cp == ' ') {
        used = Math.min(cap, used + 1); // a space at the end of a line overflows into the margin
        i++;
      } else if (w == 1) {
        int j = i;
        int word = 0;
        while (j < s.length()) {
          int c = s.codePointAt(j);
          if (c == ' ' || width(c) != 1) {
            break;
          }
          word++;
          j += Character.charCount(c);
        }
        if (used + word <= cap) {
          used += word;
        } else if (word <= cap) {
          lines++;
          used = word;
        } else {
          if (used > 0) {
            lines++;
          }
          lines += (word - 1) / cap;
          used = word - (word - 1) / cap * cap;
        }
        i = j;
      } else {
        if (used + w > cap && used > 0) {
          lines++;
          used = 0;
        }
        used += w;
        i += Character.charCount(cp);
      }
    }
    return lines;
  }
}
