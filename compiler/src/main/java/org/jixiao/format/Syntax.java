package org.jixiao.format;

import java.util.List;
import java.util.Set;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.Normalize;

/** The canonical spelling of the small things: names, strings, numbers, comparators. */
final class Syntax {
  private static final Set<String> KEYWORDS = Set.of(
      "budget", "project", "title", "profile", "ceiling", "department", "implementer", "attribute", "period",
      "funds", "costs", "years", "overview", "basis", "necessity", "measures", "plan", "goal", "indicator", "term", "annual",
      "leader", "handler", "phone", "filed", "allow", "check", "dimension", "unit", "counter", "prefix",
      "framework", "level", "category", "short", "alias", "source", "grades", "placeholders", "rule", "extends", "money", "decimals", "column", "field", "required",
      "optional", "absent", "coded", "values", "role", "requires", "limit", "layout", "weight", "direction",
      "kind", "standard", "explain", "scoring", "note", "label", "words", "fixed", "for", "open", "至",
      "大于等于", "不低于", "不少于", "小于等于", "不高于", "不超过", "不多于", "大于", "高于", "小于", "低于", "等于");

  private Syntax() {}

  /** A name bare when the lexer reads it as one name, quoted otherwise. */
  static String name(String text) {
    return org.jixiao.syntax.LexedAs.oneName(text) && !startsWithComparatorWord(text) ? text : quote(text);
  }

  /** True for a word the lexer reads as a keyword: a unit of that name can only be written glued to its number. */
  static boolean isKeyword(String word) {
    return org.jixiao.syntax.LexedAs.oneKeyword(word);
  }

  private static boolean startsWithComparatorWord(String text) {
    for (String k : KEYWORDS) {
      if (!k.chars().allMatch(c -> c < 128) && text.startsWith(k)) {
        return true;
      }
    }
    return false;
  }

  static String quote(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** The quoted strings of a text exactly as they were split in the source, for one per line. */
  static List<int[]> stringTokens(String source, int start, int end) {
    return org.jixiao.syntax.LexedAs.strings(source, start, end);
  }

  static String comparator(Comparator c) {
    return switch (c) {
      case GE -> ">=";
      case LE -> "<=";
      case GT -> ">";
      case LT -> "<";
      case EQ -> "=";
    };
  }

  /** A target's number: ASCII digits, no grouping, as the form prints it (407097). */
  static String plainNumber(String written) {
    return Normalize.digits(written);
  }

  /** An amount: ASCII digits grouped by thousands (58,372,000), decimals kept as written. */
  static String groupedNumber(String written) {
    return Normalize.grouped(Normalize.digits(written));
  }
}
