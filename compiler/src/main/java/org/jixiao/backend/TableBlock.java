package org.jixiao.backend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jixiao.backend.Grid.Cell;
import org.jixiao.backend.Grid.Role;
import org.jixiao.backend.Grid.Value;
import org.jixiao.layout.LayoutSpec;
import org.jixiao.tables.ProjectView;

/**
 * A table of a later form ({@code table} in a layout): the funds rows of the 自评表 or 监控表 (a total
 * row, then each source) or their indicator rows (one per evaluated or monitored indicator, the
 * first- and second-level cells merged down their runs), under a header row, with the table's
 * label down the left. Each column shows what the layout names; the figures come computed from
 * the project's view, and only their printing (two decimals, percent) is decided here.
 */
final class TableBlock {
  private final LayoutSpec.Table spec;
  private final FormContext fc;
  private final Consumer<Cell> add;
  private final UnaryOperator<String> fill;

  private TableBlock(LayoutSpec.Table spec, FormContext fc, Consumer<Cell> add, UnaryOperator<String> fill) {
    this.spec = spec;
    this.fc = fc;
    this.add = add;
    this.fill = fill;
  }

  /** Draws the table from {@code row}; {@code fill} fills a header's placeholders ({money}, {month}). */
  static void draw(LayoutSpec.Table spec, FormContext fc, ProjectView p, Consumer<Cell> add, int row,
      UnaryOperator<String> fill) {
    TableBlock t = new TableBlock(spec, fc, add, fill);
    t.draw(t.rows(spec.rows(), p), row);
  }

  /** The table's rows, each a map from column content to what it shows. */
  private List<Map<String, Value>> rows(String kind, ProjectView p) {
    List<Map<String, Value>> rows = new ArrayList<>();
    ProjectView.SelfEvaluation se = p.selfEvaluation();
    ProjectView.Monitoring mo = p.monitoring();
    switch (kind) {
      case "selfeval funds" -> {
        if (se != null) {
          se.funds().forEach(f -> rows.add(selfEvalFunds(f, f.key() == null ? se.execution() : null)));
        }
      }
      case "selfeval indicators" -> {
        if (se != null) {
          se.actuals().forEach(a -> rows.add(selfEvalIndicator(a)));
        }
      }
      case "monitor funds" -> {
        if (mo != null) {
          mo.funds().forEach(f -> rows.add(monitorFunds(f, f.key() == null ? mo.execution() : null)));
        }
      }
      case "monitor indicators" -> {
        if (mo != null) {
          mo.actuals().forEach(a -> rows.add(monitorIndicator(a)));
        }
      }
      default -> {
        // LayoutReader accepts only the kinds above.
      }
    }
    return rows;
  }

  private void draw(List<Map<String, Value>> rows, int first) {
    int row = first;
    int column = spec.labelSpan();
    // An indicator table's header heads its rows: repeated when they run onto another page.
    Role head = spec.rows().endsWith("indicators") ? Role.SECTION_HEAD : Role.HEADER;
    for (LayoutSpec.Column c : spec.columns()) {
      add.accept(new Cell(row, column, 1, c.span(), FormLayout.text(fill.apply(c.header())), head));
      column += c.span();
    }
    row++;
    column = spec.labelSpan();
    for (LayoutSpec.Column c : spec.columns()) {
      if (c.content().equals("level") || c.content().equals("category")) {
        merged(rows, row, column, c);
      } else {
        for (int i = 0; i < rows.size(); i++) {
          Value v = rows.get(i).getOrDefault(c.content(), new Value.Empty());
          add.accept(new Cell(row + i, column, 1, c.span(), v, role(c.content(), v)));
        }
      }
      column += c.span();
    }
    add.accept(new Cell(first, 0, 1 + rows.size(), spec.labelSpan(), FormLayout.text(fill.apply(spec.label())), Role.LABEL));
  }

  /** A level or category column: one cell down each run of rows that show the same (the category within its level). */
  private void merged(List<Map<String, Value>> rows, int top, int column, LayoutSpec.Column c) {
    int start = 0;
    for (int i = 1; i <= rows.size(); i++) {
      if (i == rows.size() || !sameRun(rows.get(start), rows.get(i), c.content())) {
        Value v = rows.get(start).getOrDefault(c.content(), new Value.Empty());
        add.accept(new Cell(top + start, column, i - start, c.span(), v, Role.CATEGORY));
        start = i;
      }
    }
  }

  private static boolean sameRun(Map<String, Value> a, Map<String, Value> b, String content) {
    boolean sameLevel = Objects.equals(a.get("level"), b.get("level"));
    return sameLevel && (content.equals("level") || Objects.equals(a.get("category"), b.get("category")));
  }

  private static Role role(String content, Value v) {
    if (v instanceof Value.Money) {
      return Role.MONEY;
    }
    return switch (content) {
      case "name", "reason", "source" -> Role.VALUE;
      default -> Role.TARGET;
    };
  }

  private Map<String, Value> selfEvalFunds(ProjectView.StageFunds f, ProjectView.Execution x) {
    Map<String, Value> m = new java.util.HashMap<>();
    m.put("source", FormLayout.text(f.label()));
    m.put("start", money(f.start()));
    m.put("budget", money(f.budget()));
    m.put("executed", money(f.executed()));
    if (x != null) {
      m.put("weight", FormLayout.text(figure(x.weight())));
      m.put("rate", FormLayout.text(percent(x.writtenRate() != null ? null : x.rate(), x.writtenRate())));
      m.put("score", FormLayout.text(x.writtenScore() != null ? x.writtenScore() : figure(x.score())));
    }
    return m;
  }

  private Map<String, Value> monitorFunds(ProjectView.StageFunds f, ProjectView.MonitorExecution x) {
    Map<String, Value> m = new java.util.HashMap<>();
    m.put("source", FormLayout.text(f.label()));
    m.put("budget", money(f.budget()));
    m.put("executed", money(f.executed()));
    if (x != null) {
      m.put("rate", FormLayout.text(percent(x.rate(), null)));
      m.put("light", FormLayout.text(x.light()));
    }
    return m;
  }

  private Map<String, Value> selfEvalIndicator(ProjectView.Actual a) {
    Map<String, Value> m = indicator(a.level(), a.category(), a.name(), a.target());
    m.put("actual", FormLayout.text(a.actual()));
    m.put("weight", FormLayout.text(figure(a.weight())));
    // The office's written score where it wrote one (checked equal to the computed one, or inside
    // its band where only the office can score), else the computed one.
    m.put("score", FormLayout.text(a.writtenScore() != null ? a.writtenScore() : figure(a.counted())));
    m.put("reason", FormLayout.text(a.reason()));
    return m;
  }

  private Map<String, Value> monitorIndicator(ProjectView.Progress a) {
    Map<String, Value> m = indicator(a.level(), a.category(), a.name(), a.target());
    m.put("actual", FormLayout.text(a.actual()));
    m.put("forecast", FormLayout.text(a.forecast()));
    m.put("deviation", FormLayout.text(percent(a.deviation(), null)));
    m.put("cause", FormLayout.text(a.cause()));
    m.put("reason", FormLayout.text(a.reason()));
    return m;
  }

  private Map<String, Value> indicator(String level, String category, String name, String target) {
    Map<String, Value> m = new java.util.HashMap<>();
    m.put("level", FormLayout.text(level == null ? null : fc.profile().printed(level)));
    m.put("category", FormLayout.text(category == null ? null : fc.profile().printed(category)));
    m.put("name", FormLayout.text(name));
    m.put("target", FormLayout.text(target));
    return m;
  }

  private Value money(String yuan) {
    return yuan == null ? new Value.Empty() : fc.money(new BigDecimal(yuan));
  }

  /** A score or weight as the forms print it: to two decimals at most, no trailing zeros (18.57, 4, 13.5). */
  static String figure(String exact) {
    if (exact == null) {
      return null;
    }
    BigDecimal v = new BigDecimal(exact).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  /** A fraction as a percent to two decimals (0.9997 → 99.97%), or the rate as the office wrote it (in percent). */
  static String percent(String fraction, String writtenPercent) {
    if (writtenPercent != null) {
      return writtenPercent + "%";
    }
    if (fraction == null) {
      return null;
    }
    return new BigDecimal(fraction).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
