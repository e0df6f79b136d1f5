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
 */
public final class SummaryLayout {
  private SummaryLayout() {}

  public static Grid of(List<ProjectView> projects, List<String> sourceLabels, String title, int year) {
    List<Cell> cells = new ArrayList<>();
    int sources = sourceLabels.size();
    int columns = 4 + 2 * (sources + 1) + 1;
    List<Integer> widths = new ArrayList<>(List.of(6, 16, 22, 10));
    for (int i = 0; i < 2 * (sources + 1); i++) {
      widths.add(12);
    }
    widths.add(6);
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
      p.funds().forEach(f -> amounts.add(f.term().yuan()));
      amounts.add(p.total().term().yuan());
      p.funds().forEach(f -> amounts.add(f.annual().yuan()));
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
}
