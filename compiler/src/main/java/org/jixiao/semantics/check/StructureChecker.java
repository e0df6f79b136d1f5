package org.jixiao.semantics.check;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.BuiltinFields;
import org.jixiao.semantics.library.FormField;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.library.Suggest;
import org.jixiao.semantics.resolve.NameResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Hint;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.FundsRow;
import org.jixiao.syntax.Node;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;

/**
 * The shape of each form: every field present once, nothing unknown, no indicator or funding
 * source written twice, no two projects of a budget with the same name.
 */
public final class StructureChecker {
  /** Project keywords, for "did you mean". */
  public static final List<String> PROJECT_KEYWORDS =
      List.of(
          "department", "implementer", "attribute", "period", "funds", "costs", "overview", "basis",
          "necessity", "measures", "plan", "goal", "indicator", "leader", "handler", "phone",
          "filed", "check", "selfeval", "monitor", "adjust");

  private final BudgetContext ctx;

  public StructureChecker(BudgetContext ctx) {
    this.ctx = ctx;
  }

  /** The shape of each of the context's projects. */
  public void run() {
    for (ProjectFile pf : ctx.projects()) {
      check(pf);
    }
  }

  /** No two projects of the budget with the same name: once per budget, over all its projects. */
  public void runOnBudget() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (org.jixiao.semantics.ProjectDigest pf : ctx.digests()) {
      // Departments may use the same project name (业务工作经费); a project is its department's.
      org.jixiao.semantics.ProjectDigest.Department d = pf.department();
      String key = (d == null ? "" : d.code()) + "\u0000" + pf.nameKey();
      if (!names.add(key)) {
        ctx.report(Diagnostic.of(DiagnosticCode.DUPLICATE_PROJECT, pf.file(), pf.nameSpan(), pf.nameText()));
      }
    }
  }

  private void check(ProjectFile pf) {
    SourceFile file = pf.file();
    Map<String, Node> single = new LinkedHashMap<>();
    Map<String, Node> goals = new HashMap<>();
    Map<String, Node> indicators = new HashMap<>();
    // A misspelt keyword is reported once, as unknown, and not again as a missing field.
    java.util.Set<String> misspelled = new java.util.HashSet<>();
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Unknown u) {
        unknownKeyword(file, u);
        String meant = Suggest.closest(u.word().text(), PROJECT_KEYWORDS);
        if (meant != null) {
          misspelled.add(meant);
        }
      } else if (item instanceof ProjectItem.Goal g) {
        for (String column : columns(g.column())) {
          once(goals, column, g, file, "goal");
        }
      } else if (item instanceof ProjectItem.Indicator i) {
        indicator(file, indicators, i);
      } else if (item instanceof ProjectItem.Funds f) {
        once(single, "funds", f, file, "funds");
        fundsRows(file, f);
      } else if (item instanceof ProjectItem.CustomField c) {
        if (customField(file, c)) {
          once(single, ctx.profile().field(c.key().text()).key(), item, file, c.key().text());
        } else {
          String meant = Suggest.closest(c.key().text(), PROJECT_KEYWORDS);
          if (meant != null) {
            misspelled.add(meant);
          }
        }
      } else if (!(item instanceof ProjectItem.Check) && !(item instanceof ProjectItem.AdjustmentBlock)) {
        // A project may be adjusted more than once in its year; every other item is written once.
        once(single, item.keyword(), item, file, item.keyword());
      }
    }
    new TemplateFields(ctx).check(pf, single.keySet(), !goals.isEmpty(), misspelled);
  }

  /**
   * A line {@code 业务主管部门 "…"}: a field when the profile declares it, with its value in the
   * field's list when it has one; otherwise an unknown keyword. True when it is a field.
   */
  private boolean customField(SourceFile file, ProjectItem.CustomField c) {
    RuleProfile profile = ctx.profile();
    FormField field = profile == null ? null : profile.field(c.key().text());
    if (field == null || BuiltinFields.isBuiltin(field.key())) {
      List<String> known = new ArrayList<>(PROJECT_KEYWORDS);
      if (profile != null) {
        profile.fields().stream().filter(f -> f.present() && !BuiltinFields.isBuiltin(f.key()))
            .forEach(f -> known.add(f.key()));
      }
      ctx.report(Suggest.unknownKeyword(file, c.key(), known));
      return false;
    }
    if (!field.present()) {
      ctx.report(Diagnostic.of(DiagnosticCode.FIELD_NOT_IN_TEMPLATE, file, c.key().span(), c.key().text(), profile.name()));
    } else if (!field.values().isEmpty() && !field.values().contains(c.value().value())) {
      ctx.report(
          Diagnostic.of(DiagnosticCode.VALUE_NOT_IN_FIELD_LIST, file, c.value().span(), c.value().value(),
              field.label() == null ? field.key() : field.label(), String.join("、", field.values())));
    }
    return true;
  }

  private void once(Map<String, Node> seen, String key, Node item, SourceFile file, String keyword) {
    Node first = seen.putIfAbsent(key, item);
    if (first != null) {
      ctx.report(
          Diagnostic.of(DiagnosticCode.FIELD_WRITTEN_TWICE, file, item.span(), keyword)
              .withHint(Hint.firstHere(file, first.span())));
    }
  }

  private void indicator(SourceFile file, Map<String, Node> seen, ProjectItem.Indicator i) {
    IndicatorFramework.Category category = ctx.resolution().category(i);
    String categoryKey = category != null ? category.name() : i.category().key();
    for (String column : columns(i.column())) {
      Column stage = column.equals("term") ? Column.TERM : Column.ANNUAL;
      if (!ctx.hasStage(stage)) {
        continue; // a template without 实施期: the line is the annual column's only
      }
      Node first = seen.putIfAbsent(column + "\u0000" + categoryKey + "\u0000" + i.name().key(), i);
      if (first != null) {
        ctx.report(
            Diagnostic.of(DiagnosticCode.INDICATOR_WRITTEN_TWICE, file, i.name().span(), i.name().text(), ctx.stageLabel(stage))
                .withHint(Hint.firstHere(file, first.span())));
        return;
      }
    }
  }

  private void fundsRows(SourceFile file, ProjectItem.Funds funds) {
    Map<String, FundsRow> seen = new HashMap<>();
    for (FundsRow row : funds.rows()) {
      RuleProfile.FundingSource source = ctx.resolution().source(row);
      String key = source != null ? source.key()
          : NameResolver.isTotal(row.source(), ctx.profile()) ? "total" : row.source().key();
      FundsRow first = seen.putIfAbsent(key, row);
      if (first != null) {
        ctx.report(
            Diagnostic.of(DiagnosticCode.FUNDING_SOURCE_WRITTEN_TWICE, file, row.source().span(), row.source().text())
                .withHint(Hint.firstHere(file, first.span())));
      }
    }
  }

  private void unknownKeyword(SourceFile file, ProjectItem.Unknown u) {
    ctx.report(Suggest.unknownKeyword(file, u.word(), PROJECT_KEYWORDS));
  }

  private static List<String> columns(Column column) {
    List<String> out = new ArrayList<>(2);
    if (column.coversTerm()) {
      out.add("term");
    }
    if (column.coversAnnual()) {
      out.add("annual");
    }
    return out;
  }
}
