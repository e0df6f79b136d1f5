package org.jixiao.syntax;

import java.text.Normalizer;

/** The folding that makes text pasted from Word and Excel compare equal to what was typed. */
public final class Normalize {
  private Normalize() {}

  /**
   * NFKC (full-width letters, digits and punctuation become half-width) with all white space
   * removed, so that {@code 数量 指标} equals {@code 数量指标} and {@code （区）} equals {@code (区)}.
   */
  public static String key(String text) {
    if (unchangedByKey(text)) {
      return text;
    }
    String folded = foldedByTable(text);
    return folded != null ? folded : slowKey(text);
  }

  /** {@link #key} without its shortcuts, for {@code NormalizeProperties}. */
  static String slowKey(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * True when {@link #key} leaves the text as it is: visible ASCII and CJK unified ideographs
   * (U+4E00–U+9FFF) only, which NFKC neither decomposes nor composes and which hold no white
   * space. Most names are such; NFKC costs a table walk per character and, at start-up, loading
   * its tables.
   */
  private static boolean unchangedByKey(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 0x21 && c <= 0x7E) || (c >= 0x4E00 && c <= 0x9FFF))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #key} of text made only of the characters a typed or pasted narrative holds, folded
   * one character at a time; null when it holds any other. NFKC of a whole paragraph was a tenth
   * of a check (the identical-narratives rule folds every narrative), while on these characters
   * it is a fixed map: each is a starter that composes with none of the others, and its folding
   * is itself, its ASCII form (full-width ＡＢ，；（）), or nothing (white space).
   * {@code NormalizeProperties} holds it against NFKC for every character the table names.
   */
  private static String foldedByTable(String text) {
    // Into an array, not a StringBuilder: a paragraph is thousands of characters, and a builder's
    // append checks its room and its coder on each (most of this method's time in a check).
    char[] out = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0x21 && c <= 0x7E) || (c >= 0x4E00 && c <= 0x9FFF) || keptCjkPunctuation(c)) {
        out[n++] = c;
      } else if (c >= 0xFF01 && c <= 0xFF5E) {
        out[n++] = (char) (c - 0xFEE0);
      } else if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00A0')) {
        return null;
      }
    }
    return new String(out, 0, n);
  }

  /** 、。〈〉《》「」『』【】〔〕 ‘’ “” — ·: punctuation NFKC keeps as it is. */
  static boolean keptCjkPunctuation(char c) {
    return c == 0x3001 || c == 0x3002 || (c >= 0x3008 && c <= 0x3011) || c == 0x3014 || c == 0x3015
        || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2014 || c == 0x00B7;
  }

  /**
   * Full-width ASCII forms (Ａ, ／, ％, ５) folded to ASCII and white space removed, nothing else: a
   * unit keeps its own symbols (㎡ stays ㎡), as the form should print it.
   */
  public static String compact(String text) {
    // Most units (元, 人/年, 万元) have nothing to fold or remove: the text itself, not a copy.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // No white space is outside the BMP, so a surrogate is kept as it is, as by the slow path.
      if ((c >= 0xFF01 && c <= 0xFF5E) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return slowCompact(text);
      }
    }
    return text;
  }

  /** {@link #compact} without its shortcut, for {@code NormalizeProperties}. */
  static String slowCompact(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        b.appendCodePoint(cp - 0xFEE0);
      } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  /** Digits and decimal point folded to ASCII, grouping separators removed: {@code ５８,３７２} → {@code 58372}. */
  public static String digits(String number) {
    // A number written in ASCII digits without grouping (most of a form's) is its own folding.
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if ((c >= '\uFF10' && c <= '\uFF19') || c == '．' || c == ',' || c == '，' || c == '_') {
        return slowDigits(number);
      }
    }
    return number;
  }

  /** {@link #digits} without its shortcut, for {@code NormalizeProperties}. */
  static String slowDigits(String number) {
    StringBuilder b = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '\uFF10' && c <= '\uFF19') {
        b.append((char) ('0' + (c - '\uFF10')));
      } else if (c == '．') {
        b.append('.');
      } else if (c != ',' && c != '，' && c != '_') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Thousands separators in a plain decimal: 58372000.5 → 58,372,000.5. */
  public static String grouped(String plain) {
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String integer = point >= 0 ? digits.substring(0, point) : digits;
    String fraction = point >= 0 ? digits.substring(point) : "";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(integer.charAt(i));
    }
    return (negative ? "-" : "") + b + fraction;
  }
}
