package org.jixiao.backend;

import java.util.List;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CompiledBudget;

/**
 * What every backend draws from: one checked budget (without errors), its projects as the form
 * shows them, its title and year, and the language of any text jixiao adds itself.
 *
 * @param name the budget's output folder name, unique within one build
 */
public record BuildInput(
    String name, CompiledBudget budget, List<ProjectView> projects, List<String> fileNames, String title, int year,
    Messages messages) {
  public BuildInput {
    projects = List.copyOf(projects);
    fileNames = List.copyOf(fileNames);
  }
}
