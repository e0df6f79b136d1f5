package org.jixiao.tables;

import static org.jixiao.tables.Amounts.yuanText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Name;

/**
 * The funds rows of a later form (自评, 监控) as the form prints them: a total row under the label of
 * the profile's annual column (年度资金总额), then one row per source of the profile in its order, each
 * with the amounts its row wrote (a source the block leaves out prints blank).
 */
final class StageFundsViews {
  private StageFundsViews() {}

  /** One written row: its source as written and its amounts in 元 (start null where the form has none). */
  record Written(Name source, Rational start, Rational budget, Rational executed) {}

  static List<ProjectView.StageFunds> of(BudgetContext ctx, List<Written> written, Written total) {
    RuleProfile profile = ctx.profile();
    List<ProjectView.StageFunds> rows = new ArrayList<>();
    rows.add(row(null, totalLabel(profile), total));
    for (RuleProfile.FundingSource source : profile.sources()) {
      Written w = written.stream()
          .filter(r -> profile.source(r.source().key()) == source).findFirst().orElse(null);
      rows.add(row(source.key(), source.label(), w));
    }
    return rows;
  }

  /** The sum of the written rows, column by column; a column no row writes stays null. */
  static Written sum(List<Written> written) {
    return new Written(null, sum(written, Written::start), sum(written, Written::budget), sum(written, Written::executed));
  }

  private static Rational sum(List<Written> written, Function<Written, Rational> column) {
    Rational total = null;
    for (Written w : written) {
      Rational r = column.apply(w);
      if (r != null) {
        total = total == null ? r : total.plus(r);
      }
    }
    return total;
  }

  private static ProjectView.StageFunds row(String key, String label, Written w) {
    return new ProjectView.StageFunds(key, label, w == null ? null : yuanText(w.start()), w == null ? null : yuanText(w.budget()),
        w == null ? null : yuanText(w.executed()));
  }


  /** 年度资金总额: the label of the profile's annual funding column. */
  private static String totalLabel(RuleProfile profile) {
    for (RuleProfile.FundsColumn c : profile.columns()) {
      if (c.key().equals("annual")) {
        return c.label();
      }
    }
    return profile.columns().isEmpty() ? "" : profile.columns().get(profile.columns().size() - 1).label();
  }
}
