package org.jixiao.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.library.FormField;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.units.PeriodRanges;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/** Builds the {@link ProjectView} of a project of a checked budget (for {@link BudgetTables}). */
public final class ProjectViews {
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final org.jixiao.semantics.CheckedBudget budget;
  private final BudgetContext ctx;
  private final Messages messages;

  /**
   * Views of a checked budget's projects. Everything shared between projects (warnings and
   * silenced ones by file, the framework's order) is gathered here, once, so that views can be
   * made on several threads at once: they only read.
   */
  public ProjectViews(org.jixiao.semantics.CheckedBudget budget, Messages messages) {
    this.budget = budget;
    this.ctx = budget.context();
    this.messages = messages;
    this.order = ctx.frameworkOrder();
    for (Diagnostic d : budget.diagnostics()) {
      if (d.severity() == org.jixiao.diag.Severity.WARNING && d.file() != null) {
        warningsByFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
      }
    }
    for (BudgetContext.Silenced s : ctx.silenced()) {
      silencedByFile.computeIfAbsent(s.diagnostic().file(), f -> new ArrayList<>()).add(s);
    }
  }

  /** The framework's order of indicators; null when the budget has none. */
  private final java.util.function.ToIntFunction<ProjectItem.Indicator> order;

  /**
   * The project's file relative to its budget folder, '/'-separated: the same whichever folder the
   * command ran in (the display name is relative to that).
   */
  private String fileInFolder(ProjectFile pf) {
    java.nio.file.Path folder = budget.folder() == null ? null : budget.folder().toAbsolutePath().normalize();
    java.nio.file.Path file = pf.file().path() == null ? null : pf.file().path().toAbsolutePath().normalize();
    if (folder == null || file == null || !file.startsWith(folder) || file.equals(folder)) {
      return pf.file().displayName();
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    folder.relativize(file).forEach(part -> parts.add(org.jixiao.source.PathText.text(part)));
    return String.join("/", parts);
  }

  /** The project's view. */
  public ProjectView of(ProjectFile pf) {
    return of(pf, summaryOf(pf));
  }

  /**
   * The parts of the project's view that its budget's summaries read, made for every project
   * before any view ({@link BudgetTables}).
   */
  public ProjectSummary summaryOf(ProjectFile pf) {
    String departmentCode = "";
    String departmentName = "";
    ProjectView.Attribute attribute = null;
    List<String> emptyRows = new ArrayList<>();
    for (ProjectItem item : inFrameworkOrder(pf.project().items())) {
      if (item instanceof ProjectItem.Department d) {
        departmentCode = d.code() == null ? "" : d.code();
        departmentName = d.name().value();
      } else if (item instanceof ProjectItem.Attribute a) {
        RuleProfile.AttributeValue v = ctx.resolution().attribute(a);
        attribute = new ProjectView.Attribute(v == null ? a.value().text() : v.key(), v == null ? a.value().text() : v.label(), a.value().text());
      } else if (item instanceof ProjectItem.Indicator i && i.emptyRow()) {
        IndicatorFramework.Category c = ctx.resolution().category(i);
        emptyRows.add(c == null ? i.category().text() : c.name());
      }
    }
    FundingTable table = ctx.resolution().funding(pf.project());
    return new ProjectSummary(pf.project().name().text(), fileInFolder(pf), departmentCode, departmentName, attribute,
        fundsRows(table), total(table), warnings(pf), silenced(pf), emptyRows,
        ctx.resolution().selfEvaluation(pf.project()) != null, ctx.resolution().monitoring(pf.project()) != null);
  }

  /** The project's view, with the parts its summary already has taken from it. */
  public ProjectView of(ProjectFile pf, ProjectSummary summary) {
    Map<String, String> narratives = new LinkedHashMap<>();
    String goalTerm = "";
    String goalAnnual = "";
    String implementer = "";
    ProjectView.Period period = null;
    Map<ProjectItem.ContactKind, String> contacts = new LinkedHashMap<>();
    ProjectView.Filed filed = null;
    List<ProjectView.Indicator> indicators = new ArrayList<>();
    List<ProjectView.Field> fields = new ArrayList<>();
    for (ProjectItem item : inFrameworkOrder(pf.project().items())) {
      if (item instanceof ProjectItem.Department || item instanceof ProjectItem.Attribute) {
        continue; // in the summary
      } else if (item instanceof ProjectItem.Implementer i) {
        implementer = i.name().value();
      } else if (item instanceof ProjectItem.Period p) {
        Rational years = ctx.periodYears(pf.project());
        period = new ProjectView.Period(plain(p.value().value()) + p.value().unit().spelling(),
            years == null ? null : years.toDecimalExact());
      } else if (item instanceof ProjectItem.PeriodRange r) {
        Rational years = ctx.periodYears(pf.project());
        period = new ProjectView.Period(rangeText(r), years == null ? null : new BigDecimal(decimal(years)),
            PeriodRanges.first(r).toString(), PeriodRanges.last(r).toString());
      } else if (item instanceof ProjectItem.CustomField c && ctx.profile() != null
          && ctx.profile().field(c.key().text()) != null) {
        FormField f = ctx.profile().field(c.key().text());
        fields.add(new ProjectView.Field(f.key(), f.label() == null ? f.key() : f.label(), c.value().value()));
      } else if (item instanceof ProjectItem.Indicator i && i.emptyRow()) {
        continue; // in the summary
      } else if (item instanceof ProjectItem.Narrative n) {
        narratives.put(n.kind().keyword(), n.text().value());
      } else if (item instanceof ProjectItem.Goal g) {
        if (g.column().coversTerm()) {
          goalTerm = g.text().value();
        }
        if (g.column().coversAnnual()) {
          goalAnnual = g.text().value();
        }
      } else if (item instanceof ProjectItem.Indicator i) {
        indicators.add(indicator(pf, i));
      } else if (item instanceof ProjectItem.Contact c) {
        contacts.put(c.kind(), c.value().value());
      } else if (item instanceof ProjectItem.Filed f) {
        filed = new ProjectView.Filed(f.raw(), f.value() == null ? null : f.value().toString());
      }
    }
    List<ProjectView.Narrative> narrativeList = new ArrayList<>();
    for (ProjectItem.NarrativeKind kind : ProjectItem.NarrativeKind.values()) {
      // Only the narrative fields the template has, under the labels it prints.
      if (ctx.profile() == null || ctx.profile().has(kind.keyword())) {
        String label = ctx.profile() == null ? kind.keyword() : ctx.profile().label(kind.keyword(), kind.keyword());
        narrativeList.add(new ProjectView.Narrative(kind.keyword(), label, narratives.getOrDefault(kind.keyword(), "")));
      }
    }
    return new ProjectView(
        summary.name(),
        summary.file(),
        summary.departmentCode(),
        summary.departmentName(),
        implementer,
        summary.attribute(),
        period,
        summary.funds(),
        summary.total(),
        CostViews.of(pf, ctx),
        narrativeList,
        goalTerm,
        goalAnnual,
        levels(indicators),
        indicators,
        contacts.getOrDefault(ProjectItem.ContactKind.LEADER, ""),
        contacts.getOrDefault(ProjectItem.ContactKind.HANDLER, ""),
        contacts.getOrDefault(ProjectItem.ContactKind.PHONE, ""),
        filed,
        summary.warnings(),
        summary.silenced(),
        fields,
        summary.emptyRows(),
        SelfEvalViews.of(pf, ctx, t -> shown(pf, t)),
        MonitorViews.of(pf, ctx, t -> shown(pf, t)),
        AdjustmentViews.of(pf, ctx, t -> shown(pf, t)));
  }

  /** 填报日期 as the official form prints it: yyyyMMddHHmmss. */
  public static String filedForForm(ProjectView.Filed filed) {
    if (filed == null) {
      return "";
    }
    if (filed.iso() == null) {
      return filed.written();
    }
    return java.time.LocalDateTime.parse(filed.iso()).format(COMPACT);
  }



  private List<ProjectView.FundsRow> fundsRows(FundingTable table) {
    List<ProjectView.FundsRow> rows = new ArrayList<>();
    if (ctx.profile() == null) {
      return rows;
    }
    for (RuleProfile.FundingSource source : ctx.profile().sources()) {
      FundingTable.Cell term = table == null ? null : table.column(Column.TERM).cell(source.key());
      FundingTable.Cell annual = table == null ? null : table.column(Column.ANNUAL).cell(source.key());
      rows.add(new ProjectView.FundsRow(source.key(), source.label(), amount(term), amount(annual)));
    }
    return rows;
  }

  private ProjectView.FundsTotal total(FundingTable table) {
    if (table == null) {
      return new ProjectView.FundsTotal(amount(null), amount(null));
    }
    return new ProjectView.FundsTotal(totalAmount(table.column(Column.TERM)), totalAmount(table.column(Column.ANNUAL)));
  }

  private ProjectView.Amount totalAmount(FundingTable.ColumnFunds column) {
    if (column.writtenTotal() != null) {
      return amount(column.writtenTotal());
    }
    return new ProjectView.Amount(yuan(column.total()), null, null, false);
  }

  /** A cell in 元; a source with no row on the form is 0, shown as written "" (not blank). */
  private static ProjectView.Amount amount(FundingTable.Cell cell) {
    if (cell == null) {
      return new ProjectView.Amount(yuan(Rational.ZERO), null, null, false);
    }
    if (cell.amount() instanceof Amount.Money m) {
      return new ProjectView.Amount(yuan(cell.yuan()), m.numberText(), m.unit() == null ? null : m.unit().spelling(), false);
    }
    return new ProjectView.Amount(yuan(Rational.ZERO), "-", null, true);
  }

  static BigDecimal yuan(Rational r) {
    BigDecimal exact = r.toDecimalExact();
    BigDecimal value = exact != null ? exact : new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), 2, RoundingMode.HALF_EVEN);
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }

  /**
   * The items with the indicators in framework order (stably, each in the place of one), as the
   * printed form and {@code jixiao fmt} have them, so that formatting a file never changes its JSON.
   */
  private List<ProjectItem> inFrameworkOrder(List<ProjectItem> items) {
    if (order == null) {
      return items;
    }
    List<ProjectItem.Indicator> indicators = new ArrayList<>();
    for (ProjectItem item : items) {
      if (item instanceof ProjectItem.Indicator i) {
        indicators.add(i);
      }
    }
    indicators.sort(java.util.Comparator.comparingInt(order));
    List<ProjectItem> out = new ArrayList<>(items.size());
    int next = 0;
    for (ProjectItem item : items) {
      out.add(item instanceof ProjectItem.Indicator ? indicators.get(next++) : item);
    }
    return out;
  }

  private ProjectView.Indicator indicator(ProjectFile pf, ProjectItem.Indicator i) {
    IndicatorFramework.Category category = ctx.resolution().category(i);
    String column = i.column().name().toLowerCase(java.util.Locale.ROOT);
    String allowReason = i.allow() == null ? null : i.allow().reason().value();
    return new ProjectView.Indicator(
        column,
        category == null ? (i.path().size() == 3 ? i.path().get(0).text() : "") : category.level(),
        category == null ? i.category().text() : category.name(),
        i.name().text(),
        target(pf, i.target()),
        allowReason,
        parts(i.parts()));
  }

  private static ProjectView.Parts parts(org.jixiao.syntax.IndicatorParts p) {
    if (p.isEmpty()) {
      return null;
    }
    return new ProjectView.Parts(
        p.weight() == null ? null : plain(p.weight().value()),
        p.direction() == null ? null : p.direction().text(),
        p.kind() == null ? null : p.kind().text(),
        p.standard() == null ? null : p.standard().value(),
        p.explain() == null ? null : p.explain().value(),
        p.scoring() == null ? null : p.scoring().value(),
        p.note() == null ? null : p.note().value());
  }

  /** A range as forms print it: 2023年7月至2024年1月 (days when written); the words are the {@code form.*} messages. */
  private String rangeText(ProjectItem.PeriodRange r) {
    return messages.get("form.range", dateText(r.from().date(), r.from().precision()), dateText(r.to().date(), r.to().precision()));
  }

  /**
   * A date to the precision it was written with: 2026年, 2026年6月, 2026年6月30日. The messages get
   * year, month and day, then month and day with two digits (for 2026-06-30 in English).
   */
  private String dateText(java.time.LocalDate d, Target.DatePrecision precision) {
    String key = switch (precision) {
      case YEAR -> "form.date.year";
      case MONTH -> "form.date.month";
      case DAY -> "form.date.day";
    };
    return messages.get(key, String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()), String.valueOf(d.getDayOfMonth()),
        String.format(java.util.Locale.ROOT, "%02d", d.getMonthValue()), String.format(java.util.Locale.ROOT, "%02d", d.getDayOfMonth()));
  }

  /** A target or an actual as the form prints it (≥407097人/年, 达成年度指标); null for none. */
  private String shown(ProjectFile pf, Target target) {
    return target == null ? null : target(pf, target).display();
  }

  private ProjectView.Target target(ProjectFile pf, Target target) {
    if (target == null) {
      return null;
    }
    String written = pf.file().slice(target.span());
    String symbol = target.comparator() == Comparator.EQ ? "" : target.comparator().symbol();
    if (target instanceof Target.Quantity q) {
      Unit unit = q.unit() == null ? null : ctx.resolution().unit(q.unit());
      String unitText = q.unit() == null ? "" : q.unit().spelling();
      String base = unit == null ? null : decimal(Rational.of(q.value()).times(unit.scale()));
      return new ProjectView.Target("quantity", target.comparator().symbol(), plain(q.value()), unitText,
          unit == null ? null : unit.dimension().toString(), base, written, symbol + plain(q.value()) + unitText);
    }
    if (target instanceof Target.Deadline d) {
      String date = d.date().toString();
      String display = dateText(d.date(), d.precision());
      String shown = switch (d.comparator()) {
        case LE, LT -> messages.get("form.before", display);
        case GE, GT -> messages.get("form.after", display);
        case EQ -> display;
      };
      return new ProjectView.Target("deadline", target.comparator().symbol(), date, null, null, null, written, shown);
    }
    Target.Qualitative q = (Target.Qualitative) target;
    return new ProjectView.Target("qualitative", target.comparator().symbol(), q.text(), null, null, null, written, symbol + q.text());
  }

  /** Exact when the decimal is finite, else 12 places: 1/12 年 is 0.083333333333. */
  static String decimal(Rational r) {
    BigDecimal exact = r.toDecimalExact();
    return exact != null ? plain(exact)
        : new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), 12, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@link #decimal}, null for none: the figures of the later forms, where a figure may be missing. */
  static String decimalText(Rational r) {
    return r == null ? null : decimal(r);
  }

  /** An amount in 元 as the JSON writes it (two decimals), null for none. */
  static String yuanText(Rational r) {
    return r == null ? null : yuan(r).toPlainString();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
  }

  /** The indicator table: every level and category of the framework, even when empty. */
  private List<ProjectView.Level> levels(List<ProjectView.Indicator> indicators) {
    List<ProjectView.Level> levels = new ArrayList<>();
    if (ctx.framework() == null) {
      return levels;
    }
    for (IndicatorFramework.Level level : ctx.framework().levels()) {
      List<ProjectView.Category> categories = new ArrayList<>();
      for (IndicatorFramework.Category category : level.categories()) {
        List<ProjectView.Indicator> term = new ArrayList<>();
        List<ProjectView.Indicator> annual = new ArrayList<>();
        for (ProjectView.Indicator i : indicators) {
          if (i.category().equals(category.name()) && i.name() != null) {
            if (!i.column().equals("annual")) {
              term.add(i);
            }
            if (!i.column().equals("term")) {
              annual.add(i);
            }
          }
        }
        categories.add(new ProjectView.Category(category.name(), category.shortName(), term, annual));
      }
      levels.add(new ProjectView.Level(level.name(), categories));
    }
    return levels;
  }

  /** Warnings by file, grouped once: a budget of thousands of forms has thousands of them. */
  private final Map<org.jixiao.source.SourceFile, List<Diagnostic>> warningsByFile = new java.util.IdentityHashMap<>();
  /** Silenced warnings by file, likewise. */
  private final Map<org.jixiao.source.SourceFile, List<BudgetContext.Silenced>> silencedByFile = new java.util.IdentityHashMap<>();

  private int warnings(ProjectFile pf) {
    int count = 0;
    for (Diagnostic d : warningsByFile.getOrDefault(pf.file(), List.of())) {
      if (pf.project().span().contains(d.span())) {
        count++;
      }
    }
    return count;
  }

  private List<ProjectView.Silenced> silenced(ProjectFile pf) {
    List<ProjectView.Silenced> out = new ArrayList<>();
    for (BudgetContext.Silenced s : silencedByFile.getOrDefault(pf.file(), List.of())) {
      Diagnostic d = s.diagnostic();
      if (d.file() == pf.file() && pf.project().span().contains(d.span())) {
        out.add(new ProjectView.Silenced(d.code().code(), d.line(), messages.message(d), d.args(), s.reason()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(ProjectView.Silenced::line).thenComparing(ProjectView.Silenced::code));
    return out;
  }
}
