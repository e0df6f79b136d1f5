package org.jixiao.syntax;

import java.math.BigDecimal;

/** A word that starts with digits, split into its number and the rest. */
record GluedNumber(String number, BigDecimal value, String unit) {
  /**
   * The most digits a number may have. No amount or target needs more (10^24 元 is beyond any
   * budget, 12 decimals beyond any rate), and a longer one would cost seconds to read exactly:
   * a million digits take twelve.
   */
  static final int MAX_DIGITS = 36;

  /** How many digits the text holds (any width), for refusing a number before reading it. */
  static int digitCount(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += isDigit(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** The digits the word starts with, or null when it has none, none after them, or too many. */
  static GluedNumber split(String word) {
    int i = 0;
    while (i < word.length() && isDigit(word.charAt(i))) {
      i++;
    }
    if (i == 0 || i == word.length()) {
      return null;
    }
    String number = word.substring(0, i);
    if (i > MAX_DIGITS) {
      return null; // reported as too long where the word is read (LiteralBuilder, TargetBuilder)
    }
    return new GluedNumber(number, new BigDecimal(Normalize.digits(number)), word.substring(i));
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }
}
