package org.jixiao.semantics.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;

/**
 * The target's indicators that the lines of one later block (自评, 监控, 调整) name by their path
 * (二级.三级), never retyped. Same-named indicators, which templates such as 湖北's tell apart by
 * 绩效标准 or 指标值说明, are named in their order: each line names the first one no earlier line
 * of the block named. One instance per block; the reports of a name that matches nothing are the
 * block's own (each form has its code).
 */
final class NamedIndicators {
  private final BudgetContext ctx;
  private final List<ProjectItem.Indicator> candidates;
  private final Set<ProjectItem.Indicator> named = Collections.newSetFromMap(new IdentityHashMap<>());

  private NamedIndicators(BudgetContext ctx, List<ProjectItem.Indicator> candidates) {
    this.ctx = ctx;
    this.candidates = candidates;
  }

  /** The target's 年度 indicators (and those of both columns): what a self-evaluation and a snapshot name. */
  static NamedIndicators annual(BudgetContext ctx, List<ProjectItem> items) {
    return new NamedIndicators(ctx, indicators(ctx, items, true));
  }

  /** Every indicator of the target, of either column: what an adjustment names. */
  static NamedIndicators any(BudgetContext ctx, List<ProjectItem> items) {
    return new NamedIndicators(ctx, indicators(ctx, items, false));
  }

  private static List<ProjectItem.Indicator> indicators(BudgetContext ctx, List<ProjectItem> items, boolean annualOnly) {
    List<ProjectItem.Indicator> out = new ArrayList<>();
    for (ProjectItem item : items) {
      if (item instanceof ProjectItem.Indicator i && i.path().size() >= 2 && ctx.resolution().category(i) != null
          && (!annualOnly || i.column() != Column.TERM)) {
        out.add(i);
      }
    }
    return out;
  }

  /** The indicators a line may name, in the target's order. */
  List<ProjectItem.Indicator> candidates() {
    return candidates;
  }

  /**
   * The indicator a path names in {@code column} (BOTH: either), now counted as named: of the ones
   * with its category and name, the first not named yet, else the first; null when none.
   */
  ProjectItem.Indicator find(List<Name> path, Column column) {
    Name name = path.get(path.size() - 1);
    IndicatorFramework.Category category = path.size() >= 2 ? ctx.framework().category(path.get(path.size() - 2).key()) : null;
    ProjectItem.Indicator first = null;
    for (ProjectItem.Indicator i : candidates) {
      if (category != null && ctx.resolution().category(i) == category && i.name().key().equals(name.key())
          && (column == Column.BOTH || i.column() == Column.BOTH || i.column() == column)) {
        if (!named.contains(i)) {
          named.add(i);
          return i;
        }
        first = first == null ? i : first;
      }
    }
    return first;
  }

  /** The candidates no line named, in the target's order. */
  List<ProjectItem.Indicator> unnamed() {
    return candidates.stream().filter(i -> !named.contains(i)).toList();
  }
}
