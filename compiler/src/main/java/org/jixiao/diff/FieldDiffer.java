package org.jixiao.diff;

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

  List<BudgetDiff.FieldChange> changes(ProjectView b, ProjectView a) {
    List<BudgetDiff.FieldChange> out = new ArrayList<>();
    field(out, "name", b.name(), a.name());
    field(out, "department", ProjectMatching.department(b), ProjectMatching.department(a));
    field(out, "implementer", b.implementer(), a.implementer());
    field(out, "attribute", attribute(b), attribute(a));
    field(out, "period", period(b), period(a));
    // The narratives' labels are the form's own (立项依据, …), given by the framework.
    for (int i = 0; i < b.narratives().size() && i < a.narratives().size(); i++) {
      changed(out, b.narratives().get(i).label(), b.narratives().get(i).text(), a.narratives().get(i).text());
    }
    field(out, "goalTerm", b.goalTerm(), a.goalTerm());
    field(out, "goalAnnual", b.goalAnnual(), a.goalAnnual());
    field(out, "leader", b.leader(), a.leader());
    field(out, "handler", b.handler(), a.handler());
    field(out, "phone", b.phone(), a.phone());
    field(out, "filed", ProjectViews.filedForForm(b.filed()), ProjectViews.filedForForm(a.filed()));
    return out;
  }

  private static String attribute(ProjectView p) {
    return p.attribute() == null ? "" : p.attribute().label();
  }

  private String period(ProjectView p) {
    return p.period() == null ? "" : messages.get("diff.field.years", String.valueOf(p.period().years()));
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
