package org.jixiao.tables;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.syntax.ProjectItem;

/**
 * A project's items with the indicators in framework order (stably, each in the place of one), as
 * the printed form and {@code jixiao fmt} have them, so that formatting a file never changes its
 * JSON.
 */
final class FrameworkOrder {
  private FrameworkOrder() {}

  static List<ProjectItem> of(List<ProjectItem> items, BudgetContext ctx) {
    java.util.function.ToIntFunction<ProjectItem.Indicator> order = ctx.frameworkOrder();
    if (order == null) {
      return items;
    }
    List<ProjectItem.Indicator> indicators = new ArrayList<>();
    for (ProjectItem item : items) {
      if (item instanceof ProjectItem.Indicator i) {
        indicators.add(i);
      }
    }
    indicators.sort(java.util.Comparator.comparingInt(order));
    List<ProjectItem> out = new ArrayList<>(items.size());
    int next = 0;
    for (ProjectItem item : items) {
      out.add(item instanceof ProjectItem.Indicator ? indicators.get(next++) : item);
    }
    return out;
  }
}
