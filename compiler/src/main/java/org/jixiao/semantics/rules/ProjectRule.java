package org.jixiao.semantics.rules;

import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.syntax.ProjectItem;

/**
 * One check of one form against its template, as a small class: it reads the form, the profile
 * and the resolution tables, and reports through {@link BudgetContext#report}. It never writes a
 * table. {@link ProjectRules} runs every rule over every checked project.
 */
public interface ProjectRule {
  /**
   * @param indicators the project's indicator lines, empty rows left out: gathered once for all
   *     rules
   */
  void check(ProjectFile project, List<ProjectItem.Indicator> indicators, BudgetContext ctx);
}
