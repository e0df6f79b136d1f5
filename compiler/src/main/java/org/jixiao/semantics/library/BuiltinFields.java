package org.jixiao.semantics.library;

import java.util.List;

/**
 * The fields the language itself knows (they have keywords and a syntax of their own), with the
 * example line a "missing field" message shows. Which of them a template has, what it calls them
 * and which it requires is province data, in the profiles of the stdlib, never here.
 */
public final class BuiltinFields {
  private BuiltinFields() {}

  /** The project-level fields, in the order the language documents them. */
  public static final List<String> PROJECT =
      List.of(
          "department", "implementer", "attribute", "period", "funds", "costs", "overview", "basis",
          "necessity", "measures", "plan", "goal", "leader", "handler", "phone", "filed");

  /** The optional parts of an indicator line; a template prints a column for each it declares. */
  public static final List<String> INDICATOR =
      List.of("weight", "direction", "kind", "standard", "explain", "scoring", "note");

  public static boolean isBuiltin(String key) {
    return PROJECT.contains(key) || INDICATOR.contains(key);
  }

  /** A line that would add the field, for the hint of a "missing field" diagnostic. */
  public static String example(FormField field, String periodForm) {
    if (!field.values().isEmpty() && !field.key().equals("department")) {
      return field.key() + " " + field.values().get(0); // a value the template itself accepts
    }
    return switch (field.key()) {
      case "department" -> field.coded() ? "department 005 \"主管部门名称\"" : "department \"部门名称\"";
      case "implementer" -> "implementer \"实施单位名称\"";
      case "attribute" -> "attribute 一次性";
      case "period" -> "range".equals(periodForm) ? "period 2026-01 至 2026-12" : "period 1 年";
      case "funds" -> "funds { … }";
      case "costs" -> "costs { years … }";
      case "goal" -> "goal \"……\"";
      case "filed" -> "filed 2025-12-22 18:10:34";
      case "weight" -> "weight 10";
      case "direction" -> "direction 正向";
      case "kind" -> "kind 定量";
      default -> field.values().isEmpty()
          ? field.key() + " \"……\""
          : field.key() + " " + field.values().get(0);
    };
  }
}
