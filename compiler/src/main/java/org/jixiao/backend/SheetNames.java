package org.jixiao.backend;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, unique within one workbook: at most 31 UTF-16 code units (Excel
 * counts those, so an emoji takes two), none of {@code : \ / ? * [ ]} or control characters, no
 * apostrophe at either end, not "History" (reserved by Excel), and different from every earlier
 * name ignoring case, as Excel compares them. A clash gets a suffix "(2)", "(3)"….
 */
final class SheetNames {
  static final int MAX = 31;

  private final Set<String> taken = new HashSet<>();

  String unique(String wanted) {
    String base = clean(wanted);
    String name = base;
    for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("History"); i++) {
      String suffix = "(" + i + ")";
      name = cut(base, MAX - suffix.length()) + suffix;
    }
    return name;
  }

  static String clean(String wanted) {
    StringBuilder b = new StringBuilder();
    wanted.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7F || ":\\/?*[]".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT
          || !XlsxBackend.xmlChar(cp)) {
        b.append('_');
      } else {
        b.appendCodePoint(cp);
      }
    });
    String s = b.toString().strip();
    while (s.startsWith("'")) {
      s = s.substring(1);
    }
    s = cut(s, MAX);
    while (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isBlank() ? "Sheet" : s;
  }

  /** The first {@code max} UTF-16 code units, never ending inside a surrogate pair. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }
}
