package org.jixiao.backend;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.backend.Grid.Cell;
import org.jixiao.backend.Grid.Role;
import org.jixiao.backend.Grid.Value;

/**
 * The official layout of 阳泉市市级预算部门（单位）项目支出绩效目标表, eight columns wide, as in the
 * seed forms: title, year, header block, funds in two columns by source, the narrative rows, the
 * goals, the indicator table with 实施期 and 年度 side by side, and the footer.
 *
 * <pre>
 *   A      B        C          D           E        F          G           H
 *   [项目名称     ][name ........................................................]
 *   [主管部门及代码][005-…               ][实施单位            ][…                ]
 *   [项目资金（元）][实施期资金总额：][amount][年度资金总额：  ][amount]
 *   [绩效][一级指标][二级指标][三级指标][指标值][二级指标][三级指标][指标值]
 * </pre>
 */
public final class FormLayout {
  /**
   * Column widths in width units of about one CJK character (Excel gives each two character widths;
   * HTML draws 0.75em, see HtmlTable). A money column holds 58,372,000.00; in HTML 一级指标 holds
   * 满意度指标 and 二级指标 holds 可持续影响指标 on one line. The 84 units are wider than A4
   * portrait: both backends print by fitting the width (Excel at about 57%).
   */
  static final List<Integer> WIDTHS = List.of(4, 8, 11, 15, 10, 11, 15, 10);

  static final int TITLE_ROWS = 2;

  private final List<Cell> cells = new ArrayList<>();
  private int row;

  private FormLayout() {}

  /** The grid of one project's form. */
  public static Grid of(ProjectView p, String title, int year) {
    FormLayout l = new FormLayout();
    l.build(p, title, year);
    // The title and year lines repeat at the top of every printed page, so that a loose page of a
    // long form still says which table and year it belongs to.
    return new Grid(sheetName(p), WIDTHS, l.row, TITLE_ROWS, l.cells);
  }

  /** An Excel-safe sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  static String sheetName(ProjectView p) {
    String name = (p.departmentCode().isEmpty() ? "" : p.departmentCode() + "-") + p.name();
    name = name.replaceAll("[:\\\\/?*\\[\\]：]", "_");
    return name.codePointCount(0, name.length()) > 31 ? name.substring(0, name.offsetByCodePoints(0, 31)) : name;
  }

  private void put(int column, int rowSpan, int columnSpan, Value value, Role role) {
    cells.add(new Cell(row, column, rowSpan, columnSpan, value, role));
  }

  private static Value text(String s) {
    return s == null || s.isEmpty() ? new Value.Empty() : new Value.Text(s);
  }

  private void build(ProjectView p, String title, int year) {
    put(0, 1, 8, text(title), Role.TITLE);
    row++;
    put(0, 1, 8, text("（" + year + "年度）"), Role.SUBTITLE);
    row++;
    labelled("项目名称", p.name(), 6);
    row++;
    put(0, 1, 2, text("主管部门及代码"), Role.LABEL);
    put(2, 1, 2, text(p.departmentCode().isEmpty() ? p.departmentName() : p.departmentCode() + "-" + p.departmentName()), Role.VALUE);
    put(4, 1, 2, text("实施单位"), Role.LABEL);
    put(6, 1, 2, text(p.implementer()), Role.VALUE);
    row++;
    put(0, 1, 2, text("项目属性"), Role.LABEL);
    put(2, 1, 2, text(p.attribute() == null ? "" : p.attribute().label()), Role.VALUE);
    put(4, 1, 2, text("项目期"), Role.LABEL);
    put(6, 1, 2, text(p.period() == null ? "" : p.period().written()), Role.VALUE);
    row++;
    funds(p);
    for (ProjectView.Narrative n : p.narratives()) {
      labelled(n.label(), n.text(), 6);
      row++;
    }
    put(0, 2, 2, text("总体目标"), Role.LABEL);
    put(2, 1, 3, text("实施期目标"), Role.HEADER);
    put(5, 1, 3, text("年度目标"), Role.HEADER);
    row++;
    put(2, 1, 3, text(p.goalTerm()), Role.PARAGRAPH);
    put(5, 1, 3, text(p.goalAnnual()), Role.PARAGRAPH);
    row++;
    indicators(p);
    footer(p);
  }

  private void labelled(String label, String value, int span) {
    put(0, 1, 2, text(label), Role.LABEL);
    put(2, 1, span, text(value), span > 2 ? Role.PARAGRAPH : Role.VALUE);
  }

  private void funds(ProjectView p) {
    int rows = 1 + p.funds().size();
    put(0, rows, 2, text("项目资金（元）"), Role.LABEL);
    put(2, 1, 2, text("实施期资金总额："), Role.LABEL);
    put(4, 1, 1, money(p.total().term()), Role.MONEY);
    put(5, 1, 2, text("年度资金总额："), Role.LABEL);
    put(7, 1, 1, money(p.total().annual()), Role.MONEY);
    row++;
    boolean first = true;
    for (ProjectView.FundsRow source : p.funds()) {
      String label = (first ? "其中：" : "") + source.label();
      put(2, 1, 2, text(label), Role.LABEL);
      put(4, 1, 1, money(source.term()), Role.MONEY);
      put(5, 1, 2, text(label), Role.LABEL);
      put(7, 1, 1, money(source.annual()), Role.MONEY);
      first = false;
      row++;
    }
  }

  /** A blank cell stays blank, as on the form; every other amount is a number. */
  private static Value money(ProjectView.Amount amount) {
    return amount.blank() ? new Value.Empty() : new Value.Money(amount.yuan());
  }

  private void indicators(ProjectView p) {
    int first = row;
    String[] headers = {"一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"};
    for (int i = 0; i < headers.length; i++) {
      put(1 + i, 1, 1, text(headers[i]), Role.SECTION_HEAD);
    }
    row++;
    for (ProjectView.Level level : p.levels()) {
      int levelStart = row;
      if (level.categories().isEmpty()) {
        // A level with no categories still gets its own (empty) row, so no cell overlaps.
        put(2, 1, 6, new Value.Empty(), Role.VALUE);
        row++;
      }
      for (ProjectView.Category category : level.categories()) {
        int height = Math.max(1, Math.max(category.term().size(), category.annual().size()));
        put(2, height, 1, text(category.name()), Role.CATEGORY);
        put(5, height, 1, text(category.name()), Role.CATEGORY);
        for (int i = 0; i < height; i++) {
          cells.add(indicatorName(row + i, 3, category.term(), i));
          cells.add(indicatorTarget(row + i, 4, category.term(), i));
          cells.add(indicatorName(row + i, 6, category.annual(), i));
          cells.add(indicatorTarget(row + i, 7, category.annual(), i));
        }
        row += height;
      }
      cells.add(new Cell(levelStart, 1, Math.max(1, row - levelStart), 1, text(level.name()), Role.CATEGORY));
    }
    cells.add(new Cell(first, 0, row - first, 1, text("绩效指标"), Role.LABEL));
  }

  private static Cell indicatorName(int row, int column, List<ProjectView.Indicator> list, int i) {
    return new Cell(row, column, 1, 1, i < list.size() ? text(list.get(i).name()) : new Value.Empty(), Role.VALUE);
  }

  private static Cell indicatorTarget(int row, int column, List<ProjectView.Indicator> list, int i) {
    ProjectView.Target t = i < list.size() ? list.get(i).target() : null;
    return new Cell(row, column, 1, 1, t == null ? new Value.Empty() : text(t.display()), Role.TARGET);
  }

  private void footer(ProjectView p) {
    put(0, 1, 1, text("负责人："), Role.FOOTER);
    put(1, 1, 1, text(p.leader()), Role.FOOTER);
    put(2, 1, 1, text("经办人："), Role.FOOTER);
    put(3, 1, 1, text(p.handler()), Role.FOOTER);
    put(4, 1, 1, text("联系电话："), Role.FOOTER);
    put(5, 1, 1, text(p.phone()), Role.FOOTER);
    put(6, 1, 1, text("填报日期："), Role.FOOTER);
    put(7, 1, 1, text(ProjectViews.filedForForm(p.filed())), Role.FOOTER);
    row++;
  }
}
