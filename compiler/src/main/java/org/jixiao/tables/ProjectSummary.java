package org.jixiao.tables;

import java.util.List;

/**
 * What a budget's summaries read of one project: the 汇总 sheet and index page, {@code
 * budget.json}, the workbook's record of explained warnings and empty rows, and which later forms
 * it fills. A small part of its {@link ProjectView}, made for every project before any view is
 * (the summary is the workbook's first sheet), so that a build can write the projects' forms one
 * view at a time without holding every view; the view then takes these parts from it.
 */
public record ProjectSummary(
    String name,
    String file,
    String departmentCode,
    String departmentName,
    ProjectView.Attribute attribute,
    List<ProjectView.FundsRow> funds,
    ProjectView.FundsTotal total,
    int warnings,
    List<ProjectView.Silenced> silenced,
    List<String> emptyRows,
    boolean selfEvaluated,
    boolean monitored) {
  public ProjectSummary {
    funds = List.copyOf(funds);
    silenced = List.copyOf(silenced);
    emptyRows = List.copyOf(emptyRows);
  }

  /** The summary of a view made by hand (tests): the same parts. */
  public static ProjectSummary of(ProjectView v) {
    return new ProjectSummary(v.name(), v.file(), v.departmentCode(), v.departmentName(), v.attribute(), v.funds(),
        v.total(), v.warnings(), v.silenced(), v.emptyRows(), v.selfEvaluation() != null, v.monitoring() != null);
  }

  /** Whether the project fills the later form {@code form} ({@code selfeval} 自评表, {@code monitor} 监控表). */
  public boolean fills(String form) {
    return form.equals("selfeval") ? selfEvaluated : monitored;
  }
}
