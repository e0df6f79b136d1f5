package org.jixiao.semantics.library;

import org.jixiao.semantics.units.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.diag.DiagnosticCode;

/**
 * Everything a profile says, while it is being built: {@code extends} starts from a copy of the
 * parent's, then each line of the profile changes it. Lists (sources, columns, attributes, cost
 * columns) are replaced by the first line that declares one; keyed entries (fields, rules, weights,
 * limits, fixed indicators) are overridden by key; grades and placeholders are added to. {@link
 * RuleProfile} is the frozen form.
 */
final class ProfileSpec {
  String title;
  String titlePattern;
  String frameworkName;
  String moneyUnit = "元";
  Rational moneyScale = Rational.ONE;
  int decimals = 2;
  String periodForm = "duration";
  String layoutName;
  /** The layouts of the year's later forms, by form (selfeval 自评表, monitor 监控表). */
  final Map<String, String> formLayouts = new LinkedHashMap<>();
  List<RuleProfile.FundsColumn> columns = new ArrayList<>();
  List<RuleProfile.FundingSource> sources = new ArrayList<>();
  List<RuleProfile.AttributeValue> attributes = new ArrayList<>();
  /** The year columns of the 预算成本构成 table, and the label of its items' column. */
  List<RuleProfile.CostColumn> costColumns = new ArrayList<>();
  String costItemLabel;
  final Map<String, FormField> fields = new LinkedHashMap<>();
  final Set<String> grades = new LinkedHashSet<>();
  final Set<String> placeholders = new LinkedHashSet<>();
  final Map<DiagnosticCode, RuleProfile.Setting> rules = new LinkedHashMap<>();
  final Map<String, RuleProfile.WeightRule> weights = new LinkedHashMap<>();
  final Map<String, BigDecimal> limits = new LinkedHashMap<>();
  /** The self-evaluation's scoring lines, by kind and label: a profile that extends may change one. */
  final Map<String, RuleProfile.ScoreRule> scores = new LinkedHashMap<>();
  /** Mandated indicators by category, name and scope: a profile that extends may change one. */
  final Map<String, RuleProfile.FixedIndicator> fixed = new LinkedHashMap<>();
  /** Word lists the rules read (total, rate, goods, masks), each added to by profiles that extend. */
  final Map<String, Set<String>> words = new LinkedHashMap<>();
  /** Printed labels of framework names (经济效益指标 → 经济效益), by normalised name. */
  final Map<String, String> labels = new LinkedHashMap<>();

  /** Which lists this profile has already started anew (the first line replaces the parent's). */
  final Set<String> replaced = new java.util.HashSet<>();

  ProfileSpec() {}

  ProfileSpec copy() {
    ProfileSpec c = new ProfileSpec();
    c.title = title;
    c.titlePattern = titlePattern;
    c.frameworkName = frameworkName;
    c.moneyUnit = moneyUnit;
    c.moneyScale = moneyScale;
    c.decimals = decimals;
    c.periodForm = periodForm;
    c.layoutName = layoutName;
    c.formLayouts.putAll(formLayouts);
    c.columns = new ArrayList<>(columns);
    c.sources = new ArrayList<>(sources);
    c.attributes = new ArrayList<>(attributes);
    c.costColumns = new ArrayList<>(costColumns);
    c.costItemLabel = costItemLabel;
    c.fields.putAll(fields);
    c.grades.addAll(grades);
    c.placeholders.addAll(placeholders);
    c.rules.putAll(rules);
    c.weights.putAll(weights);
    c.limits.putAll(limits);
    c.scores.putAll(scores);
    c.fixed.putAll(fixed);
    c.labels.putAll(labels);
    words.forEach((k, v) -> c.words.put(k, new LinkedHashSet<>(v)));
    return c;
  }

  /** The list named {@code which}, emptied the first time this profile declares an entry of it. */
  <T> List<T> fresh(String which, List<T> list) {
    if (replaced.add(which)) {
      list.clear();
    }
    return list;
  }
}
