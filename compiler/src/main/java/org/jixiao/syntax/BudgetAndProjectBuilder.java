package org.jixiao.syntax;

import org.jixiao.source.Span;
import static org.jixiao.syntax.AstContext.addIfPresent;
import static org.jixiao.syntax.AstContext.real;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.*;

/**
 * The budget declaration and the project forms, with their items: department, funds,
 * indicators, narratives, contacts, the filing date and checks, and the allow clauses they carry.
 */
record BudgetAndProjectBuilder(
    AstContext context, LiteralBuilder literals, TargetBuilder targets) {

  // ------------------------------------------------------------------ budget

  Decl budget(BudgetDeclContext ctx) {
    Name region = literals.name(ctx.region);
    Token yearToken = real(ctx.year);
    if (region == null || yearToken == null) {
      return null;
    }
    BigDecimal year = literals.number(yearToken);
    Span yearSpan = context.span(yearToken);
    boolean plausible = year != null && year.scale() <= 0
        && year.compareTo(BigDecimal.valueOf(1990)) >= 0 && year.compareTo(BigDecimal.valueOf(2200)) <= 0;
    int yearValue = plausible ? year.intValue() : 0;
    if (year != null && !plausible) {
      context.report(DiagnosticCode.IMPLAUSIBLE_BUDGET_YEAR, yearSpan, yearToken.getText());
    }
    List<BudgetItem> items = new ArrayList<>();
    for (BudgetItemContext item : ctx.budgetItem()) {
      addIfPresent(items, budgetItem(item));
    }
    return new Decl.Budget(region, yearValue, yearSpan, items, context.span(ctx));
  }

  private BudgetItem budgetItem(BudgetItemContext ctx) {
    if (ctx instanceof BudgetTitleContext c) {
      Text text = literals.text(c.text());
      return text == null ? null : new BudgetItem.Title(text, context.span(c));
    } else if (ctx instanceof BudgetProfileContext c) {
      Name name = literals.name(c.name());
      return name == null ? null : new BudgetItem.ProfileRef(name, context.span(c));
    } else if (ctx instanceof BudgetCeilingContext c) {
      Token code = real(c.code);
      Amount amount = literals.amount(c.amount());
      return code == null || amount == null
          ? null
          : new BudgetItem.Ceiling(
              Normalize.digits(code.getText()), context.span(code), amount, context.span(c));
    } else if (ctx instanceof BudgetUnknownContext c) {
      Name word = literals.unknownWord(c.unknownStatement());
      return word == null ? null : new BudgetItem.Unknown(word, context.span(c));
    }
    return null;
  }

  // ----------------------------------------------------------------- project

  Decl project(ProjectDeclContext ctx) {
    Name name = literals.name(ctx.name());
    if (name == null) {
      return null;
    }
    // The allow clauses of the project being built, gathered as its items are.
    // One walk over the project's children (hundreds: its items and line ends) for both lists.
    List<AllowClauseContext> own = new ArrayList<>(2);
    List<ProjectItemContext> written = new ArrayList<>(ctx.children.size() / 2 + 1);
    for (int i = 0, n = ctx.children.size(); i < n; i++) {
      Object child = ctx.children.get(i);
      if (child instanceof ProjectItemContext item) {
        written.add(item);
      } else if (child instanceof AllowClauseContext clause) {
        own.add(clause);
      }
    }
    List<Allow> allows = new ArrayList<>();
    for (AllowClauseContext clause : own) {
      addIfPresent(allows, literals.allow(clause, name.span()));
    }
    List<ProjectItem> items = new ArrayList<>(written.size());
    for (ProjectItemContext item : written) {
      ProjectItem built = projectItem(item, allows);
      addIfPresent(items, built);
      if (built != null && item.children != null) {
        for (int i = 0, n = item.children.size(); i < n; i++) {
          if (item.children.get(i) instanceof AllowClauseContext clause) {
            addIfPresent(allows, literals.allow(clause, built.span()));
          }
        }
      }
    }
    return new Decl.Project(name, items, allows, context.span(ctx));
  }

  private ProjectItem projectItem(ProjectItemContext ctx, List<Allow> allows) {
    Span span = context.span(ctx);
    if (ctx instanceof DepartmentContext c) {
      Token code = c.code == null ? null : real(c.code);
      Text name = literals.text(c.text());
      if ((c.code != null && code == null) || name == null) {
        return null;
      }
      // Templates without department codes write department "名称".
      return code == null ? new ProjectItem.Department(null, null, name, span)
          : new ProjectItem.Department(Normalize.digits(code.getText()), context.span(code), name, span);
    } else if (ctx instanceof ImplementerContext c) {
      Text name = literals.text(c.text());
      return name == null ? null : new ProjectItem.Implementer(name, span);
    } else if (ctx instanceof AttributeContext c) {
      Name value = literals.name(c.name());
      return value == null ? null : new ProjectItem.Attribute(value, span);
    } else if (ctx instanceof PeriodContext c) {
      Target.Quantity q = targets.quantity(c.quantity());
      return q == null ? null : new ProjectItem.Period(q, span);
    } else if (ctx instanceof PeriodRangeContext c) {
      ProjectItem.PeriodEnd from = periodEnd(real(c.from));
      ProjectItem.PeriodEnd to = periodEnd(real(c.to));
      return from == null || to == null ? null : new ProjectItem.PeriodRange(from, to, span);
    } else if (ctx instanceof CustomFieldContext c) {
      Token key = real(c.field);
      Text value = fieldValue(c.fieldValue());
      return key == null || value == null ? null
          : new ProjectItem.CustomField(new Name(key.getText(), context.span(key)), value, span);
    } else if (ctx instanceof FundsContext c) {
      return funds(c, span, allows);
    } else if (ctx instanceof CostsContext c) {
      return new CostsBuilder(context, literals).costs(c, span, allows);
    } else if (ctx instanceof NarrativeContext c) {
      Text text = literals.text(c.text());
      return text == null ? null : new ProjectItem.Narrative(narrativeKind(c.narrativeKeyword()), text, span);
    } else if (ctx instanceof GoalContext c) {
      Text text = literals.text(c.text());
      return text == null ? null : new ProjectItem.Goal(column(c.column()), text, span);
    } else if (ctx instanceof IndicatorContext c) {
      return indicator(c, span);
    } else if (ctx instanceof ContactContext c) {
      Text text = literals.text(c.text());
      return text == null ? null : new ProjectItem.Contact(contactKind(c.contactKeyword()), text, span);
    } else if (ctx instanceof FiledContext c) {
      return filed(c.filedValue(), span);
    } else if (ctx instanceof CheckContext c) {
      Expr left = targets.expr(c.expr(0));
      Expr right = c.expr().size() > 1 ? targets.expr(c.expr(1)) : null;
      Comparator cmp = TargetBuilder.comparator(c.comparator());
      if (left == null || right == null || cmp == null) {
        return null;
      }
      Allow allow = literals.firstAllow(c.allowClause(), span);
      return new ProjectItem.Check(left, cmp, right, allow, span);
    } else if (ctx instanceof MonitoringContext c) {
      return new MonitorBuilder(context, literals, targets).build(c, span, allows);
    } else if (ctx instanceof org.jixiao.grammar.JixiaoParser.AdjustmentContext c) {
      return new AdjustBuilder(context, literals, targets, this::rows).build(c, span, allows);
    } else if (ctx instanceof SelfEvaluationContext c) {
      return new SelfEvalBuilder(context, literals, targets).build(c, span, allows);
    } else if (ctx instanceof ProjectUnknownContext c) {
      Name word = literals.unknownWord(c.unknownStatement());
      return word == null ? null : new ProjectItem.Unknown(word, span);
    }
    return null;
  }

  /** One end of a period range: a month (2023-07) or a day (2023-07-15). */
  private ProjectItem.PeriodEnd periodEnd(Token t) {
    java.time.LocalDate date = t == null ? null : literals.isoDate(t);
    if (date == null) {
      return null;
    }
    boolean hasDay = Normalize.digits(t.getText()).replace('－', '-').split("-").length == 3;
    return new ProjectItem.PeriodEnd(date, hasDay ? Target.DatePrecision.DAY : Target.DatePrecision.MONTH, context.span(t));
  }

  /** A declared field's value: text, or a bare word or number (项目类型 新增, 科目代码 21305). */
  private Text fieldValue(FieldValueContext ctx) {
    if (ctx == null) {
      return null;
    }
    if (ctx.text() != null) {
      return literals.text(ctx.text());
    }
    Token t = real(ctx.NAME() != null ? ctx.NAME().getSymbol() : ctx.NUMBER() == null ? null : ctx.NUMBER().getSymbol());
    return t == null ? null : new Text(t.getText(), context.span(t));
  }

  private ProjectItem funds(FundsContext c, Span span, List<Allow> allows) {
    if (c.fundsBlock() == null) {
      return null;
    }
    UnitExpr unit = c.unitExpr() == null ? null : literals.unitExpr(c.unitExpr());
    return new ProjectItem.Funds(unit, rows(c.fundsBlock(), allows), span);
  }

  /** The rows of a funds block (the target's or an adjustment's); their allows into the project's. */
  List<FundsRow> rows(org.jixiao.grammar.JixiaoParser.FundsBlockContext block, List<Allow> allows) {
    List<FundsRow> rows = new ArrayList<>();
    for (FundsRowContext row : AstContext.children(block, FundsRowContext.class)) {
      // fundsRow : name amount amount? allowClause* — its parts in one walk of its children.
      NameContext sourceName = null;
      AmountContext first = null;
      AmountContext second = null;
      int amountCount = 0;
      List<AllowClauseContext> clauses = null;
      for (int i = 0, n = row.children == null ? 0 : row.children.size(); i < n; i++) {
        Object child = row.children.get(i);
        if (child instanceof NameContext nc) {
          sourceName = sourceName == null ? nc : sourceName;
        } else if (child instanceof AmountContext ac) {
          amountCount++;
          if (first == null) {
            first = ac;
          } else if (second == null) {
            second = ac;
          }
        } else if (child instanceof AllowClauseContext clause) {
          if (clauses == null) {
            clauses = new ArrayList<>(2);
          }
          clauses.add(clause);
        }
      }
      Name source = literals.name(sourceName);
      Amount term = first == null ? null : literals.amount(first);
      Amount annual = second != null ? literals.amount(second) : null;
      if (source != null && term != null && (amountCount < 2 || annual != null)) {
        FundsRow built = new FundsRow(source, term, annual, context.span(row));
        rows.add(built);
        if (clauses != null) {
          for (AllowClauseContext clause : clauses) {
            addIfPresent(allows, literals.allow(clause, built.span()));
          }
        }
      }
    }
    return rows;
  }

  private ProjectItem indicator(IndicatorContext c, Span span) {
    // Each accessor walks the children: every part is read once.
    PathContext pathCtx = c.path();
    if (pathCtx == null) {
      return null;
    }
    List<Name> path = literals.path(pathCtx);
    if (path == null) {
      return partialIndicator(c, literals.writtenPath(pathCtx), span);
    }
    TargetContext targetCtx = c.target();
    List<IndicatorPartContext> partCtxs = AstContext.children(c, IndicatorPartContext.class);
    // One name and no target is an empty second-level row: indicator 经济效益.
    boolean emptyRow = path.size() == 1 && targetCtx == null && partCtxs.isEmpty();
    if (!emptyRow && (path.size() < 2 || path.size() > 3)) {
      context.report(DiagnosticCode.INDICATOR_PATH_LENGTH, context.span(pathCtx), String.valueOf(path.size()));
      return null;
    }
    Target target = targetCtx == null ? null : targets.target(targetCtx);
    if (targetCtx != null && target == null) {
      return partialIndicator(c, path, span);
    }
    IndicatorParts parts = IndicatorPartsBuilder.parts(partCtxs, literals, context);
    if (parts == null) {
      return null;
    }
    return new ProjectItem.Indicator(
        column(c.column()), path, target, parts, literals.firstAllow(AstContext.children(c, AllowClauseContext.class), span), span);
  }

  /**
   * The part of an indicator line written so far, when the parser reported it incomplete
   * ({@code indicator 数普.}, {@code indicator 数量.补助人数 >=}): its names, no target. The names
   * are still resolved (an unknown category is reported, with its did-you-mean, while the line is
   * typed) and an editor has a node at the caret; the form rules do not read a line with a syntax
   * error on it (see {@code ReadableLines}).
   */
  private ProjectItem partialIndicator(IndicatorContext c, List<Name> written, Span span) {
    if (written.isEmpty() || written.size() > 3) {
      return null;
    }
    return new ProjectItem.Indicator(column(c.column()), written, null, IndicatorParts.NONE, null, span);
  }

  private ProjectItem filed(FiledValueContext ctx, Span span) {
    if (ctx == null) {
      return null;
    }
    String raw = context.file().slice(context.span(ctx));
    Token date = real(ctx.DATE());
    if (date != null) {
      LocalDate day = literals.isoDate(date);
      Token timeToken = real(ctx.TIME());
      LocalTime time = timeToken == null ? null : literals.isoTime(timeToken);
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

  static Column column(ColumnContext ctx) {
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
}
