package org.jixiao.driver;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.SourceUnit;

/**
 * One file read and parsed, with what reading and parsing reported. Never changed once made: a
 * session keeps it while the file's text stays the same, and each check starts the file's
 * diagnostics from a copy of {@link #problems}.
 */
record ParsedFile(SourceFile file, SourceUnit unit, DiagnosticSink problems, List<Span> syntaxErrors,
    List<org.jixiao.diag.Diagnostic> sortedProblems, boolean notWhole, int projects) {
  static ParsedFile of(SourceFile file, SourceUnit unit, DiagnosticSink problems) {
    List<Span> syntax = new ArrayList<>();
    problems.forEach(d -> {
      if (d.code().code().startsWith("JX02")) {
        syntax.add(d.span());
      }
    });
    // Every JX02xx and JX99xx is an error, and a dropped one is still remembered by the sink.
    boolean notWhole = problems.reportedError(c -> c.code().startsWith("JX02") || c.code().startsWith("JX99"));
    int projects = (int) unit.declarations().stream().filter(Decl.Project.class::isInstance).count();
    return new ParsedFile(file, unit, problems, List.copyOf(syntax), problems.sorted(), notWhole, projects);
  }

  /**
   * The file as a streamed check keeps it. Whole when it declares the budget or library parts:
   * they are read from its tree (and so are its projects, then). Else without its projects' trees:
   * what the reading of the top level needs (unknown keywords) and the parser's findings, the
   * projects to be parsed again from the kept text when they are analysed. {@link #projects}
   * still counts them.
   */
  ParsedFile forStreamedCheck() {
    boolean declaresBudget = unit.declarations().stream().anyMatch(Decl.Budget.class::isInstance);
    if (projects == 0 || declaresBudget || declaresLibrary()) {
      return this;
    }
    List<Decl> rest = unit.declarations().stream().filter(d -> !(d instanceof Decl.Project)).toList();
    return new ParsedFile(file, new SourceUnit(file, rest, List.of()), problems, syntaxErrors, sortedProblems, notWhole,
        projects);
  }

  /** True when the tree holds the file's projects (always, but after {@link #forStreamedCheck} stripped them). */
  boolean hasProjectTrees() {
    return projects > 0 && unit.declarations().stream().anyMatch(Decl.Project.class::isInstance);
  }

  /** True when the file declares something of the library (units, frameworks, profiles, layouts). */
  boolean declaresLibrary() {
    for (Decl decl : unit.declarations()) {
      if (!(decl instanceof Decl.Budget) && !(decl instanceof Decl.Project) && !(decl instanceof Decl.Unknown)) {
        return true;
      }
    }
    return false;
  }
}
