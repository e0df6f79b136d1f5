package org.jixiao.syntax;

import org.jixiao.source.Span;
import java.time.LocalDateTime;
import java.util.List;

/** One line (or block) inside {@code project … { }}: one field of the official form. */
public sealed interface ProjectItem extends Node {

  /** The keyword that starts the line; used to report duplicates and missing fields. */
  String keyword();

  /**
   * 主管部门及代码: {@code department 005 "中国共产党阳泉市委员会组织部"}; {@code code} and {@code
   * codeSpan} are null where the template has no department code ({@code department "…"}).
   */
  record Department(String code, Span codeSpan, Text name, Span span) implements ProjectItem {
    public String keyword() {
      return "department";
    }
  }

  /** 实施单位. */
  record Implementer(Text name, Span span) implements ProjectItem {
    public String keyword() {
      return "implementer";
    }
  }

  /** 项目属性: {@code attribute 一次性}. */
  record Attribute(Name value, Span span) implements ProjectItem {
    public String keyword() {
      return "attribute";
    }
  }

  /** 项目期: {@code period 1 年}. */
  record Period(Target.Quantity value, Span span) implements ProjectItem {
    public String keyword() {
      return "period";
    }
  }

  /** 项目期 as a month or date range: {@code period 2023-07 至 2024-01} (建设周期, 起止时间). */
  record PeriodRange(PeriodEnd from, PeriodEnd to, Span span) implements ProjectItem {
    public String keyword() {
      return "period";
    }
  }

  /** One end of a period range: the date as written, and how much of it was written. */
  record PeriodEnd(java.time.LocalDate date, Target.DatePrecision precision, Span span) implements Node {}

  /** A field that the budget's profile declares: {@code 业务主管部门 "阳泉市财政局"}, {@code 项目类型 新增}. */
  record CustomField(Name key, Text value, Span span) implements ProjectItem {
    public String keyword() {
      return key.text();
    }
  }

  /** 项目资金: one row per source, the 实施期 amount then the 年度 amount. */
  record Funds(UnitExpr unit, List<FundsRow> rows, Span span) implements ProjectItem {
    public Funds {
      rows = List.copyOf(rows);
    }

    public String keyword() {
      return "funds";
    }
  }

  /**
   * 预算成本构成: cost items, each with one amount per year of the template's columns (this year's
   * budget, the actuals of the years before), under a header row of those years. {@code unit}
   * applies to amounts written without one (null: 元). The rows keep their written order; a row
   * named total (合计) holds the written totals.
   */
  record Costs(UnitExpr unit, List<CostYears> years, List<CostRow> rows, Span span) implements ProjectItem {
    public Costs {
      years = List.copyOf(years);
      rows = List.copyOf(rows);
    }

    public String keyword() {
      return "costs";
    }
  }

  /** The header row of a cost table, {@code years 2026 2025 2024}: the year of each amount column. */
  record CostYears(List<CostYear> years, Span span) implements Node {
    public CostYears {
      years = List.copyOf(years);
    }
  }

  /** One year of the header row, as written (a number; whether it is the right year is a rule). */
  record CostYear(java.math.BigDecimal value, Span span) implements Node {}

  /** One cost item, {@code 设备购置 35 30 28}: its name and an amount (or {@code -}) per year. */
  record CostRow(Name item, List<Amount> amounts, Span span) implements Node {
    public CostRow {
      amounts = List.copyOf(amounts);
    }
  }

  /** 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划. */
  record Narrative(NarrativeKind kind, Text text, Span span) implements ProjectItem {
    public String keyword() {
      return kind.keyword();
    }
  }

  /** 总体目标, for both columns or one. */
  record Goal(Column column, Text text, Span span) implements ProjectItem {
    public String keyword() {
      return "goal";
    }
  }

  /**
   * A third-level indicator with its target; the path names its category. A path of one name and
   * no target is an empty second-level row ({@code indicator 经济效益}), printed as the form does.
   */
  record Indicator(
      Column column, List<Name> path, Target target, IndicatorParts parts, Allow allow, Span span)
      implements ProjectItem {
    public Indicator {
      path = List.copyOf(path);
      parts = parts == null ? IndicatorParts.NONE : parts;
    }

    public Indicator(Column column, List<Name> path, Target target, Allow allow, Span span) {
      this(column, path, target, IndicatorParts.NONE, allow, span);
    }

    /** True for an empty second-level row: a category with nothing under it. */
    public boolean emptyRow() {
      return path.size() == 1;
    }

    public String keyword() {
      return "indicator";
    }

    /** The indicator's own (third-level) name; for an empty row, the category's. */
    public Name name() {
      return path.get(path.size() - 1);
    }

    /** The second-level category as written, e.g. {@code 数量}. */
    public Name category() {
      return path.get(Math.max(0, path.size() - 2));
    }
  }

  /** 负责人, 经办人, 联系电话. */
  record Contact(ContactKind kind, Text value, Span span) implements ProjectItem {
    public String keyword() {
      return kind.keyword();
    }
  }

  /**
   * 填报日期. {@code raw} is exactly what was written; {@code value} is null when it is not a
   * valid date and time (the seed has a 13-digit one).
   */
  record Filed(String raw, LocalDateTime value, Span span) implements ProjectItem {
    public String keyword() {
      return "filed";
    }
  }

  /** {@code check 数量.焚烧垃圾吨数 * 成本.垃圾焚烧成本 <= funds.annual}: an assertion. */
  /** 自评: the self-evaluation after the year ({@code selfeval { … }}). */
  record SelfEvaluationBlock(SelfEvaluation evaluation, Span span) implements ProjectItem {
    public String keyword() {
      return "selfeval";
    }
  }

  /** 运行监控: a mid-year snapshot ({@code monitor 2026-07-31 { … }}). */
  record MonitoringBlock(Monitoring monitoring, Span span) implements ProjectItem {
    public String keyword() {
      return "monitor";
    }
  }

  /** 调整: an adjustment during the year ({@code adjust 2026-09-15 "理由" { … }}). */
  record AdjustmentBlock(Adjustment adjustment, Span span) implements ProjectItem {
    public String keyword() {
      return "adjust";
    }
  }

  record Check(Expr left, Comparator comparator, Expr right, Allow allow, Span span)
      implements ProjectItem {
    public String keyword() {
      return "check";
    }
  }

  /** A line starting with a word that is not a keyword here. */
  record Unknown(Name word, Span span) implements ProjectItem {
    public String keyword() {
      return word.text();
    }
  }

  /** The narrative fields; what a form calls each is its profile's label ({@code field basis "立项依据"}). */
  enum NarrativeKind {
    OVERVIEW, BASIS, NECESSITY, MEASURES, PLAN;

    /** The keyword that writes the field: overview, basis … */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The people on the form; their labels (负责人, 经办人 …) are the profile's. */
  enum ContactKind {
    LEADER, HANDLER, PHONE;

    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

}
