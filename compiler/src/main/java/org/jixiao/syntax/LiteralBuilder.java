package org.jixiao.syntax;

import org.jixiao.source.Span;
import static org.jixiao.syntax.AstContext.real;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.*;

/**
 * The leaves every declaration shares: names, texts and strings, numbers (with their grouping
 * check), dates and times, amounts, units and allow clauses. Like the rest of {@link AstBuilder},
 * each method returns null for a part it cannot build.
 */
record LiteralBuilder(AstContext context) {

  // ------------------------------------------------------------ names, texts

  Text text(TextContext ctx) {
    if (ctx == null || ctx.children == null) {
      return null;
    }
    // The usual text is one string: its value without a list of strings or a copy to join. The
    // children are the strings and the line ends between them (text : string (NL* string)*).
    StringContext only = null;
    for (int i = 0, n = ctx.children.size(); i < n; i++) {
      if (ctx.children.get(i) instanceof StringContext s) {
        if (only != null) {
          only = null;
          break;
        }
        only = s;
      }
    }
    if (only != null) {
      Token t = real(only.start);
      return t == null ? null : new Text(stringValue(t), context.span(ctx));
    }
    List<StringContext> strings = AstContext.children(ctx, StringContext.class);
    if (strings.isEmpty()) {
      return null;
    }
    String joined = joined(strings);
    return joined == null ? null : new Text(joined, context.span(ctx));
  }

  /**
   * The values of the strings, joined; null when one is missing. A narrative is a dozen lines of
   * strings: each is copied once, straight from the text when it escapes nothing, instead of into
   * a value of its own, then into a builder, then out of it.
   */
  static String joined(List<StringContext> strings) {
    int length = 0;
    for (StringContext s : strings) {
      Token t = real(s.start);
      if (t == null) {
        return null;
      }
      length += Math.max(0, t.getStopIndex() - t.getStartIndex() + 1);
    }
    char[] out = new char[length];
    int n = 0;
    for (StringContext s : strings) {
      Token t = s.start;
      String text = t.getInputStream() instanceof TextCharStream stream ? stream.text() : null;
      int start = t.getStartIndex();
      int stop = t.getStopIndex();
      boolean plain = t instanceof FastLexer.LexedToken lexed && lexed.plainString();
      if (plain && text != null && start >= 0 && stop < text.length() && stop >= start && text.charAt(start) == '"') {
        // As TextCharStream.unquoted: the characters between the quotes (the closing one may be missing).
        int end = stop > start && text.charAt(stop) == '"' ? stop : stop + 1;
        text.getChars(start + 1, end, out, n);
        n += end - start - 1;
      } else {
        String value = stringValue(t);
        if (n + value.length() > out.length) {
          out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + value.length()));
        }
        value.getChars(0, value.length(), out, n);
        n += value.length();
      }
    }
    return new String(out, 0, n);
  }

  /** Separate strings, each its own value (a list of grades), not joined like a text. */
  List<Text> strings(List<StringContext> contexts) {
    List<Text> out = new ArrayList<>();
    for (StringContext s : contexts) {
      Token t = real(s.start);
      if (t != null) {
        out.add(new Text(stringValue(t), context.span(t)));
      }
    }
    return out;
  }

  Name name(NameContext ctx) {
    if (ctx == null) {
      return null;
    }
    Token t = ctx.start;
    if (real(t) == null || ctx.getChildCount() == 0) {
      return null;
    }
    String text = t.getType() == org.jixiao.grammar.JixiaoLexer.STRING ? stringValue(t) : t.getText();
    return new Name(text, context.span(t));
  }

  /** The names of a dotted path, or null when one of them is missing. */
  List<Name> path(PathContext ctx) {
    List<Name> path = new ArrayList<>(3);
    for (NameContext n : AstContext.children(ctx, NameContext.class)) {
      Name name = name(n);
      if (name == null) {
        return null;
      }
      path.add(name);
    }
    return path;
  }

  /**
   * The names of a path up to the first one error recovery had to make up: {@code 数普} of the
   * line {@code indicator 数普.} being typed. Empty when the first is missing.
   */
  List<Name> writtenPath(PathContext ctx) {
    List<Name> path = new ArrayList<>();
    for (NameContext n : ctx.name()) {
      Name name = name(n);
      if (name == null) {
        break;
      }
      path.add(name);
    }
    return path;
  }

  Name unknownWord(UnknownStatementContext ctx) {
    Token t = real(ctx.NAME());
    return t == null ? null : new Name(t.getText(), context.span(t));
  }

  static String unquote(String quoted) {
    return Quoting.unquote(quoted);
  }

  /** A string token's value ({@link #unquote} of its text), without the token's text as a step when it can. */
  static String stringValue(Token t) {
    if (t.getInputStream() instanceof TextCharStream stream) {
      boolean plain = t instanceof FastLexer.LexedToken lexed && lexed.plainString();
      String value = stream.unquoted(t.getStartIndex(), t.getStopIndex(), plain);
      if (value != null) {
        return value;
      }
    }
    return unquote(t.getText());
  }

  // ----------------------------------------------------------------- numbers

  /**
   * The value of a NUMBER token. Grouping must be regular: commas every three digits
   * (58,372,000) or underscores between digits (58_372_000); anything else, such as 1,2,3, is
   * JX0204 and yields null.
   */
  BigDecimal number(Token t) {
    if (t == null) {
      return null;
    }
    String raw = t.getText();
    if (tooLong(raw, t)) {
      return null;
    }
    if (!NumberGrouping.wellGrouped(raw)) {
      context.report(DiagnosticCode.MALFORMED_NUMBER, context.span(t), raw);
      return null;
    }
    return new BigDecimal(Normalize.digits(raw));
  }

  /**
   * JX0211 for a number with more than {@link GluedNumber#MAX_DIGITS} digits, checked before it is
   * read: the message quotes its start and says how many digits it has.
   */
  boolean tooLong(String raw, Token t) {
    int digits = GluedNumber.digitCount(raw);
    if (digits <= GluedNumber.MAX_DIGITS) {
      return false;
    }
    String start = raw.codePointCount(0, raw.length()) <= 20 ? raw : raw.substring(0, raw.offsetByCodePoints(0, 20)) + "…";
    context.report(DiagnosticCode.NUMBER_TOO_LONG, context.span(t), start, String.valueOf(digits),
        String.valueOf(GluedNumber.MAX_DIGITS));
    return true;
  }

  /** The number at the start of a word such as {@code 407097人}; JX0204 when it has none. */
  GluedNumber gluedNumber(Token word) {
    if (word != null && tooLong(word.getText(), word)) {
      return null;
    }
    GluedNumber glued = word == null ? null : GluedNumber.split(word.getText());
    if (glued == null && word != null) {
      context.report(DiagnosticCode.MALFORMED_NUMBER, context.span(word), word.getText());
    }
    return glued;
  }

  // ------------------------------------------------------------ dates, times

  LocalDate isoDate(Token t) {
    String[] parts = Normalize.digits(t.getText()).replace('－', '-').split("-");
    try {
      int year = Integer.parseInt(parts[0]);
      int month = Integer.parseInt(parts[1]);
      if (parts.length == 3) {
        return LocalDate.of(year, month, Integer.parseInt(parts[2]));
      }
      LocalDate first = LocalDate.of(year, month, 1);
      return first.withDayOfMonth(first.lengthOfMonth());
    } catch (DateTimeException | NumberFormatException e) {
      context.report(DiagnosticCode.INVALID_DATE_OR_TIME, context.span(t), t.getText());
      return null;
    }
  }

  LocalTime isoTime(Token t) {
    String[] parts = Normalize.digits(t.getText()).replace('：', ':').split(":");
    try {
      return LocalTime.of(
          Integer.parseInt(parts[0]),
          Integer.parseInt(parts[1]),
          parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    } catch (DateTimeException | NumberFormatException e) {
      context.report(DiagnosticCode.INVALID_DATE_OR_TIME, context.span(t), t.getText());
      return null;
    }
  }

  // ----------------------------------------------------------------- amounts

  Amount amount(AmountContext ctx) {
    if (ctx == null) {
      return null;
    }
    Span span = context.span(ctx);
    if (ctx instanceof MoneyContext c) {
      Token n = real(c.NUMBER());
      BigDecimal value = number(n);
      if (value == null) {
        return null;
      }
      UnitExpr unit = c.unitExpr() == null ? null : unitExpr(c.unitExpr());
      return new Amount.Money(value, n.getText(), unit, span);
    } else if (ctx instanceof MoneyGluedContext c) {
      Token word = real(c.NAME());
      GluedNumber glued = gluedNumber(word);
      if (glued == null) {
        return null;
      }
      UnitExpr unit = gluedUnit(word, glued, c.unitTerm(), span);
      return unit == null ? null : new Amount.Money(glued.value(), glued.number(), unit, span);
    } else if (ctx instanceof BlankAmountContext c) {
      return real(c.DASH()) == null ? null : new Amount.Blank(span);
    }
    return null;
  }

  // ------------------------------------------------------------------- units

  UnitExpr unitExpr(UnitExprContext ctx) {
    List<UnitExpr.Factor> factors = new ArrayList<>(3);
    boolean first = true;
    for (UnitTermContext term : AstContext.children(ctx, UnitTermContext.class)) {
      if (!addTerm(factors, term, first ? 1 : -1)) {
        return null;
      }
      first = false;
    }
    if (factors.isEmpty()) {
      return null;
    }
    Span span = context.span(ctx);
    return bounded(new UnitExpr(factors, spelling(span), span));
  }

  /** The most parts a unit may have: 元/人/月 has three; no unit of a form needs more. */
  static final int MAX_UNIT_FACTORS = 8;

  /**
   * The unit, or null with JX0212 when it has more than {@link #MAX_UNIT_FACTORS} parts: a chain of
   * a hundred thousand (元/元/元…) would cost minutes of exact arithmetic in every later check.
   */
  UnitExpr bounded(UnitExpr unit) {
    if (unit.factors().size() <= MAX_UNIT_FACTORS) {
      return unit;
    }
    String spelling = unit.spelling();
    String start = spelling.codePointCount(0, spelling.length()) <= 20 ? spelling
        : spelling.substring(0, spelling.offsetByCodePoints(0, 20)) + "…";
    context.report(DiagnosticCode.UNIT_TOO_LONG, unit.span(), start, String.valueOf(unit.factors().size()),
        String.valueOf(MAX_UNIT_FACTORS));
    return null;
  }

  boolean addTerm(List<UnitExpr.Factor> factors, UnitTermContext term, int exponent) {
    List<UnitAtomContext> atoms = AstContext.children(term, UnitAtomContext.class);
    for (UnitAtomContext atom : atoms) {
      org.antlr.v4.runtime.tree.TerminalNode word = atom.NAME();
      org.antlr.v4.runtime.tree.TerminalNode percent = atom.PERCENT();
      Token t = real(word) != null ? real(word) : real(percent);
      if (t == null) {
        return false;
      }
      String name = percent != null ? (t.getText().equals("‰") ? "‰" : "%") : t.getText();
      factors.add(new UnitExpr.Factor(name, exponent, context.span(t)));
    }
    return !atoms.isEmpty();
  }

  /** The unit of {@code 407097人/年}: its first factor is the tail of the glued word. */
  UnitExpr gluedUnit(Token word, GluedNumber glued, List<UnitTermContext> more, Span span) {
    return gluedUnit(word, 0, glued, more, span);
  }

  UnitExpr gluedUnit(Token word, int skipped, GluedNumber glued, List<UnitTermContext> more, Span span) {
    Span wordSpan = context.span(word);
    int unitStart = wordSpan.start() + skipped + glued.number().length();
    Span unitSpan = new Span(unitStart, wordSpan.end());
    List<UnitExpr.Factor> factors = new ArrayList<>();
    factors.add(new UnitExpr.Factor(glued.unit(), 1, unitSpan));
    for (UnitTermContext term : more) {
      if (!addTerm(factors, term, -1)) {
        return null;
      }
    }
    Span all = new Span(unitStart, Math.max(unitStart, span.end()));
    return bounded(new UnitExpr(factors, spelling(all), all));
  }

  String spelling(Span span) {
    return Normalize.compact(context.file().slice(span));
  }

  // ----------------------------------------------------------------- allows

  Allow firstAllow(List<AllowClauseContext> clauses, Span scope) {
    return clauses.isEmpty() ? null : allow(clauses.get(0), scope);
  }

  Allow allow(AllowClauseContext ctx, Span scope) {
    if (ctx == null) {
      return null;
    }
    Token code = real(ctx.code);
    Text reason = text(ctx.text());
    if (code == null || reason == null) {
      return null;
    }
    Name codeName = new Name(code.getText(), context.span(code));
    return new Allow(codeName, reason, scope, context.span(ctx));
  }
}
