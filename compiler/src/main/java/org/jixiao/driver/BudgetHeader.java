package org.jixiao.driver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Hint;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.library.Suggest;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.Decl;

/**
 * The top level of a budget folder: its budget declaration and the profile it names, its projects
 * in file order, and what is wrong at the top level (a second budget, an unknown keyword, no
 * budget). Read on every check: it costs a walk over the files' declarations, not their contents.
 */
record BudgetHeader(Decl.Budget budget, SourceFile budgetFile, RuleProfile profile, List<ProjectFile> projects) {
  private static final List<String> TOP_LEVEL_KEYWORDS =
      List.of("budget", "project", "dimension", "unit", "counter", "prefix", "framework", "profile");
  private static final List<String> BUDGET_KEYWORDS = List.of("title", "profile", "ceiling");

  static BudgetHeader read(BudgetInput input, List<ParsedFile> parsed, Library library, Map<SourceFile, DiagnosticSink> sinks) {
    Decl.Budget budget = null;
    SourceFile budgetFile = null;
    List<ProjectFile> projects = new ArrayList<>();
    for (ParsedFile file : parsed) {
      DiagnosticSink sink = sinks.get(file.file());
      for (Decl decl : file.unit().declarations()) {
        if (decl instanceof Decl.Budget b) {
          if (budget == null) {
            budget = b;
            budgetFile = file.file();
          } else {
            sink.report(Diagnostic.of(DiagnosticCode.SECOND_BUDGET_DECLARATION, file.file(), b.span()));
          }
        } else if (decl instanceof Decl.Project p) {
          projects.add(new ProjectFile(file.file(), p));
        } else if (decl instanceof Decl.Unknown u) {
          sink.report(Suggest.unknownKeyword(file.file(), u.word(), TOP_LEVEL_KEYWORDS));
        }
      }
    }
    RuleProfile profile = null;
    if (budget == null) {
      // A file that could not be parsed may well hold the budget: do not also report it missing.
      boolean someFileUnparsed = parsed.stream().map(ParsedFile::problems).anyMatch(s -> s.has(DiagnosticCode.NESTING_TOO_DEEP)
          || s.has(DiagnosticCode.LINE_TOO_LONG) || s.has(DiagnosticCode.INTERNAL_ERROR));
      if (!someFileUnparsed) {
        SourceFile first = parsed.get(0).file();
        sinks.get(first).report(Diagnostic.of(DiagnosticCode.NO_BUDGET_DECLARATION, first, Span.NONE, input.displayName()));
      }
    } else {
      profile = profile(budget, budgetFile, library, sinks.get(budgetFile));
    }
    return new BudgetHeader(budget, budgetFile, profile, projects);
  }

  private static RuleProfile profile(Decl.Budget budget, SourceFile file, Library library, DiagnosticSink sink) {
    RuleProfile profile = null;
    boolean named = false;
    Map<String, BudgetItem> seen = new HashMap<>();
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
                  .withHint(Hint.firstHere(file, first.span())));
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
