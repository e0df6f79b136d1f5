package org.jixiao.backend;

import org.jixiao.tables.ProjectSummary;
import org.jixiao.tables.ProjectView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.syntax.Column;
import org.jixiao.tables.FundsTotals;
import org.jixiao.backend.Grid.Cell;
import org.jixiao.backend.Grid.Role;
import org.jixiao.backend.Grid.Value;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.library.RuleProfile;

/**
 * The 汇总 sheet: one row per project with department, attribute, funds by source for each funding
 * column of the template, the totals and the count of warnings; then one total row for the whole
 * budget. Columns follow the profile: no 部门代码 where departments have no code, no 项目属性
 * where the template has none, one funding group on a one-column template, amounts in the form's
 * money unit and decimals.
 *
 * <p>It must print readably on A4 landscape, fitted to the page width (about 9 pt or more): so a
 * funding source that no project uses (every amount zero or blank) gets no column, as a careful
 * spreadsheet user would hide it (the totals are unchanged), and the text columns are narrow and
 * wrap, the rows growing taller instead of the table wider.
 */
public final class SummaryLayout {
  static final int MONEY_WIDTH = 9;
  static final int WARNINGS_WIDTH = 3;

  /** A text column of the summary: its header, width, and what it shows of a project. */
  private record TextColumn(String header, int width, java.util.function.Function<ProjectSummary, String> value) {}

  private final List<Cell> cells = new ArrayList<>();

  private SummaryLayout() {}

  public static Grid of(BuildInput input, List<String> allSourceLabels) {
    return new SummaryLayout().grid(input, allSourceLabels);
  }

  private Grid grid(BuildInput input, List<String> allSourceLabels) {
    List<ProjectSummary> projects = input.summaries();
    FormContext fc = input.formContext();
    Messages m = input.messages();
    RuleProfile profile = fc.profile();
    List<TextColumn> text = textColumns(fc, m);
    List<String> sourceLabels = allSourceLabels.stream().filter(label -> used(projects, label)).toList();
    List<String> stages = new ArrayList<>();
    if (profile.hasColumn("term")) {
      stages.add("term");
    }
    stages.add("annual");
    int sources = sourceLabels.size();
    int columns = text.size() + stages.size() * (sources + 1) + 1;
    List<Integer> widths = new ArrayList<>();
    text.forEach(c -> widths.add(c.width()));
    for (int i = 0; i < stages.size() * (sources + 1); i++) {
      widths.add(MONEY_WIDTH);
    }
    widths.add(WARNINGS_WIDTH);
    put(0, 0, 1, columns, m.get("summary.title", input.title(), String.valueOf(input.year())), Role.TITLE);
    for (int i = 0; i < text.size(); i++) {
      put(1, i, 2, 1, text.get(i).header(), Role.HEADER);
    }
    String money = profile.moneyUnit();
    for (int s = 0; s < stages.size(); s++) {
      int base = text.size() + s * (sources + 1);
      String termLabel = profile.label("term", null);
      String stage = !stages.get(s).equals("term") ? m.get("summary.annual")
          : termLabel != null ? termLabel : m.get("summary.term");
      put(1, base, 1, sources + 1, m.get("summary.funds", stage, money), Role.HEADER);
      for (int i = 0; i < sources; i++) {
        put(2, base + i, 1, 1, sourceLabels.get(i), Role.HEADER);
      }
      put(2, base + sources, 1, 1, m.get("summary.total"), Role.HEADER);
    }
    put(1, columns - 1, 2, 1, m.get("summary.warnings"), Role.HEADER);
    int row = 3;
    int warnings = 0;
    for (ProjectSummary p : projects) {
      for (int i = 0; i < text.size(); i++) {
        put(row, i, 1, 1, text.get(i).value().apply(p), Role.VALUE);
      }
      List<BigDecimal> amounts = new ArrayList<>();
      for (String stage : stages) {
        boolean term = stage.equals("term");
        sourceLabels.forEach(label -> amounts.add(amount(p, label, term)));
        amounts.add((term ? p.total().term() : p.total().annual()).yuan());
      }
      for (int i = 0; i < amounts.size(); i++) {
        cells.add(new Cell(row, text.size() + i, 1, 1, fc.money(amounts.get(i)), Role.MONEY));
      }
      put(row, columns - 1, 1, 1, String.valueOf(p.warnings()), Role.TARGET);
      warnings += p.warnings();
      row++;
    }
    put(row, 0, 1, text.size(), m.get("summary.projects", String.valueOf(projects.size())), Role.TOTAL_LABEL);
    List<BigDecimal> sums = new ArrayList<>();
    for (String stage : stages) {
      FundsTotals.ColumnTotal total = input.totals().column(stage.equals("term") ? Column.TERM : Column.ANNUAL);
      sourceLabels.forEach(label -> sums.add(total.source(sourceKey(profile, label))));
      sums.add(total.total());
    }
    for (int i = 0; i < sums.size(); i++) {
      cells.add(new Cell(row, text.size() + i, 1, 1, fc.money(sums.get(i)), Role.TOTAL_MONEY));
    }
    put(row, columns - 1, 1, 1, String.valueOf(warnings), Role.TOTAL_LABEL);
    return new Grid(m.get("summary.sheet"), widths, row + 1, 3, cells);
  }

  /** 部门代码 (where departments have codes), 主管部门, 项目名称, 项目属性 (where the template has it). */
  private static List<TextColumn> textColumns(FormContext fc, Messages m) {
    RuleProfile profile = fc.profile();
    boolean coded = profile.departmentCoded();
    List<TextColumn> out = new ArrayList<>();
    if (coded) {
      out.add(new TextColumn(m.get("summary.code"), 4, ProjectSummary::departmentCode));
    }
    out.add(new TextColumn(coded ? m.get("summary.department") : fc.label("department"), 12, ProjectSummary::departmentName));
    out.add(new TextColumn(fc.label("name"), 16, ProjectSummary::name));
    if (profile.field("attribute") == null || profile.has("attribute")) {
      out.add(new TextColumn(fc.label("attribute"), 6, p -> p.attribute() == null ? "" : p.attribute().label()));
    }
    return out;
  }

  private void put(int row, int column, int rowSpan, int columnSpan, String text, Role role) {
    cells.add(new Cell(row, column, rowSpan, columnSpan, new Value.Text(text), role));
  }

  /** True when some project has a non-zero amount from the source {@code label}. */
  private static boolean used(List<ProjectSummary> projects, String label) {
    return projects.stream().anyMatch(p -> amount(p, label, true).signum() != 0 || amount(p, label, false).signum() != 0);
  }

  /** The profile's key of the source printed with this label; null when the profile has none. */
  private static String sourceKey(RuleProfile profile, String label) {
    if (profile != null) {
      for (RuleProfile.FundingSource source : profile.sources()) {
        if (source.label().equals(label)) {
          return source.key();
        }
      }
    }
    return null;
  }

  /** A project's amount from one source, for the whole term or the year (zero when it has none). */
  private static BigDecimal amount(ProjectSummary p, String label, boolean term) {
    for (ProjectView.FundsRow f : p.funds()) {
      if (f.label().equals(label)) {
        return (term ? f.term() : f.annual()).yuan();
      }
    }
    return BigDecimal.ZERO.setScale(2);
  }
}
