package org.jixiao.semantics.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.ProjectItem;

/**
 * Mandated (固化) indicators, the profile's {@code fixed} lines: every project in a line's scope
 * carries the indicator in each stage its template has (JX0627), and with a target no looser than
 * the locked one (JX0628). Both messages name the profile line that locks the indicator.
 */
final class FixedIndicatorRule implements ProjectRule {
  @Override
  public boolean needsEveryLine() {
    return true; // reads which required lines are missing
  }

  @Override
  public void check(ProjectFile pf, List<ProjectItem.Indicator> indicators, BudgetContext ctx) {
    for (RuleProfile.FixedIndicator fixed : ctx.profile().fixedIndicators()) {
      if (!inScope(pf, fixed, ctx)) {
        continue;
      }
      List<ProjectItem.Indicator> carried = new ArrayList<>();
      for (ProjectItem.Indicator i : indicators) {
        IndicatorFramework.Category c = ctx.resolution().category(i);
        if (c != null && c.name().equals(fixed.category()) && i.name().key().equals(org.jixiao.syntax.Normalize.key(fixed.name()))) {
          carried.add(i);
        }
      }
      List<String> missing = new ArrayList<>();
      String column = "";
      for (Column stage : List.of(Column.TERM, Column.ANNUAL)) {
        boolean covered = carried.stream().anyMatch(i -> stage == Column.TERM ? i.column().coversTerm() : i.column().coversAnnual());
        if (ctx.hasStage(stage) && !covered) {
          missing.add(ctx.stageLabel(stage));
          column = stage == Column.TERM ? "term " : "annual ";
        }
      }
      if (!missing.isEmpty()) {
        // One report per locked indicator, naming the stages that lack it. The line to add is for
        // that stage when the other has it, or for both (a template with one stage needs no column).
        boolean oneStageOfTwo = missing.size() == 1 && ctx.hasStage(Column.TERM);
        Arg stages = missing.size() == 1 ? Arg.of(missing.get(0))
            : Arg.key("stages.pair", Arg.of(missing.get(0)), Arg.of(missing.get(1)));
        // Where the profile fixes it (file, line) goes in the hint only: the message's arguments
        // identify the finding (diff, fmt's guard), and the line moves when the profile's file does.
        Arg[] all = {Arg.text(fixed.path()), Arg.text(fixed.written()), Arg.text(ctx.profile().name()), stages,
            Arg.text(fixed.line().file()), Arg.count(fixed.line().number()), Arg.text(fixed.line().text()),
            Arg.text(oneStageOfTwo ? column : "")};
        ctx.report(Diagnostic.of(DiagnosticCode.FIXED_INDICATOR_MISSING, pf.file(), pf.project().name().span(),
            all[0], all[1], all[2], all[3]).withHint(org.jixiao.diag.Hint.typed("JX0627.hint", all)));
      }
      for (ProjectItem.Indicator i : carried) {
        Unit unit = i.target() instanceof org.jixiao.syntax.Target.Quantity q ? ctx.resolution().unit(q.unit()) : null;
        if (i.target() == null || !TargetStrictness.holds(fixed.target(), fixed.unit(), i.target(), unit)) {
          String[] all = {i.name().text(), i.target() == null ? "" : shown(i.target(), pf), fixed.written(),
              ctx.profile().name(), fixed.line().file(), String.valueOf(fixed.line().number()), fixed.line().text()};
          ctx.report(Diagnostic.of(DiagnosticCode.FIXED_INDICATOR_LOOSER, pf.file(), i.target() == null ? i.name().span() : i.target().span(),
              all[0], all[1], all[2], all[3]).withHint(org.jixiao.diag.Hint.of("JX0628.hint", all)));
        }
      }
    }
  }

  /** A target as messages quote it: as written, a text without its quotes. */
  private static String shown(org.jixiao.syntax.Target target, ProjectFile pf) {
    return target instanceof org.jixiao.syntax.Target.Qualitative q ? q.text() : org.jixiao.syntax.CanonicalText.target(target);
  }

  /** Every project, or those whose attribute or declared field has the line's value. */
  private static boolean inScope(ProjectFile pf, RuleProfile.FixedIndicator fixed, BudgetContext ctx) {
    if (fixed.scope() == null) {
      return true;
    }
    for (ProjectItem item : pf.project().items()) {
      if (fixed.scope().equals("attribute") && item instanceof ProjectItem.Attribute a) {
        RuleProfile.AttributeValue value = ctx.resolution().attribute(a);
        return value != null && value.key().equals(fixed.scopeValue());
      }
      if (item instanceof ProjectItem.CustomField c && c.key().text().equals(fixed.scope())) {
        return c.value().value().equals(fixed.scopeValue());
      }
    }
    return false;
  }
}
