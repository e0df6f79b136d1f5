package org.jixiao.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.scoring.ScoreFormulas;
import org.jixiao.semantics.units.Rational;
import org.jixiao.testing.Forms;

/**
 * Self-evaluations of random actuals, checked as forms: each score at most its weight, the total
 * the sum of the scores and 预算执行率's, and a self-evaluation that writes the computed figures
 * (to the forms' two decimals) gets no finding about them.
 */
class SelfEvaluationProperties {
  /** One indicator's target and actual (people, 正向 or 反向 by comparator) and weight. */
  record Row(boolean floor, int target, int actual, int weight) {}

  record Case(List<Row> rows, long budget, long executed) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Row> row = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1, 5000),
        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(1, 40)).as(Row::new);
    return Combinators.combine(row.list().ofMinSize(1).ofMaxSize(6), Arbitraries.longs().between(1, 9_000_000),
        Arbitraries.longs().between(0, 9_000_000)).as(Case::new);
  }

  private static String text(Case c, boolean withFigures, SelfEvalScore computed) {
    StringBuilder t = new StringBuilder("budget 阳泉市 2026 {\n  profile 山西\n}\nproject 甲 {\n");
    t.append("  funds {\n    local ").append(c.budget()).append(' ').append(c.budget()).append("\n  }\n");
    for (int i = 0; i < c.rows().size(); i++) {
      Row r = c.rows().get(i);
      t.append("  indicator 数量.指标").append(i).append(r.floor() ? " >= " : " <= ").append(r.target()).append(" 人\n");
    }
    t.append("  selfeval {\n    funds {\n      local ").append(c.budget()).append(' ').append(c.budget()).append(' ')
        .append(c.executed()).append("\n    }\n");
    for (int i = 0; i < c.rows().size(); i++) {
      Row r = c.rows().get(i);
      t.append("    actual 数量.指标").append(i).append(' ').append(r.actual()).append(" 人 weight ").append(r.weight());
      if (withFigures) {
        t.append(" score ").append(ScoreFormulas.shown(computed.lines().get(i).computed(), 2).toPlainString());
      }
      t.append('\n');
    }
    if (withFigures) {
      SelfEvalScore.Execution x = computed.execution();
      t.append("    execution rate ").append(ScoreFormulas.shown(x.rate().times(Rational.of(100, 1)), 2).toPlainString())
          .append("% score ").append(ScoreFormulas.shown(x.score(), 2).toPlainString()).append('\n');
      t.append("    score ").append(ScoreFormulas.shown(computed.total(), 2).toPlainString()).append(" grade ")
          .append(computed.grade()).append('\n');
    }
    return t.append("  }\n}\n").toString();
  }

  private static SelfEvalScore scored(CompiledBudget b) {
    var ctx = b.context();
    return ctx.resolution().selfEvaluation(ctx.projects().get(0).project());
  }

  @Property(tries = 80)
  void scoresStayWithinWeightsAndAddUpToTheTotal(@ForAll("cases") Case c) throws IOException {
    SelfEvalScore s = scored(Forms.compileAlone(text(c, false, null)));
    Rational sum = s.execution().score();
    for (SelfEvalScore.Line l : s.lines()) {
      assertThat(l.computed()).isNotNull();
      assertThat(l.computed().compareTo(l.weight())).isLessThanOrEqualTo(0);
      sum = sum.plus(l.computed());
    }
    assertThat(s.total()).isEqualTo(sum);
    assertThat(s.execution().score().compareTo(s.execution().weight())).isLessThanOrEqualTo(0);
  }

  @Property(tries = 80)
  void theComputedFiguresWrittenOutGetNoFinding(@ForAll("cases") Case c) throws IOException {
    SelfEvalScore s = scored(Forms.compileAlone(text(c, false, null)));
    CompiledBudget written = Forms.compileAlone(text(c, true, s));
    assertThat(written.diagnostics()).extracting(d -> d.code().code())
        .doesNotContain("JX1003", "JX1004", "JX1009", "JX1010", "JX1011", "JX1012");
  }
}
