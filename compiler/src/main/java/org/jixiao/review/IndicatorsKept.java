package org.jixiao.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.ProjectItem;

/**
 * 完整性: an indicator of last year's target that this year's drops (JX1104), at the project's
 * name; 相关性: an indicator kept whose unit is of another kind than last year's (JX1105), at its target.
 */
final class IndicatorsKept implements ReviewRule {
  @Override
  public void check(YearPair pair, List<Diagnostic> out) {
    List<ProjectItem.Indicator> now = YearPair.annual(pair.current(), pair.now());
    Set<String> kept = now.stream().map(i -> YearPair.identity(i, pair.now())).collect(Collectors.toSet());
    for (ProjectItem.Indicator last : YearPair.annual(pair.previous(), pair.before())) {
      if (!kept.contains(YearPair.identity(last, pair.before()))) {
        out.add(Diagnostic.of(DiagnosticCode.REVIEW_INDICATOR_DROPPED, pair.current().file(), pair.current().project().name().span(),
            pair.before().resolution().category(last).name(), last.name().text()));
      }
    }
    for (ProjectItem.Indicator i : now) {
      ProjectItem.Indicator last = pair.lastYear(i);
      var u = YearPair.unit(i, pair.now());
      var l = last == null ? null : YearPair.unit(last, pair.before());
      if (u != null && l != null && !u.sameDimension(l)) {
        out.add(Diagnostic.of(DiagnosticCode.REVIEW_UNIT_CHANGED, pair.current().file(), i.target().span(), i.name().text(),
            org.jixiao.syntax.CanonicalText.target(last.target()), org.jixiao.syntax.CanonicalText.target(i.target())));
      }
    }
  }
}
