package org.jixiao.diff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.tables.ProjectView;
import org.jixiao.tables.ProjectViews;
import org.jixiao.diag.Messages;
import org.jixiao.syntax.Normalize;

/**
 * The form's other fields (name, department, attribute, period, the narratives, the goals, the
 * people, the date), in the form's order. Texts are compared folded, so that re-typing a
 * full-width comma or a space is no change.
 */
final class FieldDiffer {
  private final Messages messages;

  FieldDiffer(Messages messages) {
    this.messages = messages;
  }

  /**
   * {@code yearShift} is how many years the new budget is after the old one (0 for two versions of
   * one budget): a recurring project's period and filing date that moved by just that many years
   * are the same, since every form of next year's budget moves so.
   */
  List<BudgetDiff.FieldChange> changes(ProjectView b, ProjectView a, int yearShift) {
    List<BudgetDiff.FieldChange> out = new ArrayList<>();
    field(out, "name", b.name(), a.name());
    field(out, "department", ProjectMatching.department(b), ProjectMatching.department(a));
    field(out, "implementer", b.implementer(), a.implementer());
    field(out, "attribute", attribute(b), attribute(a));
    field(out, "period", shiftedPeriod(b, a, yearShift) ? period(a) : period(b), period(a));
    // The narratives' labels are the form's own (立项依据, …), given by the framework.
    for (int i = 0; i < b.narratives().size() && i < a.narratives().size(); i++) {
      changed(out, b.narratives().get(i).label(), b.narratives().get(i).text(), a.narratives().get(i).text());
    }
    field(out, "goalTerm", b.goalTerm(), a.goalTerm());
    field(out, "goalAnnual", b.goalAnnual(), a.goalAnnual());
    field(out, "leader", b.leader(), a.leader());
    field(out, "handler", b.handler(), a.handler());
    field(out, "phone", b.phone(), a.phone());
    field(out, "filed", shiftedFiled(b, a, yearShift) ? ProjectViews.filedForForm(a.filed()) : ProjectViews.filedForForm(b.filed()),
        ProjectViews.filedForForm(a.filed()));
    declared(out, b, a);
    field(out, "emptyRows", String.join("、", b.emptyRows()), String.join("、", a.emptyRows()));
    costs(out, b.costs(), a.costs());
    return out;
  }

  /** The fields a template declares (业务主管部门, 预算分类 …), under the template's labels. */
  private static void declared(List<BudgetDiff.FieldChange> out, ProjectView b, ProjectView a) {
    java.util.Map<String, String[]> byKey = new java.util.LinkedHashMap<>();
    for (int side = 0; side < 2; side++) {
      for (ProjectView.Field f : (side == 0 ? b : a).fields()) {
        String[] v = byKey.computeIfAbsent(f.key(), k -> new String[] {f.label(), "", ""});
        v[side + 1] = f.value();
      }
    }
    byKey.values().forEach(v -> changed(out, v[0], v[1], v[2]));
  }

  /** Each cell of the 预算成本构成 that moved, as 项目（年份）: amounts in 元, exact. */
  private void costs(List<BudgetDiff.FieldChange> out, ProjectView.Costs b, ProjectView.Costs a) {
    java.util.Map<String, String[]> cells = new java.util.LinkedHashMap<>();
    for (int side = 0; side < 2; side++) {
      ProjectView.Costs c = side == 0 ? b : a;
      if (c == null) {
        continue;
      }
      for (ProjectView.CostItem item : c.items()) {
        for (int k = 0; k < item.amounts().size() && k < c.columns().size(); k++) {
          String label = messages.get("diff.field.cost", c.label(), item.name(), String.valueOf(c.columns().get(k).year()));
          cells.computeIfAbsent(label, x -> new String[] {"", ""})[side] = yuan(item.amounts().get(k));
        }
      }
    }
    cells.forEach((label, v) -> changed(out, label, v[0], v[1]));
  }

  private String yuan(ProjectView.Amount amount) {
    return amount.blank() ? "-" : messages.get("diff.field.yuan", org.jixiao.diag.Arg.grouped(amount.yuan().toPlainString()));
  }

  private static String attribute(ProjectView p) {
    return p.attribute() == null ? "" : p.attribute().label();
  }

  /** A 项目期 as years; a month range as written, since moving it by a month keeps its years. */
  private String period(ProjectView p) {
    if (p.period() == null) {
      return "";
    }
    return p.period().from() != null ? p.period().written() : messages.get("diff.field.years", String.valueOf(p.period().years()));
  }

  /** A month range of the old budget that, moved by the years between the budgets, is the new one. */
  private static boolean shiftedPeriod(ProjectView b, ProjectView a, int yearShift) {
    ProjectView.Period x = b.period();
    ProjectView.Period y = a.period();
    if (yearShift == 0 || x == null || y == null || x.from() == null || y.from() == null || x.to() == null || y.to() == null) {
      return false;
    }
    // Whole months: the end of February moves to the end of February, leap year or not.
    return month(x.from()).plusYears(yearShift).equals(month(y.from())) && month(x.to()).plusYears(yearShift).equals(month(y.to()));
  }

  private static YearMonth month(String isoDate) {
    return YearMonth.from(LocalDate.parse(isoDate));
  }

  /** A filing date (and time) of the old budget that is the new one moved by the years between them. */
  private static boolean shiftedFiled(ProjectView b, ProjectView a, int yearShift) {
    if (yearShift == 0 || b.filed() == null || a.filed() == null || b.filed().iso() == null || a.filed().iso() == null) {
      return false;
    }
    return LocalDateTime.parse(b.filed().iso()).plusYears(yearShift).equals(LocalDateTime.parse(a.filed().iso()));
  }

  /** A field named by its message key {@code diff.field.<key>}. */
  private void field(List<BudgetDiff.FieldChange> out, String key, String before, String after) {
    changed(out, messages.get("diff.field." + key), before, after);
  }

  private static void changed(List<BudgetDiff.FieldChange> out, String label, String before, String after) {
    if (!Objects.equals(Normalize.key(nullToEmpty(before)), Normalize.key(nullToEmpty(after)))) {
      out.add(new BudgetDiff.FieldChange(label, before, after));
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
