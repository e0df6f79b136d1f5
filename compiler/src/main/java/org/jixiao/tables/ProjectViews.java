package org.jixiao.tables;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.library.FormField;
import org.jixiao.semantics.units.PeriodRanges;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.AnalysedProjects;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * Builds the {@link ProjectView} of a project of a checked budget (for {@link BudgetTables}), from
 * its tree and tables and its {@link ProjectSummary}. Views only read, so they are made on several
 * threads at once.
 */
public final class ProjectViews {
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Messages messages;

  ProjectViews(Messages messages) {
    this.messages = messages;
  }

  /** The project's view, with the parts its summary already has taken from it. */
  ProjectView of(AnalysedProjects.Analysed analysed, ProjectSummary summary) {
    ProjectFile pf = analysed.project();
    BudgetContext ctx = analysed.context();
    Map<String, String> narratives = new LinkedHashMap<>();
    String goalTerm = "";
    String goalAnnual = "";
    String implementer = "";
    ProjectView.Period period = null;
    Map<ProjectItem.ContactKind, String> contacts = new LinkedHashMap<>();
    ProjectView.Filed filed = null;
    List<ProjectView.Indicator> indicators = new ArrayList<>();
    List<ProjectView.Field> fields = new ArrayList<>();
    for (ProjectItem item : FrameworkOrder.of(pf.project().items(), ctx)) {
      if (item instanceof ProjectItem.Department || item instanceof ProjectItem.Attribute) {
        continue; // in the summary
      } else if (item instanceof ProjectItem.Implementer i) {
        implementer = i.name().value();
      } else if (item instanceof ProjectItem.Period p) {
        Rational years = ctx.periodYears(pf.project());
        period = new ProjectView.Period(Amounts.plain(p.value().value()) + p.value().unit().spelling(),
            years == null ? null : years.toDecimalExact());
      } else if (item instanceof ProjectItem.PeriodRange r) {
        Rational years = ctx.periodYears(pf.project());
        period = new ProjectView.Period(rangeText(r), years == null ? null : new BigDecimal(Amounts.decimal(years)),
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
        indicators.add(indicator(pf, ctx, i));
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
        levels(ctx, indicators),
        indicators,
        contacts.getOrDefault(ProjectItem.ContactKind.LEADER, ""),
        contacts.getOrDefault(ProjectItem.ContactKind.HANDLER, ""),
        contacts.getOrDefault(ProjectItem.ContactKind.PHONE, ""),
        filed,
        summary.warnings(),
        summary.silenced(),
        fields,
        summary.emptyRows(),
        SelfEvalViews.of(pf, ctx, t -> shown(pf, ctx, t)),
        MonitorViews.of(pf, ctx, t -> shown(pf, ctx, t)),
        AdjustmentViews.of(pf, ctx, t -> shown(pf, ctx, t)));
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



  private ProjectView.Indicator indicator(ProjectFile pf, BudgetContext ctx, ProjectItem.Indicator i) {
    IndicatorFramework.Category category = ctx.resolution().category(i);
    String column = i.column().name().toLowerCase(java.util.Locale.ROOT);
    String allowReason = i.allow() == null ? null : i.allow().reason().value();
    return new ProjectView.Indicator(
        column,
        category == null ? (i.path().size() == 3 ? i.path().get(0).text() : "") : category.level(),
        category == null ? i.category().text() : category.name(),
        i.name().text(),
        target(pf, ctx, i.target()),
        allowReason,
        parts(i.parts()));
  }

  private static ProjectView.Parts parts(org.jixiao.syntax.IndicatorParts p) {
    if (p.isEmpty()) {
      return null;
    }
    return new ProjectView.Parts(
        p.weight() == null ? null : Amounts.plain(p.weight().value()),
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
  private String shown(ProjectFile pf, BudgetContext ctx, Target target) {
    return target == null ? null : target(pf, ctx, target).display();
  }

  private ProjectView.Target target(ProjectFile pf, BudgetContext ctx, Target target) {
    if (target == null) {
      return null;
    }
    String written = pf.file().slice(target.span());
    String symbol = target.comparator() == Comparator.EQ ? "" : target.comparator().symbol();
    if (target instanceof Target.Quantity q) {
      Unit unit = q.unit() == null ? null : ctx.resolution().unit(q.unit());
      String unitText = q.unit() == null ? "" : q.unit().spelling();
      String base = unit == null ? null : Amounts.decimal(Rational.of(q.value()).times(unit.scale()));
      return new ProjectView.Target("quantity", target.comparator().symbol(), Amounts.plain(q.value()), unitText,
          unit == null ? null : unit.dimension().toString(), base, written, symbol + Amounts.plain(q.value()) + unitText);
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

  /** The indicator table: every level and category of the framework, even when empty. */
  private static List<ProjectView.Level> levels(BudgetContext ctx, List<ProjectView.Indicator> indicators) {
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
}
