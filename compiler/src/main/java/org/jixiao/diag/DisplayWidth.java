package org.jixiao.diag;

/**
 * Terminal display width of text: 2 columns for East Asian wide and full-width characters, 1 for
 * the rest. Carets under Chinese text line up only when placed by this width.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  public static int of(int cp) {
    if (cp == '\t') {
      return 4;
    }
    if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200B || cp == 0xFEFF) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
