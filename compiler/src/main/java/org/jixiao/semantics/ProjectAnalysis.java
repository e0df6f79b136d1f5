package org.jixiao.semantics;

import java.util.Map;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.semantics.resolve.Resolution;
import org.jixiao.source.SourceFile;

/**
 * What the passes of one project found (its side tables, its diagnostics by file, its allows),
 * made by {@link BudgetContext#analysis} and added to a budget by {@link BudgetContext#include}.
 * Never changed once made: an editor keeps it while the project, the library and the profile stay
 * the same, and adds it to the budget of each later check.
 */
public final class ProjectAnalysis {
  final ProjectFile project;
  final Resolution resolution;
  final Map<SourceFile, DiagnosticSink> sinks;
  final Allows allows;
  final boolean whole;
  final boolean shown;
  final boolean unresolved;

  ProjectAnalysis(ProjectFile project, Resolution resolution, Map<SourceFile, DiagnosticSink> sinks, Allows allows,
      boolean whole, boolean shown, boolean unresolved) {
    this.project = project;
    this.resolution = resolution;
    this.sinks = sinks;
    this.allows = allows;
    this.whole = whole;
    this.shown = shown;
    this.unresolved = unresolved;
  }

  public ProjectFile project() {
    return project;
  }

  /** True when the project's file is one whose diagnostics are shown (its form rules ran). */
  public boolean shown() {
    return shown;
  }
}
