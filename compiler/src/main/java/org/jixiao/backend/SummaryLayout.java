package org.jixiao.backend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.backend.Grid.Cell;
import org.jixiao.backend.Grid.Role;
import org.jixiao.backend.Grid.Value;

/**
 * The 汇总 sheet: one row per project with department, attribute, funds by source for both
 * columns, the totals and the count of warnings; then one total row for the whole budget.
 *
 * <p>It must print readably on A4 landscape, fitted to the page width (about 9 pt or more): so a
 * funding source that no project uses (every amount zero or blank) gets no column, as a careful
 * spreadsheet user would hide it (the totals are unchanged), and the text columns are narrow and
 * wrap, the rows growing taller instead of the table wider.
 */
public final class SummaryLayout {
  private SummaryLayout() {}

  /** Widths of 部门代码, 主管部门, 项目名称, 项目属性; of each amount; of 警告. */
  static final List<Integer> TEXT_WIDTHS = List.of(4, 12, 16, 6);
  static final int MONEY_WIDTH = 9;
  static final int WARNINGS_WIDTH = 3;

  public static Grid of(List<ProjectView> projects, List<String> allSourceLabels, String title, int year) {
    List<Cell> cells = new ArrayList<>();
    List<String> sourceLabels = allSourceLabels.stream().filter(label -> used(projects, label)).toList();
    int sources = sourceLabels.size();
    int columns = 4 + 2 * (sources + 1) + 1;
    List<Integer> widths = new ArrayList<>(TEXT_WIDTHS);
    for (int i = 0; i < 2 * (sources + 1); i++) {
      widths.add(MONEY_WIDTH);
    }
    widths.add(WARNINGS_WIDTH);
    cells.add(new Cell(0, 0, 1, columns, new Value.Text(title + "汇总表（" + year + "年度）"), Role.TITLE));
    String[] fixed = {"部门代码", "主管部门", "项目名称", "项目属性"};
    for (int i = 0; i < fixed.length; i++) {
      cells.add(new Cell(1, i, 2, 1, new Value.Text(fixed[i]), Role.HEADER));
    }
    cells.add(new Cell(1, 4, 1, sources + 1, new Value.Text("实施期资金（元）"), Role.HEADER));
    cells.add(new Cell(1, 5 + sources, 1, sources + 1, new Value.Text("年度资金（元）"), Role.HEADER));
    cells.add(new Cell(1, columns - 1, 2, 1, new Value.Text("警告"), Role.HEADER));
    for (int side = 0; side < 2; side++) {
      int base = 4 + side * (sources + 1);
      for (int i = 0; i < sources; i++) {
        cells.add(new Cell(2, base + i, 1, 1, new Value.Text(sourceLabels.get(i)), Role.HEADER));
      }
      cells.add(new Cell(2, base + sources, 1, 1, new Value.Text("合计"), Role.HEADER));
    }
    int row = 3;
    BigDecimal[] sums = new BigDecimal[2 * (sources + 1)];
    java.util.Arrays.fill(sums, BigDecimal.ZERO.setScale(2));
    int warnings = 0;
    for (ProjectView p : projects) {
      cells.add(new Cell(row, 0, 1, 1, new Value.Text(p.departmentCode()), Role.VALUE));
      cells.add(new Cell(row, 1, 1, 1, new Value.Text(p.departmentName()), Role.VALUE));
      cells.add(new Cell(row, 2, 1, 1, new Value.Text(p.name()), Role.VALUE));
      cells.add(new Cell(row, 3, 1, 1, new Value.Text(p.attribute() == null ? "" : p.attribute().label()), Role.VALUE));
      List<BigDecimal> amounts = new ArrayList<>();
      sourceLabels.forEach(label -> amounts.add(amount(p, label, true)));
      amounts.add(p.total().term().yuan());
      sourceLabels.forEach(label -> amounts.add(amount(p, label, false)));
      amounts.add(p.total().annual().yuan());
      for (int i = 0; i < amounts.size() && i < sums.length; i++) {
        cells.add(new Cell(row, 4 + i, 1, 1, new Value.Money(amounts.get(i)), Role.MONEY));
        sums[i] = sums[i].add(amounts.get(i));
      }
      cells.add(new Cell(row, columns - 1, 1, 1, new Value.Text(String.valueOf(p.warnings())), Role.TARGET));
      warnings += p.warnings();
      row++;
    }
    cells.add(new Cell(row, 0, 1, 4, new Value.Text("合计（" + projects.size() + " 个项目）"), Role.TOTAL_LABEL));
    for (int i = 0; i < sums.length; i++) {
      cells.add(new Cell(row, 4 + i, 1, 1, new Value.Money(sums[i]), Role.TOTAL_MONEY));
    }
    cells.add(new Cell(row, columns - 1, 1, 1, new Value.Text(String.valueOf(warnings)), Role.TOTAL_LABEL));
    return new Grid("汇总", widths, row + 1, 3, cells);
  }

  /** True when some project has a non-zero amount from the source {@code label}. */
  private static boolean used(List<ProjectView> projects, String label) {
    return projects.stream().anyMatch(p -> amount(p, label, true).signum() != 0 || amount(p, label, false).signum() != 0);
  }

  /** A project's amount from one source, for the whole term or the year (zero when it has none). */
  private static BigDecimal amount(ProjectView p, String label, boolean term) {
    for (ProjectView.FundsRow f : p.funds()) {
      if (f.label().equals(label)) {
        return (term ? f.term() : f.annual()).yuan();
      }
    }
    return BigDecimal.ZERO.setScale(2);
  }
}
