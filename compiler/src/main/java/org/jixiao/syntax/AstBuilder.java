package org.jixiao.syntax;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.grammar.JixiaoParser.*;

/**
 * Builds the immutable syntax tree from ANTLR's parse tree, in one pass.
 *
 * <p>After error recovery a context can miss any of its children, so every method here returns
 * null for a part it cannot build, and callers drop what is null: the syntax error has already
 * been reported, and a half-built node would only produce echoes of it.
 */
final class AstBuilder {
  private static final Pattern CHINESE_DATE =
      Pattern.compile("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");

  private final SourceFile file;
  private final TokenOffsets offsets;
  private final DiagnosticSink sink;

  AstBuilder(SourceFile file, TokenOffsets offsets, DiagnosticSink sink) {
    this.file = file;
    this.offsets = offsets;
    this.sink = sink;
  }

  List<Decl> file(FileContext ctx) {
    List<Decl> decls = new ArrayList<>();
    for (DeclarationContext d : ctx.declaration()) {
      addIfPresent(decls, declaration(d));
    }
    return decls;
  }

  private Decl declaration(DeclarationContext ctx) {
    if (ctx.budgetDecl() != null) {
      return budget(ctx.budgetDecl());
    } else if (ctx.projectDecl() != null) {
      return project(ctx.projectDecl());
    } else if (ctx.dimensionDecl() != null) {
      return dimension(ctx.dimensionDecl());
    } else if (ctx.unitDecl() != null) {
      return unit(ctx.unitDecl());
    } else if (ctx.counterDecl() != null) {
      return counter(ctx.counterDecl());
    } else if (ctx.prefixDecl() != null) {
      return prefix(ctx.prefixDecl());
    } else if (ctx.frameworkDecl() != null) {
      return framework(ctx.frameworkDecl());
    } else if (ctx.profileDecl() != null) {
      return profile(ctx.profileDecl());
    } else if (ctx.unknownStatement() != null) {
      Name word = unknownWord(ctx.unknownStatement());
      return word == null ? null : new Decl.Unknown(word, span(ctx));
    }
    return null;
  }

  // ------------------------------------------------------------------ budget

  private Decl budget(BudgetDeclContext ctx) {
    Name region = name(ctx.region);
    Token yearToken = real(ctx.year);
    if (region == null || yearToken == null) {
      return null;
    }
    BigDecimal year = number(yearToken);
    Span yearSpan = offsets.of(yearToken);
    boolean plausible = year != null && year.scale() <= 0
        && year.compareTo(BigDecimal.valueOf(1990)) >= 0 && year.compareTo(BigDecimal.valueOf(2200)) <= 0;
    int yearValue = plausible ? year.intValue() : 0;
    if (year != null && !plausible) {
      sink.report(Diagnostic.of(DiagnosticCode.JX0308, file, yearSpan, yearToken.getText()));
    }
    List<BudgetItem> items = new ArrayList<>();
    for (BudgetItemContext item : ctx.budgetItem()) {
      addIfPresent(items, budgetItem(item));
    }
    return new Decl.Budget(region, yearValue, yearSpan, items, span(ctx));
  }

  private BudgetItem budgetItem(BudgetItemContext ctx) {
    if (ctx instanceof BudgetTitleContext c) {
      Text text = text(c.text());
      return text == null ? null : new BudgetItem.Title(text, span(c));
    } else if (ctx instanceof BudgetProfileContext c) {
      Name name = name(c.name());
      return name == null ? null : new BudgetItem.ProfileRef(name, span(c));
    } else if (ctx instanceof BudgetCeilingContext c) {
      Token code = real(c.code);
      Amount amount = amount(c.amount());
      return code == null || amount == null
          ? null
          : new BudgetItem.Ceiling(
              Normalize.digits(code.getText()), offsets.of(code), amount, span(c));
    } else if (ctx instanceof BudgetUnknownContext c) {
      Name word = unknownWord(c.unknownStatement());
      return word == null ? null : new BudgetItem.Unknown(word, span(c));
    }
    return null;
  }

  // ----------------------------------------------------------------- project

  private Decl project(ProjectDeclContext ctx) {
    Name name = name(ctx.name());
    if (name == null) {
      return null;
    }
    allows = new ArrayList<>();
    for (AllowClauseContext clause : ctx.allowClause()) {
      addIfPresent(allows, allow(clause, name.span()));
    }
    List<ProjectItem> items = new ArrayList<>();
    for (ProjectItemContext item : ctx.projectItem()) {
      ProjectItem built = projectItem(item);
      addIfPresent(items, built);
      for (AllowClauseContext clause : item.getRuleContexts(AllowClauseContext.class)) {
        if (built != null) {
          addIfPresent(allows, allow(clause, built.span()));
        }
      }
    }
    List<Allow> gathered = allows;
    allows = null;
    return new Decl.Project(name, items, gathered, span(ctx));
  }

  /** The allow clauses of the project being built, gathered as its items are. */
  private List<Allow> allows;

  private ProjectItem projectItem(ProjectItemContext ctx) {
    Span span = span(ctx);
    if (ctx instanceof DepartmentContext c) {
      Token code = real(c.code);
      Text name = text(c.text());
      if (code == null || name == null) {
        return null;
      }
      return new ProjectItem.Department(
          Normalize.digits(code.getText()), offsets.of(code), name, span);
    } else if (ctx instanceof ImplementerContext c) {
      Text name = text(c.text());
      return name == null ? null : new ProjectItem.Implementer(name, span);
    } else if (ctx instanceof AttributeContext c) {
      Name value = name(c.name());
      return value == null ? null : new ProjectItem.Attribute(value, span);
    } else if (ctx instanceof PeriodContext c) {
      Target.Quantity q = quantity(c.quantity());
      return q == null ? null : new ProjectItem.Period(q, span);
    } else if (ctx instanceof FundsContext c) {
      return funds(c, span);
    } else if (ctx instanceof NarrativeContext c) {
      Text text = text(c.text());
      return text == null ? null : new ProjectItem.Narrative(narrativeKind(c.narrativeKeyword()), text, span);
    } else if (ctx instanceof GoalContext c) {
      Text text = text(c.text());
      return text == null ? null : new ProjectItem.Goal(column(c.column()), text, span);
    } else if (ctx instanceof IndicatorContext c) {
      return indicator(c, span);
    } else if (ctx instanceof ContactContext c) {
      Text text = text(c.text());
      return text == null ? null : new ProjectItem.Contact(contactKind(c.contactKeyword()), text, span);
    } else if (ctx instanceof FiledContext c) {
      return filed(c.filedValue(), span);
    } else if (ctx instanceof CheckContext c) {
      Expr left = expr(c.expr(0));
      Expr right = c.expr().size() > 1 ? expr(c.expr(1)) : null;
      Comparator cmp = comparator(c.comparator());
      if (left == null || right == null || cmp == null) {
        return null;
      }
      return new ProjectItem.Check(left, cmp, right, firstAllow(c.allowClause(), span), span);
    } else if (ctx instanceof ProjectUnknownContext c) {
      Name word = unknownWord(c.unknownStatement());
      return word == null ? null : new ProjectItem.Unknown(word, span);
    }
    return null;
  }

  private ProjectItem funds(FundsContext c, Span span) {
    if (c.fundsBlock() == null) {
      return null;
    }
    UnitExpr unit = c.unitExpr() == null ? null : unitExpr(c.unitExpr());
    List<FundsRow> rows = new ArrayList<>();
    for (FundsRowContext row : c.fundsBlock().fundsRow()) {
      Name source = name(row.name());
      List<AmountContext> amounts = row.amount();
      Amount term = amounts.isEmpty() ? null : amount(amounts.get(0));
      Amount annual = amounts.size() > 1 ? amount(amounts.get(1)) : null;
      if (source != null && term != null && (amounts.size() < 2 || annual != null)) {
        FundsRow built = new FundsRow(source, term, annual, span(row));
        rows.add(built);
        if (allows != null) {
          for (AllowClauseContext clause : row.allowClause()) {
            addIfPresent(allows, allow(clause, built.span()));
          }
        }
      }
    }
    return new ProjectItem.Funds(unit, rows, span);
  }

  private ProjectItem indicator(IndicatorContext c, Span span) {
    if (c.path() == null) {
      return null;
    }
    List<Name> path = new ArrayList<>();
    for (NameContext n : c.path().name()) {
      Name name = name(n);
      if (name == null) {
        return null;
      }
      path.add(name);
    }
    if (path.size() < 2 || path.size() > 3) {
      sink.report(
          Diagnostic.of(
              DiagnosticCode.JX0209, file, span(c.path()), String.valueOf(path.size())));
      return null;
    }
    Target target = c.target() == null ? null : target(c.target());
    if (c.target() != null && target == null) {
      return null;
    }
    return new ProjectItem.Indicator(column(c.column()), path, target, firstAllow(c.allowClause(), span), span);
  }

  private ProjectItem filed(FiledValueContext ctx, Span span) {
    if (ctx == null) {
      return null;
    }
    String raw = file.slice(span(ctx));
    Token date = real(ctx.DATE());
    if (date != null) {
      LocalDate day = isoDate(date);
      Token timeToken = real(ctx.TIME());
      LocalTime time = timeToken == null ? null : isoTime(timeToken);
      if (day == null || (timeToken != null && time == null)) {
        return null;
      }
      // 填报日期 is a moment: a month alone or a day without its time is kept as written and
      // reported (JX0701), never completed with an invented day or time.
      boolean complete = Normalize.digits(date.getText()).replace('－', '-').split("-").length == 3 && time != null;
      return new ProjectItem.Filed(raw, complete ? LocalDateTime.of(day, time) : null, span);
    }
    // The form's own spelling, yyyyMMddHHmmss. A malformed one is kept as written: the checker
    // reports it with the form's rules, and the output shows what the office typed.
    return new ProjectItem.Filed(raw, compactDateTime(Normalize.digits(raw)), span);
  }

  private static LocalDateTime compactDateTime(String digits) {
    if (!digits.matches("\\d{14}")) {
      return null;
    }
    try {
      return LocalDateTime.of(
          Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6, 8)),
          Integer.parseInt(digits.substring(8, 10)),
          Integer.parseInt(digits.substring(10, 12)),
          Integer.parseInt(digits.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private Allow firstAllow(List<AllowClauseContext> clauses, Span scope) {
    return clauses.isEmpty() ? null : allow(clauses.get(0), scope);
  }

  private Allow allow(AllowClauseContext ctx, Span scope) {
    if (ctx == null) {
      return null;
    }
    Token code = real(ctx.code);
    Text reason = text(ctx.text());
    if (code == null || reason == null) {
      return null;
    }
    return new Allow(new Name(code.getText(), offsets.of(code)), reason, scope, span(ctx));
  }

  private static Column column(ColumnContext ctx) {
    if (ctx == null) {
      return Column.BOTH;
    }
    return ctx.TERM() != null ? Column.TERM : Column.ANNUAL;
  }

  private static ProjectItem.NarrativeKind narrativeKind(NarrativeKeywordContext ctx) {
    if (ctx.OVERVIEW() != null) {
      return ProjectItem.NarrativeKind.OVERVIEW;
    } else if (ctx.BASIS() != null) {
      return ProjectItem.NarrativeKind.BASIS;
    } else if (ctx.NECESSITY() != null) {
      return ProjectItem.NarrativeKind.NECESSITY;
    } else if (ctx.MEASURES() != null) {
      return ProjectItem.NarrativeKind.MEASURES;
    }
    return ProjectItem.NarrativeKind.PLAN;
  }

  private static ProjectItem.ContactKind contactKind(ContactKeywordContext ctx) {
    if (ctx.LEADER() != null) {
      return ProjectItem.ContactKind.LEADER;
    } else if (ctx.HANDLER() != null) {
      return ProjectItem.ContactKind.HANDLER;
    }
    return ProjectItem.ContactKind.PHONE;
  }

  // ----------------------------------------------------------------- targets

  private Target target(TargetContext ctx) {
    Comparator cmp = ctx.comparator() == null ? Comparator.EQ : comparator(ctx.comparator());
    boolean explicit = ctx.comparator() != null;
    ValueContext value = ctx.value();
    if (cmp == null || value == null) {
      return null;
    }
    Span span = span(ctx);
    if (value instanceof NumberValueContext v) {
      Token n = real(v.NUMBER());
      BigDecimal number = number(n);
      if (number == null) {
        return null;
      }
      UnitExpr unit = v.unitExpr() == null ? null : unitExpr(v.unitExpr());
      return new Target.Quantity(cmp, explicit, number, n.getText(), unit, span);
    } else if (value instanceof WordValueContext v) {
      return wordTarget(cmp, explicit, v, span);
    } else if (value instanceof DateValueContext v) {
      Token t = real(v.DATE());
      LocalDate date = t == null ? null : isoDate(t);
      if (date == null) {
        return null;
      }
      boolean hasDay = Normalize.digits(t.getText()).replace('－', '-').split("-").length == 3;
      return new Target.Deadline(
          cmp, explicit, date, hasDay ? Target.DatePrecision.DAY : Target.DatePrecision.MONTH, span);
    } else if (value instanceof TextValueContext v) {
      Token t = real(v.STRING());
      return t == null ? null : new Target.Qualitative(cmp, explicit, unquote(t.getText()), span);
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
    Matcher date = CHINESE_DATE.matcher(Normalize.digits(text));
    if (date.matches() && (date.group(2) != null || looksLikeYear(date.group(1)))
        && v.unitTerm().isEmpty() && v.PERCENT() == null) {
      return chineseDate(cmp, explicit, date, span);
    }
    Token percent = real(v.PERCENT());
    if (percent != null && text.chars().allMatch(c -> GluedNumber.isDigit((char) c))) {
      // 不低于95% : the number, then % as its unit.
      BigDecimal value = new BigDecimal(Normalize.digits(text));
      List<UnitExpr.Factor> factors = new ArrayList<>();
      factors.add(new UnitExpr.Factor("%", 1, offsets.of(percent)));
      for (UnitTermContext term : v.unitTerm()) {
        if (!addTerm(factors, term, -1)) {
          return null;
        }
      }
      Span unitSpan = new Span(offsets.of(percent).start(), span.end());
      return new Target.Quantity(cmp, explicit, value, text, new UnitExpr(factors, spelling(unitSpan), unitSpan), span);
    }
    GluedNumber glued = percent == null ? GluedNumber.split(text) : null;
    if (glued == null) {
      return new Target.Qualitative(cmp, explicit, file.slice(span(v)), span);
    }
    UnitExpr unit = gluedUnit(word, skipped, glued, v.unitTerm(), span(v));
    if (unit == null) {
      return null;
    }
    return new Target.Quantity(cmp, explicit, glued.value(), glued.number(), unit, span);
  }

  /** Comparator words as the lexer knows them, longest first. */
  private static final Map<String, Comparator> COMPARATOR_WORDS = new java.util.LinkedHashMap<>();

  static {
    COMPARATOR_WORDS.put("大于等于", Comparator.GE);
    COMPARATOR_WORDS.put("小于等于", Comparator.LE);
    COMPARATOR_WORDS.put("不低于", Comparator.GE);
    COMPARATOR_WORDS.put("不小于", Comparator.GE);
    COMPARATOR_WORDS.put("不少于", Comparator.GE);
    COMPARATOR_WORDS.put("不高于", Comparator.LE);
    COMPARATOR_WORDS.put("不大于", Comparator.LE);
    COMPARATOR_WORDS.put("不超过", Comparator.LE);
    COMPARATOR_WORDS.put("不多于", Comparator.LE);
    COMPARATOR_WORDS.put("大于", Comparator.GT);
    COMPARATOR_WORDS.put("高于", Comparator.GT);
    COMPARATOR_WORDS.put("小于", Comparator.LT);
    COMPARATOR_WORDS.put("低于", Comparator.LT);
    COMPARATOR_WORDS.put("等于", Comparator.EQ);
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
      sink.report(Diagnostic.of(DiagnosticCode.JX0208, file, span, m.group()));
      return null;
    }
  }

  private static Comparator comparator(ComparatorContext ctx) {
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

  private Target.Quantity quantity(QuantityContext ctx) {
    if (ctx == null) {
      return null;
    }
    Span span = span(ctx);
    Token n = real(ctx.NUMBER());
    if (n != null) {
      BigDecimal value = number(n);
      UnitExpr unit = ctx.unitExpr() == null ? null : unitExpr(ctx.unitExpr());
      return value == null || unit == null
          ? null
          : new Target.Quantity(Comparator.EQ, false, value, n.getText(), unit, span);
    }
    Token word = real(ctx.NAME());
    GluedNumber glued = word == null ? null : GluedNumber.split(word.getText());
    if (glued == null) {
      if (word != null) {
        sink.report(Diagnostic.of(DiagnosticCode.JX0204, file, offsets.of(word), word.getText()));
      }
      return null;
    }
    UnitExpr unit = gluedUnit(word, glued, ctx.unitTerm(), span);
    return unit == null
        ? null
        : new Target.Quantity(Comparator.EQ, false, glued.value(), glued.number(), unit, span);
  }

  // ----------------------------------------------------------------- amounts

  private Amount amount(AmountContext ctx) {
    if (ctx == null) {
      return null;
    }
    Span span = span(ctx);
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
      GluedNumber glued = word == null ? null : GluedNumber.split(word.getText());
      if (glued == null) {
        if (word != null) {
          sink.report(Diagnostic.of(DiagnosticCode.JX0204, file, offsets.of(word), word.getText()));
        }
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

  private UnitExpr unitExpr(UnitExprContext ctx) {
    List<UnitExpr.Factor> factors = new ArrayList<>();
    boolean first = true;
    for (UnitTermContext term : ctx.unitTerm()) {
      if (!addTerm(factors, term, first ? 1 : -1)) {
        return null;
      }
      first = false;
    }
    if (factors.isEmpty()) {
      return null;
    }
    Span span = span(ctx);
    return new UnitExpr(factors, spelling(span), span);
  }

  private boolean addTerm(List<UnitExpr.Factor> factors, UnitTermContext term, int exponent) {
    for (UnitAtomContext atom : term.unitAtom()) {
      Token t = real(atom.NAME()) != null ? real(atom.NAME()) : real(atom.PERCENT());
      if (t == null) {
        return false;
      }
      String name = atom.PERCENT() != null ? (t.getText().equals("‰") ? "‰" : "%") : t.getText();
      factors.add(new UnitExpr.Factor(name, exponent, offsets.of(t)));
    }
    return !term.unitAtom().isEmpty();
  }

  /** The unit of {@code 407097人/年}: its first factor is the tail of the glued word. */
  private UnitExpr gluedUnit(Token word, GluedNumber glued, List<UnitTermContext> more, Span span) {
    return gluedUnit(word, 0, glued, more, span);
  }

  private UnitExpr gluedUnit(Token word, int skipped, GluedNumber glued, List<UnitTermContext> more, Span span) {
    Span wordSpan = offsets.of(word);
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
    return new UnitExpr(factors, spelling(all), all);
  }

  private String spelling(Span span) {
    return Normalize.compact(file.slice(span));
  }

  /** A word that starts with digits, split into its number and the rest. */
  private record GluedNumber(String number, BigDecimal value, String unit) {
    static GluedNumber split(String word) {
      int i = 0;
      while (i < word.length() && isDigit(word.charAt(i))) {
        i++;
      }
      if (i == 0 || i == word.length()) {
        return null;
      }
      String number = word.substring(0, i);
      return new GluedNumber(number, new BigDecimal(Normalize.digits(number)), word.substring(i));
    }

    static boolean isDigit(char c) {
      return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }
  }

  // ------------------------------------------------------------- expressions

  private Expr expr(ExprContext ctx) {
    if (ctx == null) {
      return null;
    }
    Span span = span(ctx);
    if (ctx instanceof MulExprContext c) {
      return binary(c.expr(), c.TIMES() != null ? '*' : '/', span);
    } else if (ctx instanceof AddExprContext c) {
      return binary(c.expr(), c.PLUS() != null ? '+' : '-', span);
    } else if (ctx instanceof ParenExprContext c) {
      return expr(c.expr());
    } else if (ctx instanceof NumberExprContext c) {
      Token n = real(c.NUMBER());
      BigDecimal value = number(n);
      if (value == null) {
        return null;
      }
      UnitExpr unit = c.unitExpr() == null ? null : unitExpr(c.unitExpr());
      return new Expr.NumberLiteral(value, n.getText(), unit, span);
    } else if (ctx instanceof FundsRefContext c) {
      Column column = c.TERM() != null ? Column.TERM : c.ANNUAL() != null ? Column.ANNUAL : null;
      if (column == null) {
        return null;
      }
      return new Expr.FundsRef(column, c.name() == null ? null : name(c.name()), span);
    } else if (ctx instanceof PathRefContext c) {
      List<Name> path = new ArrayList<>();
      for (NameContext n : c.path().name()) {
        Name name = name(n);
        if (name == null) {
          return null;
        }
        path.add(name);
      }
      return new Expr.IndicatorRef(path, span);
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

  // ------------------------------------------------------------------ stdlib

  private Decl dimension(DimensionDeclContext ctx) {
    Name name = name(ctx.name());
    return name == null ? null : new Decl.Dimension(name, text(ctx.text()), span(ctx));
  }

  private Decl unit(UnitDeclContext ctx) {
    Name name = name(ctx.name(0));
    if (name == null) {
      return null;
    }
    List<Name> aliases = aliases(ctx.aliases());
    if (ctx.COLON() != null) {
      Name dim = name(ctx.dim);
      return dim == null ? null : new Decl.Unit(name, dim, null, null, aliases, span(ctx));
    }
    Decl.Scale scale = scale(ctx.scale());
    UnitExpr base = ctx.unitExpr() == null ? null : unitExpr(ctx.unitExpr());
    if (scale == null || (ctx.unitExpr() != null && base == null)) {
      return null;
    }
    return new Decl.Unit(name, null, scale, base, aliases, span(ctx));
  }

  private Decl.Scale scale(ScaleContext ctx) {
    if (ctx == null || ctx.NUMBER().isEmpty()) {
      return null;
    }
    BigDecimal num = number(real(ctx.NUMBER(0)));
    BigDecimal den = ctx.NUMBER().size() > 1 ? number(real(ctx.NUMBER(1))) : BigDecimal.ONE;
    if (num == null || den == null || den.signum() == 0) {
      return null;
    }
    // a/b with decimals: scale both up to integers.
    int shift = Math.max(num.scale(), den.scale());
    BigInteger n = num.movePointRight(shift).toBigIntegerExact();
    BigInteger d = den.movePointRight(shift).toBigIntegerExact();
    return new Decl.Scale(n, d, span(ctx));
  }

  private Decl counter(CounterDeclContext ctx) {
    List<Name> names = new ArrayList<>();
    for (NameContext n : ctx.name()) {
      addIfPresent(names, name(n));
    }
    return names.isEmpty() ? null : new Decl.Counter(names, span(ctx));
  }

  private Decl prefix(PrefixDeclContext ctx) {
    Name name = name(ctx.name());
    BigDecimal factor = number(real(ctx.NUMBER()));
    return name == null || factor == null ? null : new Decl.Prefix(name, factor, span(ctx));
  }

  private Decl framework(FrameworkDeclContext ctx) {
    Name name = name(ctx.name());
    if (name == null) {
      return null;
    }
    List<Decl.Level> levels = new ArrayList<>();
    for (LevelDeclContext l : ctx.levelDecl()) {
      if (l.unknownStatement() != null) {
        reportUnknownStdlibWord(l.unknownStatement());
        continue;
      }
      Name levelName = name(l.name());
      if (levelName == null) {
        continue;
      }
      List<Decl.Category> categories = new ArrayList<>();
      for (CategoryDeclContext c : l.categoryDecl()) {
        if (c.unknownStatement() != null) {
          reportUnknownStdlibWord(c.unknownStatement());
          continue;
        }
        Name catName = name(c.name());
        if (catName != null) {
          categories.add(
              new Decl.Category(catName, shortName(c.shortName()), aliases(c.aliases()), span(c)));
        }
      }
      levels.add(
          new Decl.Level(
              levelName, shortName(l.shortName()), aliases(l.aliases()), categories, span(l)));
    }
    return new Decl.Framework(name, text(ctx.text()), levels, span(ctx));
  }

  private void reportUnknownStdlibWord(UnknownStatementContext ctx) {
    Name word = unknownWord(ctx);
    if (word != null) {
      sink.report(Diagnostic.of(DiagnosticCode.JX0301, file, word.span(), word.text()));
    }
  }

  private Decl profile(ProfileDeclContext ctx) {
    Name name = name(ctx.name());
    if (name == null) {
      return null;
    }
    List<ProfileItem> items = new ArrayList<>();
    for (ProfileItemContext item : ctx.profileItem()) {
      addIfPresent(items, profileItem(item));
    }
    return new Decl.Profile(name, text(ctx.text()), items, span(ctx));
  }

  private ProfileItem profileItem(ProfileItemContext ctx) {
    Span span = span(ctx);
    if (ctx instanceof ProfileFrameworkContext c) {
      Name name = name(c.name());
      return name == null ? null : new ProfileItem.FrameworkRef(name, span);
    } else if (ctx instanceof ProfileSourceContext c) {
      Name key = name(c.name());
      Text label = text(c.text());
      return key == null || label == null
          ? null
          : new ProfileItem.Source(key, label, aliases(c.aliases()), span);
    } else if (ctx instanceof ProfileAttributeContext c) {
      Name key = name(c.name());
      Text label = text(c.text());
      Target.Quantity period = c.quantity() == null ? null : quantity(c.quantity());
      return key == null || label == null
          ? null
          : new ProfileItem.AttributeValue(key, label, period, aliases(c.aliases()), span);
    } else if (ctx instanceof ProfileGradesContext c) {
      return new ProfileItem.Grades(strings(c.string()), span);
    } else if (ctx instanceof ProfilePlaceholdersContext c) {
      return new ProfileItem.Placeholders(strings(c.string()), span);
    } else if (ctx instanceof ProfileRuleContext c) {
      Token code = real(c.code);
      Token severity = real(c.severity);
      return code == null || severity == null
          ? null
          : new ProfileItem.Rule(
              new Name(code.getText(), offsets.of(code)),
              new Name(severity.getText(), offsets.of(severity)),
              span);
    } else if (ctx instanceof ProfileUnknownContext c) {
      Name word = unknownWord(c.unknownStatement());
      return word == null ? null : new ProfileItem.Unknown(word, span);
    }
    return null;
  }

  /** Separate strings, each its own value (a list of grades), not joined like a text. */
  private List<Text> strings(List<StringContext> contexts) {
    List<Text> out = new ArrayList<>();
    for (StringContext s : contexts) {
      Token t = real(s.start);
      if (t != null) {
        out.add(new Text(unquote(t.getText()), offsets.of(t)));
      }
    }
    return out;
  }

  private Name shortName(ShortNameContext ctx) {
    return ctx == null ? null : name(ctx.name());
  }

  private List<Name> aliases(AliasesContext ctx) {
    List<Name> out = new ArrayList<>();
    if (ctx != null) {
      for (NameContext n : ctx.name()) {
        addIfPresent(out, name(n));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ common

  private Text text(TextContext ctx) {
    if (ctx == null || ctx.string().isEmpty()) {
      return null;
    }
    StringBuilder value = new StringBuilder();
    for (StringContext s : ctx.string()) {
      Token t = real(s.start);
      if (t == null) {
        return null;
      }
      value.append(unquote(t.getText()));
    }
    return new Text(value.toString(), span(ctx));
  }

  private Name name(NameContext ctx) {
    if (ctx == null) {
      return null;
    }
    Token t = ctx.start;
    if (real(t) == null || ctx.getChildCount() == 0) {
      return null;
    }
    String text = ctx.STRING() != null ? unquote(t.getText()) : t.getText();
    return new Name(text, offsets.of(t));
  }

  private Name unknownWord(UnknownStatementContext ctx) {
    Token t = real(ctx.NAME());
    return t == null ? null : new Name(t.getText(), offsets.of(t));
  }

  static String unquote(String quoted) {
    return Quoting.unquote(quoted);
  }

  /**
   * The value of a NUMBER token. Grouping must be regular: commas every three digits
   * (58,372,000) or underscores between digits (58_372_000); anything else, such as 1,2,3, is
   * JX0204 and yields null.
   */
  private BigDecimal number(Token t) {
    if (t == null) {
      return null;
    }
    String raw = t.getText();
    if (!wellGrouped(raw)) {
      sink.report(Diagnostic.of(DiagnosticCode.JX0204, file, offsets.of(t), raw));
      return null;
    }
    return new BigDecimal(Normalize.digits(raw));
  }

  static boolean wellGrouped(String raw) {
    String s = raw.replace('，', ',').replace('．', '.');
    int point = s.indexOf('.');
    String integer = point >= 0 ? s.substring(0, point) : s;
    boolean commas = integer.indexOf(',') >= 0;
    boolean underscores = integer.indexOf('_') >= 0;
    if (commas && underscores) {
      return false;
    }
    if (commas) {
      String[] groups = integer.split(",", -1);
      if (groups[0].isEmpty() || groups[0].length() > 3) {
        return false;
      }
      for (int i = 1; i < groups.length; i++) {
        if (groups[i].length() != 3) {
          return false;
        }
      }
    }
    return !underscores
        || (!integer.startsWith("_") && !integer.endsWith("_") && !integer.contains("__"));
  }

  private LocalDate isoDate(Token t) {
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
      sink.report(Diagnostic.of(DiagnosticCode.JX0208, file, offsets.of(t), t.getText()));
      return null;
    }
  }

  private LocalTime isoTime(Token t) {
    String[] parts = Normalize.digits(t.getText()).replace('：', ':').split(":");
    try {
      return LocalTime.of(
          Integer.parseInt(parts[0]),
          Integer.parseInt(parts[1]),
          parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    } catch (DateTimeException | NumberFormatException e) {
      sink.report(Diagnostic.of(DiagnosticCode.JX0208, file, offsets.of(t), t.getText()));
      return null;
    }
  }

  /** The token, or null when it is absent or was conjured up by ANTLR's error recovery. */
  private static Token real(Token t) {
    return t == null || t.getTokenIndex() < 0 || t.getType() == Token.EOF ? null : t;
  }

  private static Token real(TerminalNode node) {
    return node == null ? null : real(node.getSymbol());
  }

  private Span span(ParserRuleContext ctx) {
    Token start = ctx.start;
    Token stop = ctx.stop;
    if (start == null || start.getType() == Token.EOF) {
      int end = file.text().length();
      return new Span(end, end);
    }
    if (stop != null && stop.getType() == Token.EOF) {
      stop = null;
    }
    return offsets.of(start, stop);
  }

  private static <T> void addIfPresent(List<T> list, T item) {
    if (item != null) {
      list.add(item);
    }
  }
}
