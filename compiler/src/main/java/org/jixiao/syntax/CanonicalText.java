package org.jixiao.syntax;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A value of the tree spelt the one way {@code jixiao fmt} prints it: digits in ASCII without
 * grouping (amounts grouped by thousands), a unit after a space, dates as 2026-12-31, 2026-12 or
 * 2026年, comparators as {@code >=}. The formatter prints with it, and a diagnostic that shows a
 * value the office wrote shows it so too: a message then reads the same before and after fmt.
 */
public final class CanonicalText {
  private static final DateTimeFormatter FILED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private CanonicalText() {}

  /** A target's number: ASCII digits, no grouping, as the form prints it (407097). */
  public static String number(String written) {
    return Normalize.digits(written);
  }

  /** An amount's number: ASCII digits grouped by thousands (58,372,000), decimals kept as written. */
  public static String groupedNumber(String written) {
    return Normalize.grouped(Normalize.digits(written));
  }

  public static String comparator(Comparator c) {
    return switch (c) {
      case GE -> ">=";
      case LE -> "<=";
      case GT -> ">";
      case LT -> "<";
      case EQ -> "=";
    };
  }

  /** {@code 500 人/年}, {@code 95%}; glued ({@code 200750rule/年}) when the unit begins with a keyword. */
  public static String quantity(Target.Quantity q) {
    String number = number(q.numberText());
    if (q.unit() == null) {
      return number;
    }
    return "%".equals(q.unit().spelling()) || gluedOnly(q.unit()) ? number + q.unit().spelling() : number + " " + q.unit().spelling();
  }

  /** {@code 58,372,000}, {@code 5837.2 万元}; a blank cell is {@code -}. */
  public static String amount(Amount a) {
    if (a instanceof Amount.Money m) {
      if (m.unit() != null && gluedOnly(m.unit())) {
        return number(m.numberText()) + m.unit().spelling();
      }
      return groupedNumber(m.numberText()) + (m.unit() == null ? "" : " " + m.unit().spelling());
    }
    return "-";
  }

  public static String date(LocalDate date, Target.DatePrecision precision) {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> date.getYear() + "年";
    };
  }

  /** A 填报日期 as 2025-12-22 18:10:34; digits only when it is not a date and time. */
  public static String filed(String raw, LocalDateTime value) {
    return value == null ? Normalize.digits(raw) : value.format(FILED);
  }

  /** A target for a message: {@code >= 500 人/年}, {@code <= 2026-12}, {@code 有效保障} (a qualitative text as it reads). */
  public static String target(Target t) {
    String cmp = t.explicitComparator() ? comparator(t.comparator()) + " " : "";
    if (t instanceof Target.Quantity q) {
      return cmp + quantity(q);
    } else if (t instanceof Target.Deadline d) {
      return cmp + date(d.date(), d.precision());
    }
    return cmp + ((Target.Qualitative) t).text();
  }

  /**
   * A unit whose first part is a keyword (a folder's {@code unit rule = 1 吨}): written apart from
   * its number, {@code rule} would be read as the keyword, so it stays glued, digits only
   * (200750rule/年), as the lexer reads a glued number.
   */
  private static boolean gluedOnly(UnitExpr unit) {
    return !unit.factors().isEmpty() && LexedAs.oneKeyword(unit.factors().get(0).name());
  }
}
