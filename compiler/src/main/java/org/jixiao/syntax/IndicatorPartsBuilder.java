package org.jixiao.syntax;

import java.math.BigDecimal;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.IndicatorDirectionContext;
import org.jixiao.grammar.JixiaoParser.IndicatorExplainContext;
import org.jixiao.grammar.JixiaoParser.IndicatorKindContext;
import org.jixiao.grammar.JixiaoParser.IndicatorNoteContext;
import org.jixiao.grammar.JixiaoParser.IndicatorPartContext;
import org.jixiao.grammar.JixiaoParser.IndicatorScoringContext;
import org.jixiao.grammar.JixiaoParser.IndicatorStandardContext;
import org.jixiao.grammar.JixiaoParser.IndicatorWeightContext;

/** The optional parts of an indicator line (weight, direction, kind, standard, …), each at most once. */
final class IndicatorPartsBuilder {
  private IndicatorPartsBuilder() {}

  /** The parts; null when one could not be read (reported). */
  static IndicatorParts parts(List<IndicatorPartContext> written, LiteralBuilder literals, AstContext context) {
    IndicatorParts.Weight weight = null;
    Name direction = null;
    Name kind = null;
    Text standard = null;
    Text explain = null;
    Text scoring = null;
    Text note = null;
    int repeated = 0;
    for (IndicatorPartContext part : written) {
      boolean twice = false;
      if (part instanceof IndicatorWeightContext w) {
        Token t = AstContext.real(w.NUMBER() == null ? null : w.NUMBER().getSymbol());
        BigDecimal value = t == null ? null : literals.number(t);
        if (value == null) {
          return null;
        }
        twice = weight != null;
        weight = new IndicatorParts.Weight(value, t.getText(), context.span(t));
      } else if (part instanceof IndicatorDirectionContext d) {
        twice = direction != null;
        direction = literals.name(d.name());
      } else if (part instanceof IndicatorKindContext k) {
        twice = kind != null;
        kind = literals.name(k.name());
      } else if (part instanceof IndicatorStandardContext s) {
        twice = standard != null;
        standard = literals.text(s.text());
      } else if (part instanceof IndicatorExplainContext e) {
        twice = explain != null;
        explain = literals.text(e.text());
      } else if (part instanceof IndicatorScoringContext s) {
        twice = scoring != null;
        scoring = literals.text(s.text());
      } else if (part instanceof IndicatorNoteContext n) {
        twice = note != null;
        note = literals.text(n.text());
      }
      if (twice) {
        repeated++;
        context.report(DiagnosticCode.FIELD_WRITTEN_TWICE, context.span(part), part.getStart().getText());
      }
    }
    return new IndicatorParts(weight, direction, kind, standard, explain, scoring, note, repeated);
  }
}
