package org.jixiao.semantics.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.semantics.library.FormField;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.syntax.ProjectItem;

/** What the rules share about a form's indicators. */
final class Indicators {
  private Indicators() {}

  /** The indicator lines of a project the rules may read, empty second-level rows left out. */
  static List<ProjectItem.Indicator> of(ProjectFile pf, org.jixiao.semantics.ReadableLines lines) {
    List<ProjectItem.Indicator> out = new ArrayList<>();
    for (ProjectItem item : lines.items()) {
      if (item instanceof ProjectItem.Indicator i && !i.emptyRow()) {
        out.add(i);
      }
    }
    return out;
  }

  /** The values a field allows (its {@code values} list); empty when any value is allowed. */
  static List<String> values(RuleProfile profile, String key) {
    FormField f = profile.field(key);
    return f == null || !f.present() ? List.of() : f.values();
  }

  static String label(RuleProfile profile, String key) {
    return profile.label(key, key);
  }
}
