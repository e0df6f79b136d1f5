package org.jixiao.semantics.check;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.BuiltinFields;
import org.jixiao.semantics.library.FormField;
import org.jixiao.semantics.library.RuleProfile;
import java.util.Collection;
import java.util.Set;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;

/**
 * A form against its template's fields: every required field written, none written that the
 * template has not, the department code where the template prints one, and the indicator parts
 * (分值, 指标性质…) only where the template has their column, present where it requires them.
 */
final class TemplateFields {
  private final BudgetContext ctx;

  TemplateFields(BudgetContext ctx) {
    this.ctx = ctx;
  }

  /**
   * @param written the keys of the fields the project writes
   * @param hasGoal whether a goal is written in some column
   * @param misspelled fields a misspelt keyword probably meant: not reported again as missing
   */
  void check(ProjectFile pf, Collection<String> written, boolean hasGoal, Set<String> misspelled) {
    RuleProfile profile = ctx.profile();
    if (profile == null) {
      return;
    }
    for (FormField field : profile.fields()) {
      boolean present = field.key().equals("goal") ? hasGoal : written.contains(field.key());
      // A line with a syntax error the parser built nothing from may be this field: not reported.
      if (field.required() && !present && !misspelled.contains(field.key()) && !ctx.lines(pf).lineLost()
          && !BuiltinFields.INDICATOR.contains(field.key())) {
        ctx.report(
            Diagnostic.of(
                DiagnosticCode.REQUIRED_FIELD_MISSING, pf.file(), pf.project().name().span(),
                "project " + pf.project().name().text(), field.key(),
                field.label() == null ? field.key() : field.label(),
                BuiltinFields.example(field, profile)));
      }
    }
    for (ProjectItem item : ctx.lines(pf).items()) {
      FormField field = profile.field(item.keyword());
      // The cost table is on a form only where its template declares it, as the indicator parts are.
      boolean absent = field != null ? !field.present() : item instanceof ProjectItem.Costs;
      if (BuiltinFields.PROJECT.contains(item.keyword()) && absent) {
        ctx.report(Diagnostic.of(DiagnosticCode.FIELD_NOT_IN_TEMPLATE, pf.file(), keywordSpan(item),
            profile.label(item.keyword(), item.keyword()), profile.name()));
      } else if (writesTerm(item) && !ctx.hasStage(org.jixiao.syntax.Column.TERM)) {
        ctx.report(Diagnostic.of(DiagnosticCode.FIELD_NOT_IN_TEMPLATE, pf.file(), keywordSpan(item),
            profile.label("term", "term"), profile.name()));
      } else if (item instanceof ProjectItem.Period || item instanceof ProjectItem.PeriodRange) {
        boolean range = item instanceof ProjectItem.PeriodRange;
        if (range != profile.periodForm().equals("range")) {
          ctx.report(Diagnostic.of(DiagnosticCode.PERIOD_FORM_MISMATCH, pf.file(), item.span(),
              profile.label("period", "period"), range ? "@period.duration" : "@period.range",
              BuiltinFields.example(profile.field("period") == null
                  ? new FormField("period", null, FormField.Presence.OPTIONAL, false, java.util.List.of())
                  : profile.field("period"), profile)));
        }
      } else if (item instanceof ProjectItem.Department d) {
        department(pf, d, field);
      } else if (item instanceof ProjectItem.Indicator i && !i.emptyRow()) {
        parts(pf, i);
      }
    }
  }

  private void department(ProjectFile pf, ProjectItem.Department d, FormField field) {
    if (field == null) {
      return;
    }
    if (field.coded() && d.code() == null) {
      ctx.report(Diagnostic.of(DiagnosticCode.DEPARTMENT_CODE_MISSING, pf.file(), d.name().span(),
          field.label() == null ? field.key() : field.label()));
    } else if (!field.coded() && d.code() != null) {
      ctx.report(Diagnostic.of(DiagnosticCode.FIELD_NOT_IN_TEMPLATE, pf.file(), d.codeSpan(),
          "@label.departmentCode", ctx.profile().name()));
    }
  }

  private void parts(ProjectFile pf, ProjectItem.Indicator i) {
    var parts = i.parts();
    part(pf, i, "weight", parts.weight() == null ? null : parts.weight().span());
    part(pf, i, "direction", parts.direction() == null ? null : parts.direction().span());
    part(pf, i, "kind", parts.kind() == null ? null : parts.kind().span());
    part(pf, i, "standard", parts.standard() == null ? null : parts.standard().span());
    part(pf, i, "explain", parts.explain() == null ? null : parts.explain().span());
    part(pf, i, "scoring", parts.scoring() == null ? null : parts.scoring().span());
    part(pf, i, "note", parts.note() == null ? null : parts.note().span());
  }

  private void part(ProjectFile pf, ProjectItem.Indicator i, String key, org.jixiao.source.Span written) {
    FormField field = ctx.profile().field(key);
    String label = field == null || field.label() == null ? key : field.label();
    if (written != null && (field == null || !field.present())) {
      ctx.report(Diagnostic.of(DiagnosticCode.FIELD_NOT_IN_TEMPLATE, pf.file(), written, label, ctx.profile().name()));
    } else if (written == null && field != null && field.required()) {
      Name name = i.name();
      DiagnosticCode code = key.equals("weight") ? DiagnosticCode.WEIGHT_MISSING : DiagnosticCode.REQUIRED_FIELD_MISSING;
      ctx.report(code == DiagnosticCode.WEIGHT_MISSING
          ? Diagnostic.of(code, pf.file(), name.span(), name.text())
          : Diagnostic.of(code, pf.file(), name.span(), "indicator " + name.text(), key, label,
              BuiltinFields.example(field, ctx.profile())));
    }
  }

  /** A goal or indicator written for the 实施期 column only ({@code goal term …}). */
  private static boolean writesTerm(ProjectItem item) {
    org.jixiao.syntax.Column column = item instanceof ProjectItem.Goal g ? g.column()
        : item instanceof ProjectItem.Indicator i ? i.column() : null;
    return column == org.jixiao.syntax.Column.TERM;
  }

  /** The keyword at the start of a line: where "this template has no such field" points. */
  private static org.jixiao.source.Span keywordSpan(ProjectItem item) {
    int start = item.span().start();
    return new org.jixiao.source.Span(start, start + item.keyword().length());
  }
}
