package org.jixiao.importer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.syntax.Quoting;

/** The names of an imported budget's files, and its {@code budget.jx}. */
final class BudgetFiles {
  private static final Pattern CODE = Pattern.compile("^([0-9]+)\\s*[-－—]");
  /** Characters no file name may hold on Windows, and control characters. */
  private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

  private BudgetFiles() {}

  /** {@code 005-人才工作经费.jx}: the department's code and the project's name, as offices name them. */
  static String uniqueName(Set<String> taken, FormDraft d) {
    Cell department = d.fields.get("department");
    Matcher code = department == null ? null : CODE.matcher(department.text());
    Cell name = d.fields.get("name");
    String base = (code != null && code.find() ? code.group(1) + "-" : "") + (name == null ? "项目" : name.text());
    base = UNSAFE.matcher(base).replaceAll("_").strip();
    base = base.isEmpty() || base.equals(".") || base.equals("..") ? "项目" : base;
    String candidate = base + ".jx";
    for (int n = 2; taken.contains(candidate) || candidate.equals("budget.jx"); n++) {
      candidate = base + "-" + n + ".jx";
    }
    return candidate;
  }

  /**
   * {@code budget 阳泉市 2026 { profile 山西 }}: the region given, else the one the title or a
   * heading line names by the profile's and layout's patterns ({region}项目支出绩效目标表); the year
   * from the heading; the title itself when the profile would print another.
   */
  static String budget(FormDraft first, RuleProfile profile, String given, String unnamed) {
    String title = first.title == null ? "" : first.title.text();
    int year = first.year == null ? 0 : first.year;
    String region = given != null ? given : first.region != null ? first.region : unnamed;
    StringBuilder out = new StringBuilder("budget ").append(Quoting.quote(region)).append(' ').append(year).append(" {\n");
    if (!title.isEmpty() && !title.equals(profile.formTitle(region, year))) {
      out.append("  title ").append(Quoting.quote(title)).append('\n');
    }
    return out.append("  profile ").append(Quoting.quote(profile.name())).append("\n}\n").toString();
  }
}
