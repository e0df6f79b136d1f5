package org.jixiao.semantics.check;

import java.util.regex.Pattern;

/**
 * The character-level tests of {@link TextChecker}, written so that the common text (no markup,
 * no list numbers) costs one pass over its characters. Each regex they stand for is kept here as
 * the definition, and {@code TextScanProperties} holds that the scan gives what the regex gives:
 * running those regexes on every text, the tag pattern up to four times, was a sixth of a check.
 */
final class TextScan {
  /** Markup pasted from a web page or Word: an opening or closing tag. */
  static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>");
  /** 一）二） and 1) 2): list numbers, whose closing brackets have no opening one by design. */
  static final Pattern LIST_NUMBER = Pattern.compile("(?<![（(])(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]");
  private static final String LEADING_PUNCTUATION = "、，。；：,.;:）)】》";
  private static final String CJK_NUMERALS = "一二三四五六七八九十";

  private TextScan() {}

  /** The text without its tags; itself, unscanned by the regex, when it has no {@code <}. */
  static String withoutTags(String text) {
    return text.indexOf('<') < 0 ? text : TAG.matcher(text).replaceAll("");
  }

  /** Whether the text starts with punctuation that belongs to a previous sentence (^[、，。；：,.;:）)】》]). */
  static boolean startsWithPunctuation(String text) {
    return !text.isEmpty() && LEADING_PUNCTUATION.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * How often {@code bracket} occurs in the text once its list numbers are removed, as if counted
   * in {@code LIST_NUMBER.matcher(text).replaceAll("")}. Only a closing round bracket can end a list
   * number; removing one takes numerals and that bracket alone, so every other count is the text's.
   */
  static int countOutsideListNumbers(String text, char bracket) {
    int n = 0;
    for (int i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) {
      if (!((bracket == ')' || bracket == '）') && endsListNumber(text, i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the closing bracket at {@code close} ends a match of {@link #LIST_NUMBER}. The numerals
   * before it are a run of one kind (Chinese or ASCII); the regex takes a suffix of that run of up
   * to three (two) characters not preceded by an opening bracket. A suffix shorter than the run is
   * preceded by a numeral, so there is a match unless the run is one character long and an
   * opening bracket stands before it, as in {@code (1)} or {@code （一）}. Matches never overlap,
   * since each ends at its own bracket and the numerals before it are no bracket.
   */
  private static boolean endsListNumber(String text, int close) {
    if (close == 0) {
      return false;
    }
    char last = text.charAt(close - 1);
    boolean chinese = CJK_NUMERALS.indexOf(last) >= 0;
    boolean ascii = last >= '0' && last <= '9';
    if (!chinese && !ascii) {
      return false;
    }
    int start = close - 1;
    while (start > 0 && close - start < 2 && sameKind(text.charAt(start - 1), chinese)) {
      start--;
    }
    if (close - start >= 2) {
      return true;
    }
    return start == 0 || (text.charAt(start - 1) != '(' && text.charAt(start - 1) != '（');
  }

  private static boolean sameKind(char c, boolean chinese) {
    return chinese ? CJK_NUMERALS.indexOf(c) >= 0 : c >= '0' && c <= '9';
  }
}
