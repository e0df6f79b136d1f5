package org.jixiao.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Hint;
import org.jixiao.semantics.check.AssertionChecker;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.funds.CeilingChecker;
import org.jixiao.semantics.funds.CostChecker;
import org.jixiao.semantics.check.DateChecker;
import org.jixiao.semantics.funds.FundingChecker;
import org.jixiao.semantics.check.IndicatorRules;
import org.jixiao.semantics.check.StructureChecker;
import org.jixiao.semantics.check.TextChecker;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.LibraryBuilder;
import org.jixiao.semantics.resolve.FundsResolver;
import org.jixiao.semantics.resolve.NameResolver;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.semantics.library.Suggest;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.Decl;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceParser;
import org.jixiao.syntax.SourceUnit;
import org.jixiao.source.Span;

/**
 * Checks one budget folder: reads and parses every file, builds the folder's library on top of the
 * stdlib, finds the budget and its profile, and runs the passes. A file that fails to parse still
 * contributes what could be recovered, so one broken form never hides the problems of others.
 */
public final class BudgetCompiler {
  private static final List<String> TOP_LEVEL_KEYWORDS =
      List.of("budget", "project", "dimension", "unit", "counter", "prefix", "framework", "profile");
  private static final List<String> BUDGET_KEYWORDS = List.of("title", "profile", "ceiling");

  private final Workspace workspace;
  private final BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser;
  private final boolean rules;

  public BudgetCompiler(Workspace workspace) {
    this(workspace, SourceParser::parse, true);
  }

  /**
   * @param rules false to stop after names and structure (the checks of the language alone), as
   *     the benchmark does to measure what the form rules cost
   */
  public BudgetCompiler(Workspace workspace, boolean rules) {
    this(workspace, SourceParser::parse, rules);
  }

  /** With another parser: tests use it to show that a crash becomes a report, not a trace. */
  BudgetCompiler(Workspace workspace, BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser) {
    this(workspace, parser, true);
  }

  private BudgetCompiler(
      Workspace workspace, BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser, boolean rules) {
    this.workspace = workspace;
    this.parser = parser;
    this.rules = rules;
  }

  public CompiledBudget compile(BudgetInput input) {
    return compile(input, () -> {});
  }

  /** As {@link #compile(BudgetInput)}, running {@code afterEachFile} when a file has been read and parsed. */
  public CompiledBudget compile(BudgetInput input, Runnable afterEachFile) {
    Map<SourceFile, DiagnosticSink> sinks = new LinkedHashMap<>();
    List<SourceUnit> units = new ArrayList<>();
    List<Diagnostic> readProblems = new ArrayList<>();
    for (Path path : input.files()) {
      DiagnosticSink sink = new DiagnosticSink();
      SourceFile file = SourceReader.read(path, workspace.display(path), sink);
      if (file == null) {
        if (input.reported().contains(path)) {
          readProblems.addAll(sink.sorted());
        }
        afterEachFile.run();
        continue;
      }
      sinks.put(file, sink);
      units.add(parseSafely(file, sink));
      afterEachFile.run();
    }
    BudgetContext context = units.isEmpty() ? null : analyse(input, units, sinks);
    List<Diagnostic> diagnostics = new ArrayList<>(readProblems);
    sinks.forEach(
        (file, sink) -> {
          if (input.reported().contains(file.path())) {
            diagnostics.addAll(sink.sorted());
            if (sink.dropped() > 0) {
              // Not shown, but never forgotten: when an error is among them, the note is an error,
              // so that check fails and build writes nothing.
              Diagnostic note = Diagnostic.of(DiagnosticCode.TOO_MANY_DIAGNOSTICS, file,
                  new Span(file.text().length(), file.text().length()), String.valueOf(sink.dropped()));
              diagnostics.add(sink.droppedErrors() > 0 ? note.withSeverity(org.jixiao.diag.Severity.ERROR) : note);
            }
          }
        });
    diagnostics.sort(DiagnosticSink.ORDER);
    return new CompiledBudget(input, units, context, diagnostics);
  }

  private SourceUnit parseSafely(SourceFile file, DiagnosticSink sink) {
    try {
      SourceUnit unit = parser.apply(file, sink);
      if (file.text().isBlank()) {
        sink.report(Diagnostic.of(DiagnosticCode.FILE_EMPTY, file, Span.NONE));
      }
      return unit;
    } catch (RuntimeException | StackOverflowError e) {
      sink.report(Diagnostic.of(DiagnosticCode.INTERNAL_ERROR, file, Span.NONE, e.getClass().getSimpleName() + ": " + e.getMessage()));
      return new SourceUnit(file, List.of(), List.of());
    }
  }

  private BudgetContext analyse(BudgetInput input, List<SourceUnit> units, Map<SourceFile, DiagnosticSink> sinks) {
    LibraryBuilder builder = new LibraryBuilder(Stdlib.library());
    Decl.Budget budget = null;
    SourceFile budgetFile = null;
    List<ProjectFile> projects = new ArrayList<>();
    for (SourceUnit unit : units) {
      DiagnosticSink sink = sinks.get(unit.file());
      builder.add(unit.declarations(), unit.file(), sink);
      for (Decl decl : unit.declarations()) {
        if (decl instanceof Decl.Budget b) {
          if (budget == null) {
            budget = b;
            budgetFile = unit.file();
          } else {
            sink.report(Diagnostic.of(DiagnosticCode.SECOND_BUDGET_DECLARATION, unit.file(), b.span()));
          }
        } else if (decl instanceof Decl.Project p) {
          projects.add(new ProjectFile(unit.file(), p));
        } else if (decl instanceof Decl.Unknown u) {
          sink.report(Suggest.unknownKeyword(unit.file(), u.word(), TOP_LEVEL_KEYWORDS));
        }
      }
    }
    Library library = builder.build();
    RuleProfile profile = null;
    // A file that could not be parsed may well hold the budget: do not also report it missing.
    boolean someFileUnparsed =
        sinks.values().stream().anyMatch(s -> s.has(DiagnosticCode.NESTING_TOO_DEEP) || s.has(DiagnosticCode.LINE_TOO_LONG)
            || s.has(DiagnosticCode.INTERNAL_ERROR));
    if (budget == null) {
      if (!someFileUnparsed) {
        SourceFile first = units.get(0).file();
        sinks.get(first).report(Diagnostic.of(DiagnosticCode.NO_BUDGET_DECLARATION, first, Span.NONE, input.displayName()));
      }
    } else {
      profile = profile(budget, budgetFile, library, sinks.get(budgetFile));
    }
    IndicatorFramework framework =
        profile == null || profile.frameworkName() == null ? null : library.framework(profile.frameworkName());
    BudgetContext context = new BudgetContext(budget, budgetFile, projects, library, profile, framework, sinks,
        file -> input.reported().contains(file.path()));
    new NameResolver(context).run();
    new FundsResolver(context).run();
    new StructureChecker(context).run();
    if (rules) {
      SourceFile at = budgetFile != null ? budgetFile : units.get(0).file();
      // & rather than &&: every pass runs, whichever failed before it.
      boolean whole = pass(at, sinks, () -> new FundingChecker(context).run())
          & pass(at, sinks, () -> new IndicatorRules(context).run())
          & pass(at, sinks, () -> org.jixiao.semantics.rules.ProjectRules.run(context))
          & pass(at, sinks, () -> new CostChecker(context).run())
          & pass(at, sinks, () -> new AssertionChecker(context).run())
          & pass(at, sinks, () -> new DateChecker(context).run())
          & pass(at, sinks, () -> new TextChecker(context).run())
          & pass(at, sinks, () -> new CeilingChecker(context).run());
      if (whole) {
        context.finishAllows(); // after a failed pass, "this allow silenced nothing" would be wrong
      }
    }
    return context;
  }

  /**
   * One rule pass; a defect in it (an exception, a stack overflow) is reported as JX9999 on the
   * budget's file, and the other passes still run: one broken rule must not cost the office every
   * other finding, nor the command its report.
   */
  private static boolean pass(SourceFile at, Map<SourceFile, DiagnosticSink> sinks, Runnable rules) {
    try {
      rules.run();
      return true;
    } catch (RuntimeException | StackOverflowError e) {
      sinks.get(at).report(Diagnostic.of(DiagnosticCode.INTERNAL_ERROR, at, Span.NONE,
          e.getClass().getSimpleName() + ": " + e.getMessage()));
      return false;
    }
  }

  private static RuleProfile profile(Decl.Budget budget, SourceFile file, Library library, DiagnosticSink sink) {
    RuleProfile profile = null;
    boolean named = false;
    java.util.Map<String, BudgetItem> seen = new java.util.HashMap<>();
    for (BudgetItem item : budget.items()) {
      if (item instanceof BudgetItem.Unknown u) {
        sink.report(Suggest.unknownKeyword(file, u.word(), BUDGET_KEYWORDS));
        continue;
      }
      if (!(item instanceof BudgetItem.Ceiling)) {
        BudgetItem first = seen.putIfAbsent(item.keyword(), item);
        if (first != null) {
          sink.report(
              Diagnostic.of(DiagnosticCode.FIELD_WRITTEN_TWICE, file, item.span(), item.keyword())
                  .withHint(Hint.of("hint.firstHere", String.valueOf(file.line(first.span().start())))));
          continue;
        }
      }
      if (item instanceof BudgetItem.ProfileRef ref) {
        named = true;
        profile = library.profile(ref.name().text());
        if (profile == null) {
          Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_PROFILE, file, ref.name().span(), ref.name().text());
          sink.report(Suggest.withSuggestion(d, ref.name().text(), library.profileNames(),
              Hint.list("hint.known", List.copyOf(library.profileNames()))));
        }
      }
    }
    if (!named) {
      sink.report(
          Diagnostic.of(DiagnosticCode.REQUIRED_FIELD_MISSING, file, budget.region().span(),
              "budget " + budget.region().text(), "profile", "@field.profile", "@example.profile"));
    }
    return profile;
  }
}
