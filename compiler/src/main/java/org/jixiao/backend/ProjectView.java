package org.jixiao.backend;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
    List<Silenced> silenced) {

  public record Attribute(String key, String label, String written) {}

  public record Period(String written, BigDecimal years) {}

  /** One funding source, both columns; {@code blank} when the form leaves the cell empty. */
  public record FundsRow(String key, String label, Amount term, Amount annual) {}

  public record FundsTotal(Amount term, Amount annual) {}

  /** An amount in 元, with what was written (number and unit) beside it; null written if derived. */
  public record Amount(BigDecimal yuan, String written, String writtenUnit, boolean blank) {}

  public record Narrative(String key, String label, String text) {}

  /** A first-level indicator and its categories, in framework order, for the indicator table. */
  public record Level(String name, List<Category> categories) {}

  public record Category(String name, List<Indicator> term, List<Indicator> annual) {}

  /** A third-level indicator in one or both columns. */
  public record Indicator(
      String column, String level, String category, String name, Target target, String allowReason) {}

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

  public record Silenced(String code, int line, String message, String reason) {}
}
