package org.jixiao.semantics;

import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.SourceFile;

/**
 * What the passes over one budget share: its projects, its library and profile, the side tables,
 * and where to report. A diagnostic goes to the sink of the file it points into.
 */
public final class BudgetContext {
  private final Decl.Budget budget;
  private final SourceFile budgetFile;
  private final List<ProjectFile> projects;
  private final Library library;
  private final RuleProfile profile;
  private final IndicatorFramework framework;
  private final Resolution resolution = new Resolution();
  private final Map<SourceFile, DiagnosticSink> sinks;

  public BudgetContext(
      Decl.Budget budget,
      SourceFile budgetFile,
      List<ProjectFile> projects,
      Library library,
      RuleProfile profile,
      IndicatorFramework framework,
      Map<SourceFile, DiagnosticSink> sinks) {
    this.budget = budget;
    this.budgetFile = budgetFile;
    this.projects = List.copyOf(projects);
    this.library = library;
    this.profile = profile;
    this.framework = framework;
    this.sinks = sinks;
  }

  public Decl.Budget budget() {
    return budget;
  }

  /** The file holding the budget declaration; null when there is none. */
  public SourceFile budgetFile() {
    return budgetFile;
  }

  public List<ProjectFile> projects() {
    return projects;
  }

  public Library library() {
    return library;
  }

  /** The budget's rule profile; null when the budget names none that exists. */
  public RuleProfile profile() {
    return profile;
  }

  public IndicatorFramework framework() {
    return framework;
  }

  public Resolution resolution() {
    return resolution;
  }

  /** Reports a diagnostic, at the severity the profile gives its code. */
  public void report(Diagnostic d) {
    Diagnostic adjusted = profile == null ? d : d.withSeverity(profile.severity(d.code()));
    DiagnosticSink sink = sinks.get(d.file());
    if (sink != null) {
      sink.report(adjusted);
    }
  }
}
