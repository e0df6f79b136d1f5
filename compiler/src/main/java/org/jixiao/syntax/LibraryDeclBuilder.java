package org.jixiao.syntax;

import static org.jixiao.syntax.AstContext.addIfPresent;
import static org.jixiao.syntax.AstContext.real;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.*;

/**
 * The library declarations of the stdlib and of a budget folder: dimensions, units, counters,
 * prefixes, frameworks with their levels and categories, and profiles with their items.
 */
record LibraryDeclBuilder(AstContext context, LiteralBuilder literals, TargetBuilder targets) {

  Decl dimension(DimensionDeclContext ctx) {
    Name name = literals.name(ctx.name());
    return name == null
        ? null
        : new Decl.Dimension(name, literals.text(ctx.text()), context.span(ctx));
  }

  Decl unit(UnitDeclContext ctx) {
    Name name = literals.name(ctx.name(0));
    if (name == null) {
      return null;
    }
    List<Name> aliases = aliases(ctx.aliases());
    if (ctx.COLON() != null) {
      Name dim = literals.name(ctx.dim);
      return dim == null ? null : new Decl.Unit(name, dim, null, null, aliases, context.span(ctx));
    }
    Decl.Scale scale = scale(ctx.scale());
    UnitExpr base = ctx.unitExpr() == null ? null : literals.unitExpr(ctx.unitExpr());
    if (scale == null || (ctx.unitExpr() != null && base == null)) {
      return null;
    }
    return new Decl.Unit(name, null, scale, base, aliases, context.span(ctx));
  }

  private Decl.Scale scale(ScaleContext ctx) {
    if (ctx == null || ctx.NUMBER().isEmpty()) {
      return null;
    }
    BigDecimal num = literals.number(real(ctx.NUMBER(0)));
    BigDecimal den =
        ctx.NUMBER().size() > 1 ? literals.number(real(ctx.NUMBER(1))) : BigDecimal.ONE;
    if (num == null || den == null || den.signum() == 0) {
      return null;
    }
    // a/b with decimals: scale both up to integers.
    int shift = Math.max(num.scale(), den.scale());
    BigInteger n = num.movePointRight(shift).toBigIntegerExact();
    BigInteger d = den.movePointRight(shift).toBigIntegerExact();
    return new Decl.Scale(n, d, context.span(ctx));
  }

  Decl counter(CounterDeclContext ctx) {
    List<Name> names = new ArrayList<>();
    for (NameContext n : ctx.name()) {
      addIfPresent(names, literals.name(n));
    }
    return names.isEmpty() ? null : new Decl.Counter(names, context.span(ctx));
  }

  Decl prefix(PrefixDeclContext ctx) {
    Name name = literals.name(ctx.name());
    BigDecimal factor = literals.number(real(ctx.NUMBER()));
    return name == null || factor == null ? null : new Decl.Prefix(name, factor, context.span(ctx));
  }

  Decl framework(FrameworkDeclContext ctx) {
    Name name = literals.name(ctx.name());
    if (name == null) {
      return null;
    }
    List<Decl.Level> levels = new ArrayList<>();
    for (LevelDeclContext l : ctx.levelDecl()) {
      if (l.unknownStatement() != null) {
        reportUnknownStdlibWord(l.unknownStatement());
        continue;
      }
      Name levelName = literals.name(l.name(0));
      if (levelName == null) {
        continue;
      }
      List<Decl.Category> categories = new ArrayList<>();
      for (CategoryDeclContext c : l.categoryDecl()) {
        if (c.unknownStatement() != null) {
          reportUnknownStdlibWord(c.unknownStatement());
          continue;
        }
        Name catName = literals.name(c.name(0));
        if (catName != null) {
          categories.add(
              new Decl.Category(
                  catName, shortName(c.shortName()), c.role == null ? null : literals.name(c.role),
                  aliases(c.aliases()), context.span(c)));
        }
      }
      levels.add(
          new Decl.Level(
              levelName, shortName(l.shortName()), l.role == null ? null : literals.name(l.role),
              aliases(l.aliases()), categories, context.span(l)));
    }
    return new Decl.Framework(name, literals.text(ctx.text()), levels, context.span(ctx));
  }

  private void reportUnknownStdlibWord(UnknownStatementContext ctx) {
    Name word = literals.unknownWord(ctx);
    if (word != null) {
      context.report(DiagnosticCode.UNKNOWN_KEYWORD, word.span(), word.text());
    }
  }

  private Name shortName(ShortNameContext ctx) {
    return ctx == null ? null : literals.name(ctx.name());
  }

  List<Name> aliases(AliasesContext ctx) {
    List<Name> out = new ArrayList<>();
    if (ctx != null) {
      for (NameContext n : ctx.name()) {
        addIfPresent(out, literals.name(n));
      }
    }
    return out;
  }
}
