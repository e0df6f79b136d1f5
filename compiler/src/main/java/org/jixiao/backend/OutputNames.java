package org.jixiao.backend;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File and folder names a build writes, safe and unique on Windows, macOS and Linux, derived from
 * a budget folder's or a project file's name by a fixed mapping (documented in docs/language.md,
 * 第 9 章): the name in Unicode NFC; each control or format character and each of {@code < > : " /
 * \ | ? * % #} becomes {@code _}; spaces and dots at either end are dropped (Windows drops them
 * silently); a Windows device name ({@code CON}, {@code NUL}, {@code COM1} …, with any extension,
 * any case) gets a leading {@code _}; at most 80 characters; an empty result is {@code _}. Two
 * names that would be one file where names are compared ignoring case or full- and half-width
 * (Windows, macOS) get suffixes {@code -2}, {@code -3} … in build order. The project's real name
 * is inside each file, whatever its file is called.
 */
public final class OutputNames {
  private static final int MAX = 80;
  private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  /** Folded names already given out: what Windows and macOS would see as the same file. */
  private final Set<String> taken = new HashSet<>();

  /** A safe name for {@code wanted}, different from every name this instance gave before. */
  public String unique(String wanted) {
    String base = safe(wanted);
    String name = base;
    for (int i = 2; !taken.add(fold(name)); i++) {
      String suffix = "-" + i;
      name = cut(base, MAX - suffix.length()) + suffix;
    }
    return name;
  }

  static String safe(String wanted) {
    String nfc = Normalizer.normalize(wanted, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder();
    nfc.codePoints().forEach(cp -> {
      boolean bad = cp < 0x20 || cp == 0x7F || "<>:\"/\\|?*%#".indexOf(cp) >= 0
          || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL;
      b.appendCodePoint(bad ? '_' : cp);
    });
    String s = b.toString().replaceAll("^[\\s.]+|[\\s.]+$", "");
    int dot = s.indexOf('.');
    String stem = (dot < 0 ? s : s.substring(0, dot)).toUpperCase(Locale.ROOT);
    if (DEVICES.contains(stem)) {
      s = "_" + s;
    }
    s = cut(s, MAX);
    return s.isEmpty() ? "_" : s;
  }

  /** The key under which case- and width-insensitive file systems compare names. */
  private static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** At most {@code max} code points, never cutting a surrogate pair. */
  private static String cut(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
  }
}
