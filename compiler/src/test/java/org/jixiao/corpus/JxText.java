package org.jixiao.corpus;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;

/** How generated values are spelled in {@code .jx} source: names, strings, amounts, long text. */
final class JxText {
  /** What the lexer's NAME token accepts (digits first allowed, as in 2024年月票卡亏损额). */
  private static final Pattern BARE_NAME =
      Pattern.compile("[0-9]*[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}_0-9]*");

  private JxText() {}

  /** A name as the grammar's {@code name} rule takes it: bare when it lexes as NAME, else quoted. */
  static String name(String text) {
    return BARE_NAME.matcher(text).matches() && !isComparatorWord(text) ? text : quote(text);
  }

  /**
   * Comparator words such as 低于 are their own tokens; a name spelled exactly like one would lex
   * as the comparator (same length, earlier rule), so it must be quoted.
   */
  private static boolean isComparatorWord(String text) {
    return switch (text) {
      case "大于等于", "不低于", "不少于", "小于等于", "不高于", "不超过", "不多于", "大于", "高于", "小于", "低于", "等于" -> true;
      default -> false;
    };
  }

  /**
   * Where a line starting at {@code at} ends: after the last Chinese punctuation mark before
   * {@code limit}, as people break lines, or at {@code limit} when the stretch has none.
   */
  private static int breakAt(String text, int at, int limit) {
    if (limit >= text.length()) {
      return text.length();
    }
    for (int i = limit - 1; i > at + 15; i--) {
      if ("，。；、：）》".indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return limit;
  }

  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** 58372000 → 58,372,000: how the seed writes 元 amounts. */
  static String grouped(long yuan) {
    return String.format(java.util.Locale.ROOT, "%,d", yuan);
  }

  /** 58372000 元 → 5837.2 (万元), exact, without trailing zeros: how narratives quote amounts. */
  static String wan(long yuan) {
    BigDecimal w = BigDecimal.valueOf(yuan).movePointLeft(4).stripTrailingZeros();
    return w.scale() < 0 ? w.setScale(0).toPlainString() : w.toPlainString();
  }

  /** Width on a terminal: CJK characters take two columns. Used only to align the funds table. */
  static int width(String text) {
    return text.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
  }

  static String pad(String text, int width) {
    StringBuilder b = new StringBuilder(text);
    for (int w = width(text); w < width; w++) {
      b.append(' ');
    }
    return b.toString();
  }

  /**
   * Writes {@code keyword "text"} where a long text continues as adjacent strings on following
   * lines, aligned under the first quote, as a person would type a long cell. Lines break after
   * punctuation and hold at most 30 to 60 characters (drawn from {@code rnd}), so that line
   * lengths vary as in real files.
   */
  static void longText(StringBuilder out, String indent, String head, String text, Random rnd) {
    out.append(indent).append(head).append(' ');
    String continuation = indent + " ".repeat(head.length() + 1);
    int at = 0;
    boolean first = true;
    while (at < text.length()) {
      int end = breakAt(text, at, at + 30 + rnd.nextInt(31));
      if (!first) {
        out.append(continuation);
      }
      out.append(quote(text.substring(at, end))).append('\n');
      at = end;
      first = false;
    }
    if (first) {
      out.append("\"\"\n");
    }
  }
}
