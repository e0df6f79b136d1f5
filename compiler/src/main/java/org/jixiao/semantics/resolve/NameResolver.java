package org.jixiao.semantics.resolve;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.library.Suggest;
import org.jixiao.semantics.units.Unit;
import java.util.List;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Hint;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.Expr;
import org.jixiao.syntax.FundsRow;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Target;
import org.jixiao.syntax.UnitExpr;

/**
 * Resolves every name a form uses against the budget's library and profile: indicator categories
 * (by the framework), units, funding sources and project attributes. Results go to the {@link
 * Resolution} side tables; what cannot be resolved is reported once, with a suggestion.
 */
public final class NameResolver {
  /** Funding rows with these names hold the written total, not a source. */
  /** The total row's keyword; the words forms use for it (合计, 总计…) are the profile's {@code words total}. */
  private static final String TOTAL = "total";

  private final BudgetContext ctx;

  /** A row holding the written total: total, Total, 合计, … */
  public static boolean isTotal(Name name, RuleProfile profile) {
    String key = name.key().toLowerCase(java.util.Locale.ROOT);
    return key.equals(TOTAL) || (profile != null && profile.words("total").contains(name.key()));
  }

  public NameResolver(BudgetContext ctx) {
    this.ctx = ctx;
  }

  /** The budget declaration's names (its ceilings' units): once per budget, not per project. */
  public void runOnBudget() {
    if (ctx.budget() != null) {
      for (BudgetItem item : ctx.budget().items()) {
        if (item instanceof BudgetItem.Ceiling c && c.amount() instanceof Amount.Money m) {
          unit(ctx.budgetFile(), m.unit());
        }
      }
    }
  }

  /** The names of the context's projects. */
  public void run() {
    for (ProjectFile pf : ctx.projects()) {
      for (ProjectItem item : pf.project().items()) {
        resolve(pf.file(), item);
      }
    }
  }

  private void resolve(SourceFile file, ProjectItem item) {
    if (item instanceof ProjectItem.Indicator i) {
      category(file, i);
      if (i.target() instanceof Target.Quantity q) {
        unit(file, q.unit());
      }
    } else if (item instanceof ProjectItem.Funds f) {
      unit(file, f.unit());
      for (FundsRow row : f.rows()) {
        source(file, row);
        money(file, row.term());
        if (row.annual() != null) {
          money(file, row.annual());
        }
      }
    } else if (item instanceof ProjectItem.Costs c) {
      unit(file, c.unit());
      for (ProjectItem.CostRow row : c.rows()) {
        row.amounts().forEach(a -> money(file, a));
      }
    } else if (item instanceof ProjectItem.Period p) {
      unit(file, p.value().unit());
    } else if (item instanceof ProjectItem.Attribute a) {
      attribute(file, a);
    } else if (item instanceof ProjectItem.MonitoringBlock m) {
      unit(file, m.monitoring().fundsUnit());
      for (org.jixiao.syntax.Monitoring.FundsRow row : m.monitoring().funds()) {
        money(file, row.budget());
        money(file, row.executed());
      }
      for (org.jixiao.syntax.Monitoring.Actual a : m.monitoring().actuals()) {
        for (Target t : java.util.Arrays.asList(a.value(), a.forecast())) {
          if (t instanceof Target.Quantity q) {
            unit(file, q.unit());
          }
        }
      }
    } else if (item instanceof ProjectItem.SelfEvaluationBlock s) {
      unit(file, s.evaluation().fundsUnit());
      for (org.jixiao.syntax.SelfEvaluation.FundsRow row : s.evaluation().funds()) {
        money(file, row.start());
        money(file, row.budget());
        money(file, row.executed());
      }
      for (org.jixiao.syntax.SelfEvaluation.Actual a : s.evaluation().actuals()) {
        if (a.value() instanceof Target.Quantity q) {
          unit(file, q.unit());
        }
      }
    } else if (item instanceof ProjectItem.AdjustmentBlock a) {
      unit(file, a.adjustment().fundsUnit());
      for (FundsRow row : a.adjustment().funds()) {
        source(file, row);
        money(file, row.term());
        if (row.annual() != null) {
          money(file, row.annual());
        }
      }
      for (org.jixiao.syntax.Adjustment.Indicator i : a.adjustment().indicators()) {
        if (i.target() instanceof Target.Quantity q) {
          unit(file, q.unit());
        }
      }
    } else if (item instanceof ProjectItem.Check c) {
      expr(file, c.left());
      expr(file, c.right());
    }
  }

  private void expr(SourceFile file, Expr e) {
    if (e instanceof Expr.Binary b) {
      expr(file, b.left());
      expr(file, b.right());
    } else if (e instanceof Expr.NumberLiteral n) {
      unit(file, n.unit());
    }
  }

  private void money(SourceFile file, Amount amount) {
    if (amount instanceof Amount.Money m) {
      unit(file, m.unit());
    }
  }

  private void unit(SourceFile file, UnitExpr expr) {
    if (expr == null || file == null) {
      return;
    }
    Unit result = ctx.library().product(expr.factors()); // kept per spelling by the library
    if (result == null) {
      unknownUnit(file, expr);
      return;
    }
    ctx.resolution().unit(expr, result);
  }

  /** JX0102 at the first word of the unit the library does not know. */
  private void unknownUnit(SourceFile file, UnitExpr expr) {
    for (UnitExpr.Factor f : expr.factors()) {
      if (ctx.library().unit(f.name()) == null) {
        Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_UNIT, file, f.span(), f.name());
        String suggestion = Suggest.closest(f.name(), ctx.library().unitNames());
        if (suggestion != null) {
          d = d.withHint(Hint.of("hint.didYouMean", suggestion));
        }
        if (gluedToNumber(file, expr) || f.name().codePointCount(0, f.name().length()) > 3) {
          d = d.withHint(Hint.of("hint.quoteText", numberAndUnitText(file, expr)));
        }
        ctx.report(d);
        return;
      }
    }
  }

  /** True for 2026年底前完成: a word that only looks like a number and a unit. */
  private static boolean gluedToNumber(SourceFile file, UnitExpr expr) {
    int start = expr.span().start();
    return start > 0 && Character.isDigit(file.text().charAt(start - 1));
  }

  /** The whole value as written, for the "quote it" hint: 2026年底前完成. */
  private static String numberAndUnitText(SourceFile file, UnitExpr expr) {
    int start = expr.span().start();
    String text = file.text();
    while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    return text.substring(start, expr.span().end());
  }

  private void category(SourceFile file, ProjectItem.Indicator indicator) {
    IndicatorFramework framework = ctx.framework();
    if (framework == null) {
      return;
    }
    Name written = indicator.category();
    IndicatorFramework.Category category = framework.category(written.key());
    if (category == null) {
      Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_CATEGORY, file, written.span(), written.text(), framework.title());
      String suggestion = Suggest.closest(written.text(), framework.categorySpellings());
      if (suggestion != null) {
        IndicatorFramework.Category meant = framework.category(suggestion);
        d = d.withHint(Hint.of("hint.didYouMeanLong", suggestion, meant.name()));
      }
      ctx.report(d);
      return;
    }
    if (indicator.path().size() == 3) {
      Name levelName = indicator.path().get(0);
      IndicatorFramework.Level level = framework.level(levelName.key());
      if (level == null) {
        Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_LEVEL, file, levelName.span(), levelName.text());
        ctx.report(Suggest.withSuggestion(d, levelName.text(), framework.levelSpellings(),
            Hint.list("hint.known", levelNames(framework))));
        return;
      }
      if (!level.name().equals(category.level())) {
        ctx.report(
            Diagnostic.of(
                DiagnosticCode.CATEGORY_NOT_IN_LEVEL, file, levelName.span().union(written.span()),
                levelName.text(), written.text(), framework.title(), category.level()));
        return;
      }
    }
    ctx.resolution().category(indicator, category);
  }

  private static List<String> levelNames(IndicatorFramework framework) {
    List<String> names = new java.util.ArrayList<>();
    framework.levels().forEach(l -> names.add(l.name()));
    return names;
  }

  private void source(SourceFile file, FundsRow row) {
    Name name = row.source();
    if (isTotal(name, ctx.profile())) {
      return;
    }
    RuleProfile profile = ctx.profile();
    if (profile == null) {
      return;
    }
    RuleProfile.FundingSource source = profile.source(name.key());
    if (source == null) {
      Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_FUNDING_SOURCE, file, name.span(), name.text());
      List<Arg> known = new java.util.ArrayList<>();
      profile.sources().forEach(s -> known.add(Arg.key("hint.knownItem", Arg.text(s.key()), Arg.text(s.label()))));
      // The total row's keyword, with the word the template's own forms use for it.
      java.util.Iterator<String> totalWords = profile.words("total").iterator();
      known.add(totalWords.hasNext() ? Arg.key("hint.knownItem", Arg.text("total"), Arg.text(totalWords.next())) : Arg.text("total"));
      // Suggestions by the level of government the name states, then the whole list: a reader
      // who wrote 县级 should see where county money goes, and what else could be meant.
      List<RuleProfile.FundingSource> meant = Suggest.sources(name.text(), profile);
      if (meant.size() == 1) {
        d = d.withHint(Hint.of("hint.didYouMeanLong", meant.get(0).key(), meant.get(0).label()));
      } else if (!meant.isEmpty()) {
        List<Arg> items = new java.util.ArrayList<>();
        meant.forEach(s -> items.add(Arg.key("hint.knownItem", Arg.text(s.key()), Arg.text(s.label()))));
        d = d.withHint(Hint.typed("hint.didYouMeanOneOf", Arg.list(items)));
      }
      ctx.report(d.withHint(Hint.typed("hint.known", Arg.list(known))));
      return;
    }
    ctx.resolution().source(row, source);
  }

  private void attribute(SourceFile file, ProjectItem.Attribute item) {
    RuleProfile profile = ctx.profile();
    if (profile == null || (profile.field("attribute") != null && !profile.has("attribute"))) {
      return; // a template without 项目属性: the line itself is reported (JX0310), not its value
    }
    RuleProfile.AttributeValue value = profile.attribute(item.value().key());
    if (value == null) {
      Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_ATTRIBUTE, file, item.value().span(), item.value().text());
      List<Arg> known = new java.util.ArrayList<>();
      profile.attributes().forEach(a -> known.add(Arg.key("hint.knownItem", Arg.text(a.key()), Arg.text(a.label()))));
      ctx.report(Suggest.withSuggestion(d, item.value().text(), profile.attributeSpellings(),
          Hint.typed("hint.known", Arg.list(known))));
      return;
    }
    ctx.resolution().attribute(item, value);
  }
}
