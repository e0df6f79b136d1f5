package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import static org.jixiao.syntax.AstContext.addIfPresent;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.grammar.JixiaoParser.*;

/**
 * Builds the immutable syntax tree from ANTLR's parse tree, in one pass.
 *
 * <p>After error recovery a context can miss any of its children, so every method here returns
 * null for a part it cannot build, and callers drop what is null: the syntax error has already
 * been reported, and a half-built node would only produce echoes of it.
 *
 * <p>This class dispatches the top-level declarations; {@link BudgetAndProjectBuilder} and
 * {@link LibraryDeclBuilder} build them, {@link TargetBuilder} the targets and check expressions,
 * {@link LiteralBuilder} the leaves they share, all over one {@link AstContext}, and all keep
 * the rule above.
 */
final class AstBuilder {
  private final AstContext context;
  private final LiteralBuilder literals;
  private final BudgetAndProjectBuilder budgetAndProject;
  private final LibraryDeclBuilder library;
  private final ProfileDeclBuilder profiles;

  AstBuilder(SourceFile file, TokenOffsets offsets, DiagnosticSink sink) {
    this.context = new AstContext(file, offsets, sink);
    this.literals = new LiteralBuilder(context);
    TargetBuilder targets = new TargetBuilder(context, literals);
    this.budgetAndProject = new BudgetAndProjectBuilder(context, literals, targets);
    this.library = new LibraryDeclBuilder(context, literals, targets);
    this.profiles = new ProfileDeclBuilder(context, literals, targets, library);
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
      return budgetAndProject.budget(ctx.budgetDecl());
    } else if (ctx.projectDecl() != null) {
      return budgetAndProject.project(ctx.projectDecl());
    } else if (ctx.dimensionDecl() != null) {
      return library.dimension(ctx.dimensionDecl());
    } else if (ctx.unitDecl() != null) {
      return library.unit(ctx.unitDecl());
    } else if (ctx.counterDecl() != null) {
      return library.counter(ctx.counterDecl());
    } else if (ctx.prefixDecl() != null) {
      return library.prefix(ctx.prefixDecl());
    } else if (ctx.frameworkDecl() != null) {
      return library.framework(ctx.frameworkDecl());
    } else if (ctx.profileDecl() != null) {
      return profiles.profile(ctx.profileDecl());
    } else if (ctx.layoutDecl() != null) {
      return profiles.layout(ctx.layoutDecl());
    } else if (ctx.unknownStatement() != null) {
      Name word = literals.unknownWord(ctx.unknownStatement());
      return word == null ? null : new Decl.Unknown(word, context.span(ctx));
    }
    return null;
  }
}
