package org.jixiao.semantics.check;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.Roles;
import org.jixiao.semantics.units.Measure;
import org.jixiao.semantics.units.PeriodRanges;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Target;

/**
 * Dates and years against the budget year Y (Y1, Y2, V7): 填报日期 is a real date and time, not
 * after Y and not stale; deadlines fall within the project's years; a year before Y in the
 * project name, an indicator or the plan is probably left over from an earlier form. 立项依据 and
 * the other narratives may cite history and are not checked.
 */
public final class DateChecker {
  /**
   * A year written as 2024年, or a range 2024-2025年 / 2024—2027年 (group 2 is its end); not part
   * of a longer number. A range is stale only when it ends before the budget year.
   */
  static final Pattern YEAR = // package-private for DateCheckerProperties
      Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?:[-—－–~～至]((?:19|20)[0-9]{2}))?(?=年|-|—|－|–)");

  private final BudgetContext ctx;

  public DateChecker(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public void run() {
    if (ctx.budget() == null || ctx.budget().year() < 1990 || ctx.budget().year() > 2200) {
      return; // no budget year to judge by (an implausible one is reported)
    }
    int year = ctx.budget().year();
    for (ProjectFile pf : ctx.ruledProjects()) {
      Decl.Project project = pf.project();
      staleYear(pf.file(), project.name().span(), year);
      for (ProjectItem item : ctx.lines(pf).items()) {
        if (item instanceof ProjectItem.Filed f) {
          filed(pf.file(), f, year);
        } else if (item instanceof ProjectItem.Indicator i) {
          staleYear(pf.file(), i.name().span(), year);
          if (i.target() instanceof Target.Qualitative q) {
            staleYear(pf.file(), q.span(), year);
          } else if (i.target() instanceof Target.Deadline d) {
            deadline(pf, d, year);
          } else if (i.target() instanceof Target.Quantity q) {
            duration(pf, i, q);
          }
        } else if (item instanceof ProjectItem.Narrative n && n.kind() == ProjectItem.NarrativeKind.PLAN) {
          staleYearInText(pf.file(), n.text().span(), year);
        }
      }
    }
  }

  private void filed(SourceFile file, ProjectItem.Filed f, int year) {
    int at = file.text().indexOf(f.raw(), f.span().start());
    Span span = at < 0 ? f.span() : new Span(at, at + f.raw().length());
    if (f.value() == null) {
      String digits = f.raw().replaceAll("[^0-9０-９]", "");
      ctx.report(Diagnostic.of(DiagnosticCode.FILING_DATE_INVALID, file, span, org.jixiao.syntax.CanonicalText.filed(f.raw(), null), String.valueOf(digits.length())));
      return;
    }
    LocalDateTime value = f.value();
    if (value.isAfter(LocalDate.of(year, 12, 31).atTime(23, 59, 59))) {
      ctx.report(Diagnostic.of(DiagnosticCode.FILING_DATE_AFTER_BUDGET_YEAR, file, span, org.jixiao.syntax.CanonicalText.filed(f.raw(), f.value()), String.valueOf(year)));
    } else if (value.toLocalDate().isBefore(LocalDate.of(year - 1, 1, 1))) {
      ctx.report(Diagnostic.of(DiagnosticCode.FILING_DATE_STALE, file, span, org.jixiao.syntax.CanonicalText.filed(f.raw(), f.value()), String.valueOf(year)));
    }
  }

  private void deadline(ProjectFile pf, Target.Deadline d, int year) {
    ProjectItem.PeriodRange range = ctx.lines(pf).first(ProjectItem.PeriodRange.class);
    if (range != null) {
      // A range says exactly when the project runs: a deadline must fall inside it.
      LocalDate first = PeriodRanges.first(range);
      LocalDate last = PeriodRanges.last(range);
      if (!last.isBefore(first) && (d.date().isBefore(first) || d.date().isAfter(last))) {
        ctx.report(Diagnostic.of(DiagnosticCode.DEADLINE_OUTSIDE_PERIOD, pf.file(), d.span(), org.jixiao.syntax.CanonicalText.target(d),
            String.valueOf(first.getYear()), String.valueOf(last.getYear())));
      }
      return;
    }
    Rational years = ctx.periodYears(pf.project());
    LocalDate start = LocalDate.of(year, 1, 1);
    String written = org.jixiao.syntax.CanonicalText.target(d);
    if (d.date().isBefore(start)) {
      ctx.report(Diagnostic.of(DiagnosticCode.DEADLINE_OUTSIDE_PERIOD, pf.file(), d.span(), written, String.valueOf(year), String.valueOf(year)));
    } else if (years != null && !ctx.isOpenEnded(pf.project())) {
      int lastYear = year + years.numerator().divide(years.denominator()).intValue() - 1;
      if (d.date().getYear() > Math.max(year, lastYear)) {
        ctx.report(Diagnostic.of(DiagnosticCode.DEADLINE_OUTSIDE_PERIOD, pf.file(), d.span(), written, String.valueOf(year), String.valueOf(Math.max(year, lastYear))));
      }
    }
  }

  /** V7: a time limit written as a duration (≤5年) cannot outlast the project. */
  private void duration(ProjectFile pf, ProjectItem.Indicator i, Target.Quantity q) {
    IndicatorFramework.Category category = ctx.resolution().category(i);
    Unit unit = ctx.resolution().unit(q.unit());
    Unit yearUnit = ctx.library().unit("年");
    Rational period = ctx.periodYears(pf.project());
    if (category == null || Roles.of(category) != Roles.TIMELINESS || unit == null || period == null
        || !unit.sameDimension(yearUnit) || ctx.isOpenEnded(pf.project())) {
      return;
    }
    Rational years = unit.amountIn(q.value(), yearUnit);
    if (years.compareTo(period) > 0) {
      ctx.report(Diagnostic.of(DiagnosticCode.DURATION_EXCEEDS_PERIOD, pf.file(), q.span(), i.name().text(),
          org.jixiao.syntax.CanonicalText.target(q), Measure.format(period)));
    }
  }

  /** As {@link #staleYear}, for a text of several strings: a comment between them is not the text. */
  private void staleYearInText(SourceFile file, Span span, int year) {
    Matcher m = years(file.text(), span);
    while (m != null && m.find()) {
      int found = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
      if (found < year && insideString(file, m.start())) {
        ctx.report(Diagnostic.of(DiagnosticCode.YEAR_BEFORE_BUDGET_YEAR, file, new Span(m.start(), m.end()), m.group(), String.valueOf(year)));
        return;
      }
    }
  }

  /** True when {@code offset} lies between the quotes of a string on its line. */
  private static boolean insideString(SourceFile file, int offset) {
    int lineStart = file.lineStart(file.line(offset));
    boolean inside = false;
    for (int i = lineStart; i < offset; i++) {
      char c = file.text().charAt(i);
      if (c == '\\' && inside) {
        i++;
      } else if (c == '"') {
        inside = !inside;
      }
    }
    return inside;
  }

  /** JX0704 at the first year before the budget year inside {@code span}, once per field. */
  private void staleYear(SourceFile file, Span span, int year) {
    Matcher m = years(file.text(), span);
    while (m != null && m.find()) {
      int found = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
      if (found < year) {
        ctx.report(Diagnostic.of(DiagnosticCode.YEAR_BEFORE_BUDGET_YEAR, file, new Span(m.start(), m.end()), m.group(), String.valueOf(year)));
        return;
      }
    }
  }

  /**
   * {@link #YEAR}'s matcher over {@code span}, or null when it can find nothing there. Every match
   * starts with four ASCII digits 19xx or 20xx; most fields hold none, and the regex tries its
   * look-behind and alternatives at every character of a paragraph. So the first such place is
   * found by hand, and the search starts one character before it: the look-behind still sees that
   * character, and no match can start there (it is not such a place). The matches are the same
   * as over the whole span ({@code DateCheckerProperties}).
   */
  static Matcher years(String text, Span span) {
    int end = Math.min(span.end(), text.length());
    for (int i = span.start(); i + 3 < end; i++) {
      char c = text.charAt(i);
      if (((c == '1' && text.charAt(i + 1) == '9') || (c == '2' && text.charAt(i + 1) == '0'))
          && asciiDigit(text.charAt(i + 2)) && asciiDigit(text.charAt(i + 3))) {
        Matcher m = YEAR.matcher(text);
        m.region(Math.max(span.start(), i - 1), span.end());
        return m;
      }
    }
    return null;
  }

  private static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
