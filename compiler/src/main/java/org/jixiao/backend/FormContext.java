package org.jixiao.backend;

import org.jixiao.layout.LayoutSpec;
import org.jixiao.semantics.RuleProfile;

/**
 * What a form's layout needs beyond the project: the layout itself, the profile whose labels,
 * columns and money unit it prints, and the budget's title, region and year.
 */
public record FormContext(LayoutSpec layout, RuleProfile profile, String title, String region, int year) {

  /** A layout text with its placeholders filled: {year}, {region}, {money}. */
  String fill(String pattern) {
    return pattern.replace("{year}", String.valueOf(year)).replace("{region}", region)
        .replace("{money}", profile == null ? "元" : profile.moneyUnit());
  }

  /** The label the template prints for a field. */
  String label(String key) {
    return profile == null ? key : profile.label(key, key);
  }

  /** True when the template has the stage (term, annual) and, for funds, the column. */
  boolean hasStage(String stage) {
    if (!stage.equals("term") || profile == null) {
      return true;
    }
    return profile.has("term") || profile.field("term") == null;
  }
}
