package org.jixiao.semantics.rules;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;

/**
 * One check of one form against its template, as a small class: it reads the form, the profile
 * and the resolution tables, and reports through {@link BudgetContext#report}. It never writes a
 * table. {@link ProjectRules} runs every rule over every checked project.
 */
public interface ProjectRule {
  void check(ProjectFile project, BudgetContext ctx);
}
