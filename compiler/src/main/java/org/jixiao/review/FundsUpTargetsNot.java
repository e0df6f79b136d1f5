package org.jixiao.review;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.ProjectItem;

/**
 * 适当性: more money this year and no quantity target raised (JX1103): a ≥ target higher, or a ≤
 * target (a cost) lower, than last year's. Reported at the funds block.
 */
final class FundsUpTargetsNot implements ReviewRule {
  @Override
  public void check(YearPair pair, List<Diagnostic> out) {
    var now = YearPair.annualFunds(pair.current(), pair.now());
    var before = YearPair.annualFunds(pair.previous(), pair.before());
    if (now == null || before == null || now.compareTo(before) <= 0) {
      return;
    }
    for (ProjectItem.Indicator i : YearPair.annual(pair.current(), pair.now())) {
      ProjectItem.Indicator last = pair.lastYear(i);
      var t = YearPair.base(i, pair.now());
      var l = last == null ? null : YearPair.base(last, pair.before());
      if (t == null || l == null || !YearPair.unit(i, pair.now()).sameDimension(YearPair.unit(last, pair.before()))) {
        continue;
      }
      Comparator c = i.target().comparator();
      boolean raised = (c == Comparator.LE || c == Comparator.LT) ? t.compareTo(l) < 0 : t.compareTo(l) > 0;
      if (raised) {
        return;
      }
    }
    ProjectItem funds = pair.current().project().items().stream().filter(x -> x instanceof ProjectItem.Funds).findFirst().orElse(null);
    var span = funds == null ? pair.current().project().name().span() : funds.span();
    out.add(Diagnostic.of(DiagnosticCode.REVIEW_FUNDS_UP_TARGETS_NOT, pair.current().file(),
        new org.jixiao.source.Span(span.start(), Math.min(span.end(), span.start() + 5)),
        pair.now().money(before), pair.now().money(now)));
  }
}
