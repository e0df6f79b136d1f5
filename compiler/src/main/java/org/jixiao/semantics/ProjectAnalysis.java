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
  final ProjectDigest digest;

  ProjectAnalysis(ProjectFile project, Resolution resolution, Map<SourceFile, DiagnosticSink> sinks, Allows allows,
      ProjectDigest digest) {
    this.project = project;
    this.resolution = resolution;
    this.sinks = sinks;
    this.allows = allows;
    this.digest = digest;
  }

  public ProjectFile project() {
    return project;
  }

  /** What the budget-wide passes read of the project. */
  public ProjectDigest digest() {
    return digest;
  }

  /** True when the project's file is one whose diagnostics are shown (its form rules ran). */
  public boolean shown() {
    return digest.shown();
  }

  /** The side tables the project's passes made (a streamed check makes them again to write it). */
  public Resolution resolution() {
    return resolution;
  }
}
