package org.jixiao.diff;

import java.util.List;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.tables.ProjectView;
import org.jixiao.tables.BudgetTables;
import org.jixiao.syntax.Normalize;

/**
 * Which project of the old side is which of the new. A project is the same when its department
 * and name are (names compared folded, so a full-width bracket is no change), or when it was
 * renamed: see {@link #renamedProjects}.
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

  static ProjectMatching of(List<BudgetTables> before, List<BudgetTables> after) {
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

  private static Map<String, ProjectView> projects(List<BudgetTables> run) {
    Map<String, ProjectView> out = new LinkedHashMap<>();
    for (BudgetTables b : run) {
      for (ProjectView p : b.projects()) {
        out.putIfAbsent(p.departmentCode() + "\u0000" + Normalize.key(p.name()), p);
      }
    }
    return out;
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
    return Path.of(a.file()).getFileName().equals(Path.of(b.file()).getFileName());
  }
}
