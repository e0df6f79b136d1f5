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

  /**
   * A line that would add the field, for the hint of a "missing field" diagnostic: a value the
   * template itself accepts where it lists them (its attributes, a field's values), else the
   * language's example, worded in the reader's language ({@code @example.…} in the messages).
   */
  public static String example(FormField field, RuleProfile profile) {
    if (!field.values().isEmpty() && !field.key().equals("department")) {
      return field.key() + " " + field.values().get(0);
    }
    if (field.key().equals("attribute") && profile != null && !profile.attributes().isEmpty()) {
      return "attribute " + profile.attributes().get(0).key();
    }
    String periodForm = profile == null ? "duration" : profile.periodForm();
    return switch (field.key()) {
      case "department" -> field.coded() ? "@example.departmentCoded" : "@example.department";
      case "implementer" -> "@example.implementer";
      case "period" -> "range".equals(periodForm) ? "@example.periodRange" : "@example.period";
      case "funds" -> "funds { … }";
      case "costs" -> "costs { years … }";
      case "goal" -> "goal \"……\"";
      case "filed" -> "filed 2025-12-22 18:10:34";
      case "weight" -> "weight 10";
      default -> field.values().isEmpty()
          ? field.key() + " \"……\""
          : field.key() + " " + field.values().get(0);
    };
  }
}
