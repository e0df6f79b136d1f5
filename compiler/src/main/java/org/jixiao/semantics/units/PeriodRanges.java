package org.jixiao.semantics.units;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * The arithmetic of a 项目期 written as a range ({@code period 2023-07 至 2024-01}): both ends are
 * inclusive, a month end means the whole month, and the length is exact (months / 12, or days /
 * 365 when days are written), so that cost-per-year checks treat a range as they treat 项目期 N 年.
 */
public final class PeriodRanges {
  private PeriodRanges() {}

  /** The first day the range covers. */
  public static LocalDate first(ProjectItem.PeriodRange r) {
    LocalDate d = r.from().date();
    return switch (r.from().precision()) {
      case YEAR -> d.withDayOfYear(1);
      case MONTH -> d.withDayOfMonth(1);
      case DAY -> d;
    };
  }

  /** The last day the range covers: the end of the month (or year) when only that was written. */
  public static LocalDate last(ProjectItem.PeriodRange r) {
    LocalDate d = r.to().date();
    return switch (r.to().precision()) {
      case YEAR -> d.withDayOfYear(d.lengthOfYear());
      case MONTH -> d.withDayOfMonth(d.lengthOfMonth());
      case DAY -> d;
    };
  }

  /** The length in years; null when the range ends before it starts. */
  public static Rational years(ProjectItem.PeriodRange r) {
    LocalDate first = first(r);
    LocalDate last = last(r);
    if (last.isBefore(first)) {
      return null;
    }
    boolean months = r.from().precision() != Target.DatePrecision.DAY
        && r.to().precision() != Target.DatePrecision.DAY;
    if (months) {
      long count = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) + 1;
      return Rational.of(count, 12);
    }
    return Rational.of(ChronoUnit.DAYS.between(first, last) + 1, 365);
  }
}
