package org.jixiao.tables;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One project as the official form shows it, with every name resolved and every amount in exact
 * 元: what the JSON, Excel and HTML backends print. Built by {@link ProjectViews}. {@code levels}
 * arranges the indicators as the form's table does and is left out of the JSON, which lists them
 * once in {@code indicators}.
 */
public record ProjectView(
    String name,
    String file,
    String departmentCode,
    String departmentName,
    String implementer,
    Attribute attribute,
    Period period,
    List<FundsRow> funds,
    FundsTotal total,
    @JsonInclude(JsonInclude.Include.NON_NULL) Costs costs,
    List<Narrative> narratives,
    String goalTerm,
    String goalAnnual,
    @JsonIgnore List<Level> levels,
    List<Indicator> indicators,
    String leader,
    String handler,
    String phone,
    Filed filed,
    int warnings,
    List<Silenced> silenced,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Field> fields,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> emptyRows,
    @JsonInclude(JsonInclude.Include.NON_NULL) SelfEvaluation selfEvaluation,
    @JsonInclude(JsonInclude.Include.NON_NULL) Monitoring monitoring,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Adjustment> adjustments) {

  /**
   * 自评, where the project has one: each actual line with its computed score, 预算执行率, the
   * computed total and grade, and beside each what the office wrote (null when it wrote none).
   * Scores and rates are exact decimals (12 places where they do not end): rounding is the printer's.
   */
  public record SelfEvaluation(
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StageFunds> funds,
      @JsonInclude(JsonInclude.Include.NON_NULL) String achieved,
      List<Actual> actuals, @JsonInclude(JsonInclude.Include.NON_NULL) Execution execution,
      @JsonInclude(JsonInclude.Include.NON_NULL) String total, @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
      @JsonInclude(JsonInclude.Include.NON_NULL) String writtenTotal,
      @JsonInclude(JsonInclude.Include.NON_NULL) String writtenGrade,
      @JsonInclude(JsonInclude.Include.NON_NULL) String weights) {}

  /**
   * One actual: the indicator (as the target names it, with its first- and second-level), its
   * target and actual as written, weight, the computed score (null where only the office can score),
   * the score the total counts (the computed one, else the written one), and the written one.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Actual(
      String level, String category, String name, String target, String actual, String weight, String score,
      String counted, String writtenScore, String reason) {}

  /**
   * 预算执行率: the year's 年初预算数, budget and execution in 元, the rate (a fraction), its weight and
   * score, and the written ones.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Execution(
      String start, String budget, String executed, String rate, String weight, String score, String writtenRate,
      String writtenScore) {}

  /**
   * A source's amounts in a later form, in 元: 年初预算数 (the self-evaluation's; null in monitoring),
   * 全年预算数 and 执行数; {@code key} is null on the total row.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StageFunds(String key, String label, String start, String budget, String executed) {}

  /**
   * 运行监控, where the project has a snapshot: its date, the sources' budget and execution so far,
   * the execution rate against the share of the year gone by and its light, and each monitored
   * indicator. Rates and deviations are exact fractions (12 places where they do not end).
   */
  public record Monitoring(
      String date, int month, List<StageFunds> funds, @JsonInclude(JsonInclude.Include.NON_NULL) MonitorExecution execution,
      List<Progress> actuals) {}

  /**
   * 调整, in date order: its date and reason, each source's 年度 amount in 元 before and after, and each
   * indicator's target before and after, as the form prints them. The target form keeps its values.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Adjustment(String date, String reason, List<AdjustedFunds> funds, List<AdjustedTarget> indicators) {}

  /** A source an adjustment changes: 年度 amounts in 元, before and after. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AdjustedFunds(String key, String label, String before, String after) {}

  /** An indicator an adjustment changes: its target before and after. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AdjustedTarget(String level, String category, String name, String before, String after) {}

  /** Execution so far: the rate, the share of the year gone by, and the profile's light for the lag (null: none). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MonitorExecution(String budget, String executed, String rate, String elapsed, String light) {}

  /**
   * A monitored indicator: its target, 完成值 so far and 全年预计 as written, the 偏离度 by direction
   * (negative when behind), whether it is off track by the profile's threshold, and the cause.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Progress(
      String level, String category, String name, String target, String actual, String forecast, String deviation,
      boolean offTrack, String cause, String reason) {}

  public ProjectView(
      String name, String file, String departmentCode, String departmentName, String implementer, Attribute attribute,
      Period period, List<FundsRow> funds, FundsTotal total, Costs costs, List<Narrative> narratives, String goalTerm,
      String goalAnnual, List<Level> levels, List<Indicator> indicators, String leader, String handler, String phone,
      Filed filed, int warnings, List<Silenced> silenced, List<Field> fields, List<String> emptyRows) {
    this(name, file, departmentCode, departmentName, implementer, attribute, period, funds, total, costs, narratives,
        goalTerm, goalAnnual, levels, indicators, leader, handler, phone, filed, warnings, silenced, fields, emptyRows, null,
        null, List.of());
  }

  public record Attribute(String key, String label, String written) {}

  /**
   * 项目期: {@code written} as the form prints it (1年, 2023年7月至2024年1月); {@code from} and
   * {@code to} (ISO dates, whole months widened) only for a range.
   */
  public record Period(
      String written,
      BigDecimal years,
      @JsonInclude(JsonInclude.Include.NON_NULL) String from,
      @JsonInclude(JsonInclude.Include.NON_NULL) String to) {
    public Period(String written, BigDecimal years) {
      this(written, years, null, null);
    }
  }

  /** A field the profile declares beyond the language's own (业务主管部门, 项目类型 …). */
  public record Field(String key, String label, String value) {}

  /** 分值, 指标性质, 指标值类型, 绩效标准, 指标解释, 评分标准, 指标值说明: each null when not written. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Parts(
      String weight, String direction, String kind, String standard, String explain, String scoring, String note) {}

  /** One funding source, both columns; {@code blank} when the form leaves the cell empty. */
  public record FundsRow(String key, String label, Amount term, Amount annual) {}

  public record FundsTotal(Amount term, Amount annual) {}

  /**
   * 预算成本构成, where the template has it and the form writes it: the table's label, the label of
   * the items' column (null when the profile gives none), the year columns, the items with one
   * amount per column, and each column's total (as written, or the items' sum).
   */
  public record Costs(String label, String itemLabel, List<CostColumn> columns, List<CostItem> items, List<Amount> total) {}

  /** A year column of the cost table: the year and the label printed over it (本年预算). */
  public record CostColumn(int year, String label) {}

  /** A cost item and its amount in each year column. */
  public record CostItem(String name, List<Amount> amounts) {}

  /** An amount in 元, with what was written (number and unit) beside it; null written if derived. */
  public record Amount(BigDecimal yuan, String written, String writtenUnit, boolean blank) {}

  public record Narrative(String key, String label, String text) {}

  /** A first-level indicator and its categories, in framework order, for the indicator table. */
  public record Level(String name, List<Category> categories) {}

  /** A second-level category: its name, its short name (null when none) and its indicators by stage. */
  public record Category(String name, String shortName, List<Indicator> term, List<Indicator> annual) {}

  /** A third-level indicator in one or both columns. */
  public record Indicator(
      String column,
      String level,
      String category,
      String name,
      Target target,
      String allowReason,
      @JsonInclude(JsonInclude.Include.NON_NULL) Parts parts) {}

  /**
   * A target: {@code kind} is quantity, qualitative or deadline; {@code display} is how the
   * official form prints it (≥407097人/年); {@code base} is a quantity in base units (元, 人, 年…),
   * exact, for comparing targets written in different units.
   */
  public record Target(
      String kind,
      String comparator,
      String value,
      String unit,
      String dimension,
      String base,
      String written,
      String display) {}

  public record Filed(String written, String iso) {}

  public record Silenced(String code, int line, String message, List<org.jixiao.diag.Arg> args, String reason) {}
}
