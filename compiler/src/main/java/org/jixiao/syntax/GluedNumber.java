package org.jixiao.syntax;

import java.math.BigDecimal;

/** A word that starts with digits, split into its number and the rest. */
record GluedNumber(String number, BigDecimal value, String unit) {
  static GluedNumber split(String word) {
    int i = 0;
    while (i < word.length() && isDigit(word.charAt(i))) {
      i++;
    }
    if (i == 0 || i == word.length()) {
      return null;
    }
    String number = word.substring(0, i);
    return new GluedNumber(number, new BigDecimal(Normalize.digits(number)), word.substring(i));
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }
}
