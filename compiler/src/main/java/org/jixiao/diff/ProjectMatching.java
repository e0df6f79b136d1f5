package org.jixiao.diff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.tables.ProjectView;
import org.jixiao.tables.BudgetTables;
import org.jixiao.syntax.Normalize;

/**
 * Which project of a budget's old version is which of its new one (projects are matched within a
 * pair of budgets, never across them: see {@link BudgetMatching}). A project is the same when its
 * department and name are (names compared folded, so a full-width bracket is no change), or when
 * it was renamed: see {@link #renamedProjects}.
 */
final class ProjectMatching {
  /** The projects of each side by key (department code and folded name), in the order found. */
  final Map<String, ProjectView> old;
  final Map<String, ProjectView> now;
  /** Old key → new key of the renamed projects. */
  private final Map<String, String> renamed;

  private ProjectMatching(Map<String, ProjectView> old, Map<String, ProjectView> now) {
    this.old = old;
    this.now = now;
    this.renamed = renamedProjects(old, now);
  }

  /** A null side is a budget that is only on the other side. */
  static ProjectMatching of(BudgetTables before, BudgetTables after) {
    return new ProjectMatching(projects(before), projects(after));
  }

  /** The new side of an old project: the same key or its new name; null if it was removed. */
  ProjectView partner(String oldKey) {
    return now.get(renamed.getOrDefault(oldKey, oldKey));
  }

  /** A new project that matches no old one. */
  boolean isAdded(String newKey) {
    return !old.containsKey(newKey) && !renamed.containsValue(newKey);
  }

  /** Old name → new name of the renamed projects, for the diagnostics that name a project. */
  Map<String, String> newNames() {
    Map<String, String> out = new HashMap<>();
    renamed.forEach((o, n) -> out.put(old.get(o).name(), now.get(n).name()));
    return out;
  }

  /** The department as the form prints it: code and name. */
  static String department(ProjectView p) {
    return department(p.departmentCode(), p.departmentName());
  }

  static String department(String code, String name) {
    return code + "-" + name;
  }

  /**
   * A budget's projects by department code and folded name. Two projects of one budget with the
   * same key (the check reports it) are told apart by their files, so that neither hides the other.
   */
  private static Map<String, ProjectView> projects(BudgetTables budget) {
    Map<String, ProjectView> out = new LinkedHashMap<>();
    if (budget == null) {
      return out;
    }
    Map<String, Integer> counts = new HashMap<>();
    budget.projects().forEach(p -> counts.merge(key(p), 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    for (ProjectView p : budget.projects()) {
      // The file, then the place in it (two blocks of one file), tell repeated names apart.
      String key = counts.get(key(p)) == 1 ? key(p)
          : key(p) + "\u0000" + p.file() + "\u0000" + seen.merge(key(p) + "\u0000" + p.file(), 1, Integer::sum);
      out.put(key, p);
    }
    return out;
  }

  private static String key(ProjectView p) {
    return p.departmentCode() + "\u0000" + Normalize.key(p.name());
  }

  /**
   * Projects whose name changed: an unmatched old and new project of the same department, kept in
   * a file of the same name or with names at least half alike. Old name key → new name key.
   */
  private static Map<String, String> renamedProjects(Map<String, ProjectView> old, Map<String, ProjectView> now) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, ProjectView> o : old.entrySet()) {
      if (now.containsKey(o.getKey())) {
        continue;
      }
      String best = null;
      double bestScore = 0;
      for (Map.Entry<String, ProjectView> n : now.entrySet()) {
        if (old.containsKey(n.getKey()) || out.containsValue(n.getKey())
            || !o.getValue().departmentCode().equals(n.getValue().departmentCode())) {
          continue;
        }
        double score = sameFile(o.getValue(), n.getValue()) ? 1.0
            : NameSimilarity.of(Normalize.key(o.getValue().name()), Normalize.key(n.getValue().name()));
        // Ties go to the smaller key, so the pairing does not depend on the order of the files.
        if (score >= NameSimilarity.ALIKE && (score > bestScore || (score == bestScore && n.getKey().compareTo(best) < 0))) {
          best = n.getKey();
          bestScore = score;
        }
      }
      if (best != null) {
        out.put(o.getKey(), best);
      }
    }
    return out;
  }

  /** One form per file is the rule, so a file that kept its name holds the same project. */
  private static boolean sameFile(ProjectView a, ProjectView b) {
    // Display names are '/'-separated text: compared as text, never turned into paths (LANG=C).
    return a.file().substring(a.file().lastIndexOf('/') + 1).equals(b.file().substring(b.file().lastIndexOf('/') + 1));
  }
}
