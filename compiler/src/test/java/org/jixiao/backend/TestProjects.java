package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.diag.Messages;
import org.jixiao.tables.BudgetTables;
import org.jixiao.tables.FundsTotals;

/**
 * Projects made by hand, not by the checker, so a test can put any text in any field of a form
 * (texts the language would warn about, or could not even spell).
 */
final class TestProjects {
  private TestProjects() {}

  static final String TITLE = "阳泉市市级预算部门（单位）项目支出绩效目标表";

  /** A project whose every text field is {@code text}, with {@code name} as its name. */
  static ProjectView project(String name, String text) {
    return project(name, text, "001");
  }

  /** As {@link #project(String, String)}, with the department code (empty: none, as some templates). */
  static ProjectView project(String name, String text, String departmentCode) {
    ProjectView.Amount amount = new ProjectView.Amount(new BigDecimal("1234567.50"), "1,234,567.5", "元", false);
    ProjectView.Amount zero = new ProjectView.Amount(new BigDecimal("0.00"), "0", null, false);
    ProjectView.Amount blank = new ProjectView.Amount(new BigDecimal("0.00"), "-", null, true);
    ProjectView.Target target = new ProjectView.Target("qualitative", "=", text, null, null, null, text, text);
    ProjectView.Indicator indicator = new ProjectView.Indicator("both", "产出指标", "数量指标", text, target, null, null);
    return new ProjectView(
        name,
        "examples/test/" + name + ".jx",
        departmentCode,
        text,
        text,
        new ProjectView.Attribute("once", "一次性项目（1年结束）", "一次性"),
        new ProjectView.Period("1年", BigDecimal.ONE),
        List.of(
            new ProjectView.FundsRow("central", "中央财政资金", zero, zero),
            new ProjectView.FundsRow("local", "市县（区）财政资金", amount, amount),
            new ProjectView.FundsRow("other", "其他资金", blank, blank)),
        new ProjectView.FundsTotal(amount, amount),
        null,
        List.of(
            new ProjectView.Narrative("overview", "项目概况", text),
            new ProjectView.Narrative("basis", "立项依据", text),
            new ProjectView.Narrative("plan", "项目实施计划", text)),
        text,
        text,
        List.of(
            new ProjectView.Level("产出指标", List.of(
                new ProjectView.Category("数量指标", null, List.of(indicator, indicator), List.of(indicator)),
                new ProjectView.Category("质量指标", null, List.of(), List.of()))),
            new ProjectView.Level("满意度指标", List.of(
                new ProjectView.Category("服务对象满意度指标", null, List.of(indicator), List.of(indicator))))),
        List.of(indicator),
        text,
        text,
        text,
        new ProjectView.Filed("2025-12-22 18:10:34", "2025-12-22T18:10:34"),
        0,
        List.of(),
        List.of(),
        List.of());
  }

  /** A budget without a checked source: the Excel backend needs only the projects. */
  static BuildInput input(int year, ProjectView... projects) {
    List<String> files = java.util.Arrays.stream(projects).map(ProjectView::name).toList();
    return new BuildInput("test", new BudgetTables(null, List.of(projects), totals(projects)), files, TITLE, year,
        new Messages(Messages.Language.ZH));
  }

  /** The totals the checker would add up for these projects (they are made by hand, so is this). */
  private static FundsTotals totals(ProjectView... projects) {
    FundsTotals.ColumnTotal[] columns = new FundsTotals.ColumnTotal[2];
    BigDecimal[] department = {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
    for (int side = 0; side < 2; side++) {
      java.util.Map<String, BigDecimal> sources = new java.util.LinkedHashMap<>();
      BigDecimal total = BigDecimal.ZERO.setScale(2);
      for (ProjectView p : projects) {
        for (ProjectView.FundsRow row : p.funds()) {
          sources.merge(row.key(), (side == 0 ? row.term() : row.annual()).yuan(), BigDecimal::add);
        }
        BigDecimal own = (side == 0 ? p.total().term() : p.total().annual()).yuan();
        total = total.add(own);
        department[side] = department[side].add(own);
      }
      columns[side] = new FundsTotals.ColumnTotal(total, sources);
    }
    return new FundsTotals(columns[0], columns[1],
        List.of(new FundsTotals.Department("001", "test", projects.length, department[0], department[1])));
  }
}
