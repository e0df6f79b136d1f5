package org.jixiao.syntax;

import org.jixiao.source.Span;
import static org.jixiao.syntax.AstContext.addIfPresent;
import static org.jixiao.syntax.AstContext.real;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jixiao.grammar.JixiaoParser.*;

/**
 * Builds {@code profile} declarations (a province's template: fields, columns, money, rules) and
 * {@code layout} declarations (directive lines, read later by the layout reader).
 */
record ProfileDeclBuilder(AstContext context, LiteralBuilder literals, TargetBuilder targets, LibraryDeclBuilder library) {

  Decl profile(ProfileDeclContext ctx) {
    Name name = literals.name(ctx.name());
    if (name == null) {
      return null;
    }
    List<ProfileItem> items = new ArrayList<>();
    for (ProfileItemContext item : ctx.profileItem()) {
      addIfPresent(items, profileItem(item));
    }
    return new Decl.Profile(name, literals.text(ctx.text()), items, context.span(ctx));
  }

  private ProfileItem profileItem(ProfileItemContext ctx) {
    Span span = context.span(ctx);
    if (ctx instanceof ProfileFrameworkContext c) {
      Name name = literals.name(c.name());
      return name == null ? null : new ProfileItem.FrameworkRef(name, span);
    } else if (ctx instanceof ProfileSourceContext c) {
      Name key = literals.name(c.name());
      Text label = literals.text(c.text());
      return key == null || label == null
          ? null
          : new ProfileItem.Source(key, label, library.aliases(c.aliases()), span);
    } else if (ctx instanceof ProfileAttributeContext c) {
      Name key = literals.name(c.name());
      Text label = literals.text(c.text());
      Target.Quantity period = c.quantity() == null ? null : targets.quantity(c.quantity());
      return key == null || label == null
          ? null
          : new ProfileItem.AttributeValue(key, label, period, c.atLeast != null, c.OPEN() != null,
              library.aliases(c.aliases()), span);
    } else if (ctx instanceof ProfileGradesContext c) {
      return new ProfileItem.Grades(literals.strings(c.string()), span);
    } else if (ctx instanceof ProfilePlaceholdersContext c) {
      return new ProfileItem.Placeholders(literals.strings(c.string()), span);
    } else if (ctx instanceof ProfileRuleContext c) {
      Token code = real(c.code);
      Name severity = literals.name(c.severity);
      return code == null || severity == null
          ? null
          : new ProfileItem.Rule(new Name(code.getText(), context.span(code)), severity, span);
    } else if (ctx instanceof ProfileExtendsContext c) {
      Name parent = literals.name(c.name());
      return parent == null ? null : new ProfileItem.Extends(parent, span);
    } else if (ctx instanceof ProfileTitleContext c) {
      Text pattern = literals.text(c.text());
      return pattern == null ? null : new ProfileItem.Title(pattern, span);
    } else if (ctx instanceof ProfileMoneyContext c) {
      Name unit = literals.name(c.name());
      ProfileItem.Bound places = c.NUMBER() == null ? null : bound(real(c.NUMBER()));
      return unit == null || (c.NUMBER() != null && places == null) ? null : new ProfileItem.Money(unit, places, span);
    } else if (ctx instanceof ProfileColumnContext c) {
      Name key = literals.name(c.name());
      Text label = literals.text(c.text());
      return key == null || label == null ? null : new ProfileItem.FundsColumn(key, label, span);
    } else if (ctx instanceof ProfileFieldContext c) {
      Name key = literals.name(c.name(0));
      List<Name> flags = new ArrayList<>();
      for (FieldFlagContext f : c.fieldFlag()) {
        flags.add(new Name(f.getText(), context.span(f)));
      }
      List<Name> values = new ArrayList<>();
      for (int i = 1; i < c.name().size(); i++) {
        addIfPresent(values, literals.name(c.name(i)));
      }
      Text label = c.text() == null ? null : literals.text(c.text());
      return key == null ? null : new ProfileItem.Field(key, label, flags, values, span);
    } else if (ctx instanceof ProfilePeriodContext c) {
      Name form = literals.name(c.name());
      return form == null ? null : new ProfileItem.PeriodForm(form, span);
    } else if (ctx instanceof ProfileWeightContext c) {
      Name level = c.name() == null ? null : literals.name(c.name());
      ProfileItem.Bound low = bound(real(c.low));
      ProfileItem.Bound high = c.high == null ? null : bound(real(c.high));
      return low == null || (c.high != null && high == null) ? null : new ProfileItem.Weight(level, low, high, span);
    } else if (ctx instanceof ProfileScoreContext c) {
      Name kind = literals.name(c.kind);
      Name label = c.label == null ? null : literals.name(c.label);
      ProfileItem.Bound low = bound(real(c.low));
      ProfileItem.Bound high = c.high == null ? null : bound(real(c.high));
      return kind == null || low == null || (c.high != null && high == null) ? null
          : new ProfileItem.Score(kind, label, low, high, span);
    } else if (ctx instanceof ProfileLimitContext c) {
      Name what = literals.name(c.name());
      ProfileItem.Bound value = bound(real(c.NUMBER()));
      return what == null || value == null ? null : new ProfileItem.Limit(what, value, span);
    } else if (ctx instanceof ProfileCostsContext c) {
      ProfileItem.Bound back = c.NUMBER() == null ? null : bound(real(c.NUMBER()));
      Text label = literals.text(c.text());
      return label == null || (c.NUMBER() != null && back == null) ? null : new ProfileItem.CostsColumn(back, label, span);
    } else if (ctx instanceof ProfileFixedContext c) {
      List<Name> path = c.path() == null ? null : literals.path(c.path());
      Target target = c.target() == null ? null : targets.target(c.target());
      Name scope = c.scope == null ? null : literals.name(c.scope);
      Name scopeValue = c.scopeValue == null ? null : literals.name(c.scopeValue);
      if (path == null || target == null || (c.scope != null && (scope == null || scopeValue == null))) {
        return null;
      }
      if (path.size() < 2 || path.size() > 3) {
        context.report(org.jixiao.diag.DiagnosticCode.INDICATOR_PATH_LENGTH, context.span(c.path()), String.valueOf(path.size()));
        return null;
      }
      return new ProfileItem.Fixed(path, target, scope, scopeValue, span);
    } else if (ctx instanceof ProfileWordsContext c) {
      Name kind = literals.name(c.name());
      return kind == null ? null : new ProfileItem.Words(kind, literals.strings(c.string()), span);
    } else if (ctx instanceof ProfileLabelContext c) {
      Name name = literals.name(c.name());
      Text label = literals.text(c.text());
      return name == null || label == null ? null : new ProfileItem.Label(name, label, span);
    } else if (ctx instanceof ProfileLayoutContext c) {
      Name name = literals.name(c.name(0));
      Name form = c.form == null ? null : literals.name(c.form);
      return name == null ? null : new ProfileItem.LayoutRef(name, form, span);
    } else if (ctx instanceof ProfileUnknownContext c) {
      Name word = literals.unknownWord(c.unknownStatement());
      return word == null ? null : new ProfileItem.Unknown(word, span);
    }
    return null;
  }

  private ProfileItem.Bound bound(Token t) {
    BigDecimal value = t == null ? null : literals.number(t);
    return value == null ? null : new ProfileItem.Bound(value, context.span(t));
  }

  Decl layout(LayoutDeclContext ctx) {
    Name name = literals.name(ctx.name());
    if (name == null || ctx.layoutBlock() == null) {
      return null;
    }
    return new Decl.Layout(name, ctx.text() == null ? null : literals.text(ctx.text()), lines(ctx.layoutBlock()),
        context.span(ctx));
  }

  private List<Decl.LayoutLine> lines(LayoutBlockContext block) {
    List<Decl.LayoutLine> out = new ArrayList<>();
    for (LayoutLineContext line : block.layoutLine()) {
      Name word = literals.name(line.name());
      if (word == null) {
        continue;
      }
      List<Decl.LayoutArg> args = new ArrayList<>();
      for (LayoutArgContext a : line.layoutArg()) {
        Token t = a.getStart();
        boolean quoted = t.getType() == org.jixiao.grammar.JixiaoLexer.STRING;
        args.add(new Decl.LayoutArg(quoted ? LiteralBuilder.unquote(t.getText()) : t.getText(), quoted, context.span(a)));
      }
      out.add(new Decl.LayoutLine(word, args, line.layoutBlock() == null ? null : lines(line.layoutBlock()),
          context.span(line)));
    }
    return out;
  }
}
