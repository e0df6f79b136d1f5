package org.jixiao.syntax;

import org.jixiao.source.Span;
import static org.jixiao.syntax.AstContext.real;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.*;

/**
 * The values compared in a form: an indicator's target (a quantity, a deadline or a qualitative
 * text, however it was pasted), a plain quantity such as a period, comparators, and the
 * arithmetic of a check line.
 */
record TargetBuilder(AstContext context, LiteralBuilder literals) {
  private static final Pattern CHINESE_DATE =
      Pattern.compile("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");

  // ----------------------------------------------------------------- targets

  Target target(TargetContext ctx) {
    ComparatorContext written = ctx.comparator(); // each accessor walks the children: read once
    Comparator cmp = written == null ? Comparator.EQ : comparator(written);
    boolean explicit = written != null;
    ValueContext value = ctx.value();
    if (cmp == null || value == null) {
      return null;
    }
    Span span = context.span(ctx);
    if (value instanceof NumberValueContext v) {
      Token n = real(v.NUMBER());
      BigDecimal number = literals.number(n);
      if (number == null) {
        return null;
      }
      UnitExpr unit = v.unitExpr() == null ? null : literals.unitExpr(v.unitExpr());
      return new Target.Quantity(cmp, explicit, number, n.getText(), unit, span);
    } else if (value instanceof WordValueContext v) {
      return wordTarget(cmp, explicit, v, span);
    } else if (value instanceof DateValueContext v) {
      Token t = real(v.DATE());
      LocalDate date = t == null ? null : literals.isoDate(t);
      if (date == null) {
        return null;
      }
      boolean hasDay = Normalize.digits(t.getText()).replace('－', '-').split("-").length == 3;
      return new Target.Deadline(
          cmp, explicit, date, hasDay ? Target.DatePrecision.DAY : Target.DatePrecision.MONTH, span);
    } else if (value instanceof TextValueContext v) {
      Token t = real(v.STRING());
      return t == null
          ? null
          : new Target.Qualitative(cmp, explicit, LiteralBuilder.stringValue(t), span);
    }
    return null;
  }

  /**
   * A value that starts with a word: {@code 407097人/年} (number glued to its unit, as pasted
   * from Excel), {@code 2026年12月} (a date), or {@code 有效保障} (qualitative).
   */
  private Target wordTarget(Comparator cmp, boolean explicit, WordValueContext v, Span span) {
    Token word = real(v.NAME());
    if (word == null) {
      return null;
    }
    String text = word.getText();
    if (literals.tooLong(text, word)) {
      return null;
    }
    int skipped = 0;
    // 不少于500人 pasted without a space lexes as one word: split off the comparator word.
    if (!explicit) {
      for (Map.Entry<String, Comparator> w : COMPARATOR_WORDS.entrySet()) {
        if (text.length() > w.getKey().length() && text.startsWith(w.getKey())
            && GluedNumber.isDigit(text.charAt(w.getKey().length()))) {
          cmp = w.getValue();
          explicit = true;
          skipped = w.getKey().length();
          text = text.substring(skipped);
          break;
        }
      }
    }
    String digits = Normalize.digits(text);
    Matcher date = mayBeChineseDate(digits) ? CHINESE_DATE.matcher(digits) : null;
    if (date != null && date.matches() && (date.group(2) != null || looksLikeYear(date.group(1)))
        && v.unitTerm().isEmpty() && v.PERCENT() == null) {
      return chineseDate(cmp, explicit, date, span);
    }
    Token percent = real(v.PERCENT());
    if (percent != null && allDigits(text)) {
      // 不低于95% : the number, then % as its unit.
      BigDecimal value = new BigDecimal(Normalize.digits(text));
      List<UnitExpr.Factor> factors = new ArrayList<>();
      factors.add(new UnitExpr.Factor("%", 1, context.span(percent)));
      for (UnitTermContext term : v.unitTerm()) {
        if (!literals.addTerm(factors, term, -1)) {
          return null;
        }
      }
      Span unitSpan = new Span(context.span(percent).start(), span.end());
      UnitExpr unit = literals.bounded(new UnitExpr(factors, literals.spelling(unitSpan), unitSpan));
      if (unit == null) {
        return null;
      }
      return new Target.Quantity(cmp, explicit, value, text, unit, span);
    }
    GluedNumber glued = percent == null ? GluedNumber.split(text) : null;
    if (glued == null) {
      return new Target.Qualitative(cmp, explicit, context.file().slice(context.span(v)), span);
    }
    UnitExpr unit = literals.gluedUnit(word, skipped, glued, v.unitTerm(), context.span(v));
    if (unit == null) {
      return null;
    }
    return new Target.Quantity(cmp, explicit, glued.value(), glued.number(), unit, span);
  }

  /**
   * Comparator words as the lexer knows them, longest first ({@code TokenLabelsTest} holds the two
   * lists to each other). The syntax-error hints list them too, so a reader who wrote a word that
   * is not one learns which are.
   */
  private static final Map<String, Comparator> COMPARATOR_WORDS = new java.util.LinkedHashMap<>();

  static {
    COMPARATOR_WORDS.put("大于等于", Comparator.GE);
    COMPARATOR_WORDS.put("小于等于", Comparator.LE);
    COMPARATOR_WORDS.put("不低于", Comparator.GE);
    COMPARATOR_WORDS.put("不小于", Comparator.GE);
    COMPARATOR_WORDS.put("不少于", Comparator.GE);
    COMPARATOR_WORDS.put("不早于", Comparator.GE);
    COMPARATOR_WORDS.put("不高于", Comparator.LE);
    COMPARATOR_WORDS.put("不大于", Comparator.LE);
    COMPARATOR_WORDS.put("不超过", Comparator.LE);
    COMPARATOR_WORDS.put("不多于", Comparator.LE);
    COMPARATOR_WORDS.put("不晚于", Comparator.LE);
    COMPARATOR_WORDS.put("不迟于", Comparator.LE);
    COMPARATOR_WORDS.put("大于", Comparator.GT);
    COMPARATOR_WORDS.put("高于", Comparator.GT);
    COMPARATOR_WORDS.put("晚于", Comparator.GT);
    COMPARATOR_WORDS.put("迟于", Comparator.GT);
    COMPARATOR_WORDS.put("小于", Comparator.LT);
    COMPARATOR_WORDS.put("低于", Comparator.LT);
    COMPARATOR_WORDS.put("早于", Comparator.LT);
    COMPARATOR_WORDS.put("等于", Comparator.EQ);
  }

  static Map<String, Comparator> comparatorWords() {
    return java.util.Collections.unmodifiableMap(COMPARATOR_WORDS);
  }

  /** 2025年12月20日 as 2025-12-20 (2025年12月 as 2025-12), or null when it is not such a date. */
  static String isoOfChineseDate(String text) {
    Matcher m = CHINESE_DATE.matcher(Normalize.digits(text));
    if (!m.matches() || m.group(2) == null) {
      return null;
    }
    String month = m.group(2).length() == 1 ? "0" + m.group(2) : m.group(2);
    if (m.group(3) == null) {
      return m.group(1) + "-" + month;
    }
    String day = m.group(3).length() == 1 ? "0" + m.group(3) : m.group(3);
    return m.group(1) + "-" + month + "-" + day;
  }

  /**
   * False when {@link #CHINESE_DATE} cannot match: it starts with four ASCII digits and 年. Most
   * words are not dates (407097人), and a matcher for each was a part of building every target.
   */
  static boolean mayBeChineseDate(String digits) {
    if (digits.length() < 5 || digits.charAt(4) != '年') {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!GluedNumber.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeYear(String digits) {
    int year = Integer.parseInt(digits);
    return year >= 1990 && year <= 2200;
  }

  private Target chineseDate(Comparator cmp, boolean explicit, Matcher m, Span span) {
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 12 : Integer.parseInt(m.group(2));
    try {
      if (m.group(3) != null) {
        return new Target.Deadline(
            cmp, explicit, LocalDate.of(year, month, Integer.parseInt(m.group(3))),
            Target.DatePrecision.DAY, span);
      }
      LocalDate end = LocalDate.of(year, month, 1);
      end = end.withDayOfMonth(end.lengthOfMonth());
      return new Target.Deadline(
          cmp, explicit, end,
          m.group(2) == null ? Target.DatePrecision.YEAR : Target.DatePrecision.MONTH, span);
    } catch (DateTimeException e) {
      context.report(DiagnosticCode.INVALID_DATE_OR_TIME, span, m.group());
      return null;
    }
  }

  static Comparator comparator(ComparatorContext ctx) {
    if (ctx == null) {
      return null;
    } else if (ctx.GE() != null) {
      return Comparator.GE;
    } else if (ctx.LE() != null) {
      return Comparator.LE;
    } else if (ctx.GT() != null) {
      return Comparator.GT;
    } else if (ctx.LT() != null) {
      return Comparator.LT;
    } else if (ctx.EQ() != null) {
      return Comparator.EQ;
    }
    return null;
  }

  Target.Quantity quantity(QuantityContext ctx) {
    if (ctx == null) {
      return null;
    }
    Span span = context.span(ctx);
    Token n = real(ctx.NUMBER());
    if (n != null) {
      BigDecimal value = literals.number(n);
      UnitExpr unit = ctx.unitExpr() == null ? null : literals.unitExpr(ctx.unitExpr());
      return value == null || unit == null
          ? null
          : new Target.Quantity(Comparator.EQ, false, value, n.getText(), unit, span);
    }
    Token word = real(ctx.NAME());
    GluedNumber glued = literals.gluedNumber(word);
    if (glued == null) {
      return null;
    }
    UnitExpr unit = literals.gluedUnit(word, glued, ctx.unitTerm(), span);
    return unit == null
        ? null
        : new Target.Quantity(Comparator.EQ, false, glued.value(), glued.number(), unit, span);
  }

  // ------------------------------------------------------------- expressions

  Expr expr(ExprContext ctx) {
    if (ctx == null) {
      return null;
    }
    Span span = context.span(ctx);
    if (ctx instanceof MulExprContext c) {
      return binary(c.expr(), c.TIMES() != null ? '*' : '/', span);
    } else if (ctx instanceof AddExprContext c) {
      return binary(c.expr(), c.PLUS() != null ? '+' : '-', span);
    } else if (ctx instanceof ParenExprContext c) {
      return expr(c.expr());
    } else if (ctx instanceof NumberExprContext c) {
      Token n = real(c.NUMBER());
      BigDecimal value = literals.number(n);
      if (value == null) {
        return null;
      }
      UnitExpr unit = c.unitExpr() == null ? null : literals.unitExpr(c.unitExpr());
      return new Expr.NumberLiteral(value, n.getText(), unit, span);
    } else if (ctx instanceof FundsRefContext c) {
      Column column = c.TERM() != null ? Column.TERM : c.ANNUAL() != null ? Column.ANNUAL : null;
      if (column == null) {
        return null;
      }
      return new Expr.FundsRef(column, c.name() == null ? null : literals.name(c.name()), span);
    } else if (ctx instanceof PathRefContext c) {
      List<Name> path = literals.path(c.path());
      return path == null ? null : new Expr.IndicatorRef(path, span);
    }
    return null;
  }

  private Expr binary(List<ExprContext> operands, char operator, Span span) {
    if (operands.size() != 2) {
      return null;
    }
    Expr left = expr(operands.get(0));
    Expr right = expr(operands.get(1));
    return left == null || right == null ? null : new Expr.Binary(left, operator, right, span);
  }
}
