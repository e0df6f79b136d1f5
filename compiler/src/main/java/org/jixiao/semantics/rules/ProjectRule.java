package org.jixiao.semantics.rules;

import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.syntax.ProjectItem;

/**
 * One check of one form against its template, as a small class: it reads the form, the profile
 * and the resolution tables, and reports through {@link BudgetContext#report}. It never writes a
 * table. {@link ProjectRules} runs every rule over every project of the shown files.
 */
public interface ProjectRule {
  /**
   * True for a rule that reads what is missing, or adds up lines: it runs only on a form without a
   * syntax error, where every line was read. A rule of one line at a time (or whose finding stays
   * true with more lines) says false, and runs on the lines that have no syntax error.
   */
  boolean needsEveryLine();

  /**
   * @param indicators the project's indicator lines the rule may read, empty rows left out:
   *     gathered once for all rules
   */
  void check(ProjectFile project, List<ProjectItem.Indicator> indicators, BudgetContext ctx);
}
