package org.jixiao.format;

import java.util.List;
import org.jixiao.syntax.Comparator;

/** The canonical spelling of the small things: names, strings, numbers, comparators. */
final class Syntax {
  private Syntax() {}

  /** A name bare when the lexer reads it as one name, quoted otherwise. */
  static String name(String text) {
    return org.jixiao.syntax.LexedAs.oneName(text) && !org.jixiao.syntax.LexedAs.startsWithComparatorWord(text) ? text : quote(text);
  }

  /** True for a word the lexer reads as a keyword: a unit of that name can only be written glued to its number. */
  static boolean isKeyword(String word) {
    return org.jixiao.syntax.LexedAs.oneKeyword(word);
  }

  static String quote(String text) {
    return org.jixiao.syntax.Quoting.quote(text);
  }

  /** The quoted strings of a text exactly as they were split in the source, for one per line. */
  static List<int[]> stringTokens(String source, int start, int end) {
    return org.jixiao.syntax.LexedAs.strings(source, start, end);
  }

  static String comparator(Comparator c) {
    return org.jixiao.syntax.CanonicalText.comparator(c);
  }

  /** A target's number: ASCII digits, no grouping, as the form prints it (407097). */
  static String plainNumber(String written) {
    return org.jixiao.syntax.CanonicalText.number(written);
  }

  /** An amount: ASCII digits grouped by thousands (58,372,000), decimals kept as written. */
  static String groupedNumber(String written) {
    return org.jixiao.syntax.CanonicalText.groupedNumber(written);
  }
}
