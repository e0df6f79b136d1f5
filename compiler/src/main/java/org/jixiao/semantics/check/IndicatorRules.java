package org.jixiao.semantics.check;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.Roles;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Dimension;
import org.jixiao.semantics.units.Measure;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Target;

/**
 * The rules of the form for its indicators, by the role of their category (§1.7 V1–V10, T1, T2,
 * P1 of the domain notes): satisfaction in %, costs in money and not ≥, counts not money, a 率 in
 * %, no % above 100, no placeholders, qualitative values from the profile's grades; every column
 * complete; the two columns of one indicator consistent; the attribute matching the period.
 */
public final class IndicatorRules {

  private final BudgetContext ctx;
  private final Dimension money;

  public IndicatorRules(BudgetContext ctx) {
    this.ctx = ctx;
    this.money = ctx.library().unit("元").dimension();
  }

  public void run() {
    if (ctx.framework() == null) {
      return;
    }
    for (ProjectFile pf : ctx.ruledProjects()) {
      for (ProjectItem item : ctx.lines(pf).items()) {
        if (item instanceof ProjectItem.Indicator i && !i.emptyRow()) {
          IndicatorFramework.Category category = ctx.resolution().category(i);
          if (category != null) {
            target(pf.file(), i, Roles.of(category));
          }
        }
      }
      if (ctx.lines(pf).whole()) {
        columns(pf); // what each column has, and lacks, counts every line
        goals(pf);
      }
      columnPairs(pf);
      attributeAndPeriod(pf);
    }
  }

  // ------------------------------------------------------------------ targets

  private void target(SourceFile file, ProjectItem.Indicator i, Roles role) {
    Target target = i.target();
    String name = i.name().text();
    if (target == null) {
      ctx.report(Diagnostic.of(DiagnosticCode.INDICATOR_WITHOUT_TARGET, file, i.name().span(), name));
    } else if (target instanceof Target.Qualitative q) {
      qualitative(file, i, q, role);
    } else if (target instanceof Target.Quantity q) {
      quantity(file, i, q, role);
    } else if (target instanceof Target.Deadline && role == Roles.SATISFACTION) {
      ctx.report(Diagnostic.of(DiagnosticCode.SATISFACTION_NOT_PERCENT, file, target.span(), name, org.jixiao.syntax.CanonicalText.target(target)));
    }
  }

  private void qualitative(SourceFile file, ProjectItem.Indicator i, Target.Qualitative q, Roles role) {
    String text = q.text().strip();
    String name = i.name().text();
    RuleProfile profile = ctx.profile();
    if (text.isEmpty() || profile.placeholders().contains(text) || masked(text, profile)) {
      ctx.report(Diagnostic.of(DiagnosticCode.PLACEHOLDER_TARGET, file, q.span(), name, text));
      return;
    }
    switch (role) {
      case SATISFACTION -> ctx.report(Diagnostic.of(DiagnosticCode.SATISFACTION_NOT_PERCENT, file, q.span(), name, text));
      case COST -> ctx.report(Diagnostic.of(DiagnosticCode.COST_NOT_MONEY, file, q.span(), name, text));
      case QUANTITY -> ctx.report(Diagnostic.of(DiagnosticCode.QUANTITY_NOT_COUNT, file, q.span(), name, text));
      default -> {
        if (endsWithRate(name)) {
          ctx.report(Diagnostic.of(DiagnosticCode.RATE_NOT_PERCENT, file, q.span(), name, text));
        } else if (role != Roles.TIMELINESS && !profile.grades().contains(text)) {
          ctx.report(Diagnostic.of(DiagnosticCode.QUALITATIVE_NOT_GRADED, file, q.span(), text, profile.name()));
        }
      }
    }
  }

  private void quantity(SourceFile file, ProjectItem.Indicator i, Target.Quantity q, Roles role) {
    String name = i.name().text();
    String written = org.jixiao.syntax.CanonicalText.target(q);
    if (q.unit() == null) {
      ctx.report(Diagnostic.of(DiagnosticCode.NUMBER_WITHOUT_UNIT, file, q.span(), name, written));
      return;
    }
    Unit unit = ctx.resolution().unit(q.unit());
    if (unit == null) {
      return;
    }
    boolean ratio = unit.dimension().isNone();
    boolean percentage = ratio && unit.scale().compareTo(Rational.ONE) < 0;
    if (percentage) {
      Rational base = Rational.of(q.value()).times(unit.scale());
      if (base.compareTo(Rational.ONE) > 0 || (q.comparator() == Comparator.GT && base.compareTo(Rational.ONE) >= 0)) {
        ctx.report(Diagnostic.of(DiagnosticCode.PERCENT_ABOVE_100, file, q.span(), name, written));
      }
    }
    switch (role) {
      case SATISFACTION -> {
        if (!ratio) {
          ctx.report(Diagnostic.of(DiagnosticCode.SATISFACTION_NOT_PERCENT, file, q.span(), name, written));
        }
      }
      case COST -> {
        if (unit.dimension().power(onlyBase(money)) != 1) {
          ctx.report(Diagnostic.of(DiagnosticCode.COST_NOT_MONEY, file, q.span(), name, written));
        } else if (q.comparator() == Comparator.GE || q.comparator() == Comparator.GT) {
          ctx.report(Diagnostic.of(DiagnosticCode.COST_WITH_AT_LEAST, file, q.span(), name, written));
        }
      }
      case QUANTITY -> {
        if (ratio || unit.dimension().power(onlyBase(money)) != 0) {
          ctx.report(Diagnostic.of(DiagnosticCode.QUANTITY_NOT_COUNT, file, q.span(), name, written));
        }
      }
      case QUALITY -> {
        if (!ratio && endsWithRate(name)) {
          ctx.report(Diagnostic.of(DiagnosticCode.RATE_NOT_PERCENT, file, q.span(), name, written));
        } else if (isCount(unit)) {
          ctx.report(Diagnostic.of(DiagnosticCode.COUNT_UNDER_QUALITY, file, q.span(), name, written));
        }
      }
      default -> {
        if (!ratio && endsWithRate(name)) {
          ctx.report(Diagnostic.of(DiagnosticCode.RATE_NOT_PERCENT, file, q.span(), name, written));
        }
      }
    }
  }

  private static String onlyBase(Dimension d) {
    return d.powers().keySet().iterator().next();
  }

  /** A plain count of things: one counting word (个, 类, 项…) to the first power, nothing else. */
  private boolean isCount(Unit unit) {
    Map<String, Integer> powers = unit.dimension().powers();
    if (powers.size() != 1) {
      return false;
    }
    Map.Entry<String, Integer> only = powers.entrySet().iterator().next();
    return only.getValue() == 1 && ctx.library().isCounter(only.getKey());
  }

  /** Compiled once: String.replaceAll compiled it for every indicator. */
  private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[\\p{P}\\s]+$");

  /** A name ending in one of the profile's {@code words rate} (率), trailing punctuation aside. */
  private boolean endsWithRate(String name) {
    String stripped = TRAILING_PUNCTUATION.matcher(name.strip()).replaceAll("");
    return ctx.profile() != null && ctx.profile().words("rate").stream().anyMatch(stripped::endsWith);
  }

  /** A value made only of the profile's {@code words masks} characters (XX, ***, ？？): a placeholder. */
  private static boolean masked(String text, RuleProfile profile) {
    return text.codePoints().allMatch(c -> profile.words("masks").contains(new String(Character.toChars(c))));
  }

  // ------------------------------------------------------------------ columns

  /** T1 and §1.7: both columns filled, every first level present, 产出 with a 数量. */
  private void columns(ProjectFile pf) {
    Map<Column, List<IndicatorFramework.Category>> byColumn = new LinkedHashMap<>();
    byColumn.put(Column.TERM, new ArrayList<>());
    byColumn.put(Column.ANNUAL, new ArrayList<>());
    Map<Column, Integer> written = new LinkedHashMap<>();
    boolean allResolved = true;
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Indicator i) {
        IndicatorFramework.Category c = ctx.resolution().category(i);
        allResolved &= c != null;
        for (Column column : List.of(Column.TERM, Column.ANNUAL)) {
          if (column == Column.TERM ? i.column().coversTerm() : i.column().coversAnnual()) {
            written.merge(column, 1, Integer::sum);
            if (c != null) {
              byColumn.get(column).add(c);
            }
          }
        }
      }
    }
    Name name = pf.project().name();
    for (Column column : List.of(Column.TERM, Column.ANNUAL)) {
      if (!written.containsKey(column) && ctx.hasStage(column)) {
        ctx.report(Diagnostic.of(DiagnosticCode.COLUMN_WITHOUT_INDICATORS, pf.file(), name.span(), ctx.stageLabel(column)));
      }
    }
    if (!allResolved) {
      return; // an unknown category is reported; which levels are missing cannot be judged
    }
    for (Map.Entry<Column, List<IndicatorFramework.Category>> e : byColumn.entrySet()) {
      String label = ctx.stageLabel(e.getKey());
      if (e.getValue().isEmpty() || !ctx.hasStage(e.getKey())) {
        continue;
      }
      for (IndicatorFramework.Level level : ctx.framework().levels()) {
        boolean present = e.getValue().stream().anyMatch(c -> c.level().equals(level.name()));
        if (!present) {
          ctx.report(Diagnostic.of(DiagnosticCode.LEVEL_MISSING, pf.file(), name.span(), label, level.name()));
        }
      }
      // A level that requires a role (产出指标 requires quantity) must have a category with it.
      for (IndicatorFramework.Level level : ctx.framework().levels()) {
        boolean present = e.getValue().stream().anyMatch(c -> c.level().equals(level.name()));
        boolean hasRole = e.getValue().stream()
            .anyMatch(c -> c.level().equals(level.name()) && Roles.of(c) == level.requires());
        if (level.requires() != null && present && !hasRole) {
          ctx.report(Diagnostic.of(DiagnosticCode.LEVEL_WITHOUT_REQUIRED_CATEGORY, pf.file(), name.span(), label, level.name(),
              "@role." + level.requires().key()));
        }
      }
    }
  }

  /** T2: an indicator written separately for the two columns must agree with itself. */
  private void columnPairs(ProjectFile pf) {
    List<ProjectItem.Indicator> term = new ArrayList<>();
    List<ProjectItem.Indicator> annual = new ArrayList<>();
    for (ProjectItem item : ctx.lines(pf).items()) {
      if (item instanceof ProjectItem.Indicator i && i.column() != Column.BOTH) {
        (i.column() == Column.TERM ? term : annual).add(i);
      }
    }
    boolean oneYear = ctx.isOneYear(pf.project());
    for (ProjectItem.Indicator a : annual) {
      ProjectItem.Indicator t = partner(a, term);
      if (t == null) {
        continue;
      }
      SourceFile file = pf.file();
      if (!t.name().key().equals(a.name().key())) {
        ctx.report(Diagnostic.of(DiagnosticCode.ANNUAL_NAME_TRUNCATED, file, a.name().span(), a.name().text(), t.name().text()));
      }
      Unit tu = unitOf(t.target());
      Unit au = unitOf(a.target());
      if (tu != null && au != null && !tu.sameDimension(au)) {
        ctx.report(Diagnostic.of(DiagnosticCode.COLUMNS_DIFFER_IN_DIMENSION, file, a.target().span(), t.name().text(),
            org.jixiao.syntax.CanonicalText.target(t.target()), org.jixiao.syntax.CanonicalText.target(a.target())));
      } else if (oneYear && !sameTarget(file, t.target(), a.target())) {
        ctx.report(Diagnostic.of(DiagnosticCode.ONE_YEAR_TARGETS_DIFFER, file, a.target() == null ? a.name().span() : a.target().span(),
            t.name().text(), t.target() == null ? "" : org.jixiao.syntax.CanonicalText.target(t.target()),
            a.target() == null ? "" : org.jixiao.syntax.CanonicalText.target(a.target())));
      }
    }
  }

  /** The term line of the same indicator: same category, and the same name or one it cuts short. */
  private ProjectItem.Indicator partner(ProjectItem.Indicator annual, List<ProjectItem.Indicator> term) {
    IndicatorFramework.Category category = ctx.resolution().category(annual);
    ProjectItem.Indicator prefix = null;
    for (ProjectItem.Indicator t : term) {
      if (ctx.resolution().category(t) != category) {
        continue;
      }
      if (t.name().key().equals(annual.name().key())) {
        return t; // the same name wins over a longer name it merely starts
      }
      if (prefix == null && t.name().key().startsWith(annual.name().key())) {
        prefix = t;
      }
    }
    return prefix;
  }

  private Unit unitOf(Target target) {
    return target instanceof Target.Quantity q ? ctx.resolution().unit(q.unit()) : null;
  }

  private boolean sameTarget(SourceFile file, Target a, Target b) {
    if (a instanceof Target.Quantity x && b instanceof Target.Quantity y) {
      Unit ux = ctx.resolution().unit(x.unit());
      Unit uy = ctx.resolution().unit(y.unit());
      return x.comparator() == y.comparator() && ux != null && uy != null
          && Rational.of(x.value()).times(ux.scale()).compareTo(Rational.of(y.value()).times(uy.scale())) == 0;
    }
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Target.Qualitative x && b instanceof Target.Qualitative y) {
      return x.comparator() == y.comparator() && org.jixiao.syntax.Normalize.key(x.text()).equals(org.jixiao.syntax.Normalize.key(y.text()));
    }
    if (a instanceof Target.Deadline x && b instanceof Target.Deadline y) {
      return x.comparator() == y.comparator() && x.date().equals(y.date());
    }
    return false;
  }

  // -------------------------------------------------------- goals, attribute

  /** T1: the annual goal is part of the form. */
  private void goals(ProjectFile pf) {
    boolean any = false;
    boolean annual = false;
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Goal g) {
        any = true;
        annual |= g.column().coversAnnual() && !g.text().value().isBlank();
      }
    }
    if (any && !annual) {
      ctx.report(Diagnostic.of(DiagnosticCode.ANNUAL_GOAL_MISSING, pf.file(), pf.project().name().span()));
    }
  }

  /** P1: the 项目期 an attribute implies, as the profile says (一次性 1 年, 跨年度 at least 2 年…). */
  private void attributeAndPeriod(ProjectFile pf) {
    ProjectItem.Attribute attribute = ctx.lines(pf).first(ProjectItem.Attribute.class);
    ProjectItem.Period period = ctx.lines(pf).first(ProjectItem.Period.class);
    RuleProfile.AttributeValue value = attribute == null ? null : ctx.resolution().attribute(attribute);
    if (value == null || period == null) {
      return;
    }
    Unit unit = ctx.resolution().unit(period.value().unit());
    Unit year = ctx.library().unit("年");
    if (unit == null) {
      return;
    }
    if (!unit.sameDimension(year)) {
      ctx.report(Diagnostic.of(DiagnosticCode.PERIOD_NOT_TIME, pf.file(), period.value().span(), org.jixiao.diag.Arg.unit(period.value().unit().spelling())));
      return;
    }
    Rational years = ctx.periodYears(pf.project());
    String written = org.jixiao.syntax.CanonicalText.quantity(period.value());
    if (value.periodYears() == null || years == null) {
      return; // no implied length, or a period range that is itself wrong (reported as such)
    }
    Rational implied = Rational.of(value.periodYears());
    if (value.atLeast() && years.compareTo(implied) < 0) {
      ctx.report(Diagnostic.of(DiagnosticCode.MULTI_YEAR_TOO_SHORT, pf.file(), period.value().span(), value.label(), written,
          Measure.format(implied)));
    } else if (!value.atLeast() && years.compareTo(implied) != 0) {
      ctx.report(Diagnostic.of(DiagnosticCode.ATTRIBUTE_CONTRADICTS_PERIOD, pf.file(), period.value().span(), value.label(), written,
          Measure.format(implied)));
    }
  }
}
