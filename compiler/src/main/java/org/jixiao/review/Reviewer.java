package org.jixiao.review;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Severity;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.RuleProfile;

/**
 * The entry point of {@code jixiao review}: this year's budget read beside last year's, project by
 * project (by name), the finance bureau's four dimensions (完整性, 相关性, 适当性, 可行性; 财预〔2015〕88号):
 * each finding a diagnostic at its line, this year's own check findings included, and a suggested
 * grade per project by the profile's {@code score review} lines.
 */
public final class Reviewer {
  private static final List<ReviewRule> RULES =
      List.of(new TargetBelowLastActual(), new FundsUpTargetsNot(), new IndicatorsKept());

  private Reviewer() {}

  /** One project's review: its findings in order, and the grade they suggest (null without a profile). */
  public record ProjectReview(String project, List<Diagnostic> findings, int points, String grade, boolean new_) {
    public ProjectReview {
      findings = List.copyOf(findings);
    }
  }

  /**
   * @param checked this year's diagnostics (its own check): a project's errors weigh in its grade
   */
  public static List<ProjectReview> review(BudgetContext now, List<Diagnostic> checked, BudgetContext before) {
    List<ProjectReview> out = new ArrayList<>();
    for (ProjectFile pf : now.projects()) {
      ProjectFile last = before == null ? null : before.projects().stream()
          .filter(p -> YearPair.yearless(p.project().name().key(), before).equals(YearPair.yearless(pf.project().name().key(), now)))
          .findFirst().orElse(null);
      List<Diagnostic> findings = new ArrayList<>();
      checked.stream().filter(d -> d.file() != null && d.file().equals(pf.file()) && inside(pf, d)).forEach(findings::add);
      if (last != null) {
        YearPair pair = new YearPair(pf, now, last, before);
        for (ReviewRule rule : RULES) {
          rule.check(pair, findings);
        }
      }
      int points = 0;
      for (Diagnostic d : findings) {
        points += d.severity() == Severity.ERROR ? 2 : d.severity() == Severity.WARNING ? 1 : 0;
      }
      out.add(new ProjectReview(pf.project().name().text(), findings, points, grade(now.profile(), points), last == null));
    }
    return out;
  }

  private static boolean inside(ProjectFile pf, Diagnostic d) {
    return d.span().start() >= pf.project().span().start() && d.span().start() <= pf.project().span().end();
  }

  /** The best grade whose allowance covers the points (score review 良 2: at most 2 points); the last one otherwise. */
  static String grade(RuleProfile profile, int points) {
    if (profile == null) {
      return null;
    }
    List<RuleProfile.ScoreRule> grades = profile.scores("review");
    for (RuleProfile.ScoreRule g : grades) {
      if (points <= g.low().intValue()) {
        return g.label();
      }
    }
    return grades.isEmpty() ? null : grades.get(grades.size() - 1).label();
  }
}
