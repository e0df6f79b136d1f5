package org.jixiao.semantics.library;

import org.jixiao.semantics.units.Unit;
import org.jixiao.semantics.units.Rational;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Severity;
import org.jixiao.syntax.Normalize;

/**
 * A province's template, as its profile in the stdlib (or a budget folder) describes it: the
 * framework, the money unit and decimals the form prints, the funding columns and sources with
 * their labels, which fields exist and which are required, the period form, the accepted
 * qualitative values, weight totals, limits, rule severities and the print layout. Frozen from a
 * {@link ProfileSpec} by {@link ProfileBuilder}.
 */
public final class RuleProfile {
  private final String name;
  private final ProfileSpec spec;
  private final Map<String, FundingSource> sourcesByKey = new LinkedHashMap<>();
  private final Map<String, AttributeValue> attributesByKey = new LinkedHashMap<>();
  private final Map<String, FormField> fieldsByKey = new LinkedHashMap<>();
  // Read for every indicator of every form: frozen once here, never copied per call.
  private final List<FormField> fields;
  private final Set<String> grades;
  private final Set<String> placeholders;
  private final List<WeightRule> weights;
  private final List<FixedIndicator> fixed;

  /** The stdlib layout of a profile that names none: the check and the backends use the same. */
  public static final String DEFAULT_LAYOUT = "两栏";

  public record FundingSource(String key, String label, List<String> aliases) {}

  /** A 项目属性 value; {@code periodYears} is the 项目期 it implies, or null. */
  /**
   * A value of 项目属性: the 项目期 it implies in years (null when none; a minimum when {@code
   * atLeast}), and whether the project is open-ended (经常性: no end, so no horizon for deadlines or
   * for multiplying a yearly cost).
   */
  public record AttributeValue(
      String key, String label, BigDecimal periodYears, boolean atLeast, boolean open, List<String> aliases) {}

  /** A funding column of the template: {@code term} (实施期) or {@code annual} (年度), with its label. */
  public record FundsColumn(String key, String label) {}

  /**
   * A year column of the 预算成本构成 table: the budget year less {@code yearsBack} (0 for this
   * year's budget, 1 for last year's actuals…), and the label the form prints over it.
   */
  public record CostColumn(int yearsBack, String label) {}

  /**
   * A mandated (固化) indicator, from a {@code fixed} line: every project in scope must carry the
   * indicator {@code name} under the framework category {@code category} (its name), with a target
   * no looser than {@code target} ({@code unit} its resolved unit, null when it has none). {@code
   * scope} is {@code attribute} or a declared field, {@code scopeValue} the value that puts a
   * project in scope (the attribute's key); both null: every project. {@code path} and {@code
   * written} are the path and target as the line writes them, {@code line} where it is (file, line
   * number, text), for messages that point the reader to it.
   */
  public record FixedIndicator(
      String category, String name, org.jixiao.syntax.Target target, Unit unit, String scope, String scopeValue,
      String path, String written, SourceLine line) {}

  /** A line of a declaration, as a message names it: the file, the line number and the line's text. */
  public record SourceLine(String file, int number, String text) {}

  /**
   * Weights of a first-level indicator ({@code level} null: of all indicators) must total between
   * {@code low} and {@code high} (equal for an exact total).
   */
  public record WeightRule(String level, BigDecimal low, BigDecimal high) {}

  /**
   * A self-evaluation scoring line (see {@code ProfileItem.Score}): {@code kind} is execution,
   * level, band or grade; {@code label} the level, the band's grade words or the grade ("" for
   * execution); {@code low} and {@code high} equal unless a band.
   */
  public record ScoreRule(String kind, String label, BigDecimal low, BigDecimal high) {}

  /** What a profile's {@code rule} line makes of a check: a severity, or off. */
  public record Setting(Severity severity, boolean off) {}

  RuleProfile(String name, ProfileSpec spec) {
    this.name = name;
    this.spec = spec.copy();
    for (FundingSource s : this.spec.sources) {
      sourcesByKey.putIfAbsent(Normalize.key(s.key), s);
      sourcesByKey.putIfAbsent(Normalize.key(s.label), s);
      s.aliases.forEach(a -> sourcesByKey.putIfAbsent(Normalize.key(a), s));
    }
    for (AttributeValue a : this.spec.attributes) {
      attributesByKey.putIfAbsent(Normalize.key(a.key), a);
      attributesByKey.putIfAbsent(Normalize.key(a.label), a);
      a.aliases.forEach(alias -> attributesByKey.putIfAbsent(Normalize.key(alias), a));
    }
    this.spec.fields.values().forEach(f -> fieldsByKey.put(Normalize.key(f.key()), f));
    this.fields = List.copyOf(this.spec.fields.values());
    this.grades = Collections.unmodifiableSet(new LinkedHashSet<>(this.spec.grades));
    this.placeholders = Collections.unmodifiableSet(new LinkedHashSet<>(this.spec.placeholders));
    this.weights = List.copyOf(this.spec.weights.values());
    this.fixed = List.copyOf(this.spec.fixed.values());
    this.spec.words.replaceAll((k, v) -> Collections.unmodifiableSet(v));
  }

  /** A mutable copy, for a profile that {@code extends} this one. */
  ProfileSpec spec() {
    return spec.copy();
  }

  public String name() {
    return name;
  }

  /** The profile's description (the text after its name). */
  public String title() {
    return spec.title;
  }

  /**
   * The form's title for a budget: the profile's {@code title} pattern with {@code {region}} and
   * {@code {year}} filled in; the description when the profile has no pattern.
   */
  public String formTitle(String region, int year) {
    String pattern = spec.titlePattern == null ? spec.title : spec.titlePattern;
    return pattern.replace("{region}", region).replace("{year}", String.valueOf(year));
  }

  /** The profile's {@code title} pattern; null when it has none. */
  public String titlePattern() {
    return spec.titlePattern;
  }

  /** The framework's name; null when the profile names one that does not exist. */
  public String frameworkName() {
    return spec.frameworkName;
  }

  /** The money unit the form prints amounts in (元, 万元). */
  public String moneyUnit() {
    return spec.moneyUnit;
  }

  /** How many 元 one printed money unit is (1 for 元, 10000 for 万元). */
  public Rational moneyScale() {
    return spec.moneyScale;
  }

  /** Decimals of a printed amount, in the money unit. */
  public int decimals() {
    return spec.decimals;
  }

  /** {@code duration} (项目期 1 年) or {@code range} (2023-07 至 2024-01). */
  public String periodForm() {
    return spec.periodForm;
  }

  /** The print layout's name; null for the default. */
  public String layoutName() {
    return spec.layoutName;
  }

  /** The forms after the target that a profile can lay out ({@code layout 自评表 for selfeval}). */
  public static final List<String> LATER_FORMS = List.of("selfeval", "monitor");

  /** The layout of a later form ({@link #LATER_FORMS}); null when the profile prints none. */
  public String layoutName(String form) {
    return spec.formLayouts.get(form);
  }

  /** The funding columns in print order: term (实施期) and annual (年度), or annual only. */
  public List<FundsColumn> columns() {
    return Collections.unmodifiableList(spec.columns);
  }

  /** True when the template has the column {@code key} (term, annual). */
  public boolean hasColumn(String key) {
    return spec.columns.stream().anyMatch(c -> c.key().equals(key));
  }

  /** The year columns of the 预算成本构成 table, in print order; empty when the profile has none. */
  public List<CostColumn> costColumns() {
    return Collections.unmodifiableList(spec.costColumns);
  }

  /** The label of the cost items' column (成本项目); null when the profile gives none. */
  public String costItemLabel() {
    return spec.costItemLabel;
  }

  public List<FundingSource> sources() {
    return Collections.unmodifiableList(spec.sources);
  }

  public FundingSource source(String key) {
    return sourcesByKey.get(key);
  }

  public List<String> sourceSpellings() {
    return List.copyOf(sourcesByKey.keySet());
  }

  public List<AttributeValue> attributes() {
    return Collections.unmodifiableList(spec.attributes);
  }

  public AttributeValue attribute(String key) {
    return attributesByKey.get(key);
  }

  public List<String> attributeSpellings() {
    return List.copyOf(attributesByKey.keySet());
  }

  /** Every field the profile declares, in declaration order (absent ones included). */
  public List<FormField> fields() {
    return fields;
  }

  /** The field {@code key}; null when the profile does not declare it. */
  public FormField field(String key) {
    FormField exact = spec.fields.get(key); // the keyword as the language spells it: no normalising
    return exact != null ? exact : fieldsByKey.get(Normalize.key(key));
  }

  /** True when the template has the field (declared and not absent). */
  public boolean has(String key) {
    FormField f = field(key);
    return f != null && f.present();
  }

  /**
   * True when the template has the 实施期 stage for goals and indicators: unless it says {@code
   * field term absent} (templates with only 年度 goals and indicators).
   */
  public boolean hasTerm() {
    FormField term = field("term");
    return term == null || term.present();
  }

  /** True when the form prints the department with its code (005-名称); a profile that does not say: yes. */
  public boolean departmentCoded() {
    FormField department = field("department");
    return department == null || department.coded();
  }

  /** The label the form prints for a field, or {@code fallback} when the profile gives none. */
  public String label(String key, String fallback) {
    FormField f = field(key);
    return f == null || f.label() == null ? fallback : f.label();
  }

  public Set<String> grades() {
    return grades;
  }

  public Set<String> placeholders() {
    return placeholders;
  }

  /** The self-evaluation's scoring lines of a kind (execution, level, band, grade), in declaration order. */
  public List<ScoreRule> scores(String kind) {
    return spec.scores.values().stream().filter(r -> r.kind().equals(kind)).toList();
  }

  /** Weight totals the template requires, the overall one first (level null). */
  public List<WeightRule> weights() {
    return weights;
  }

  /** The mandated (固化) indicators, inherited ones first, in declaration order. */
  public List<FixedIndicator> fixedIndicators() {
    return fixed;
  }

  /** A word list of the profile ({@code words total …}); empty when it has none. */
  public Set<String> words(String kind) {
    return spec.words.getOrDefault(kind, Set.of());
  }

  /** How the form prints a framework name: its {@code label}, or the name itself. */
  public String printed(String frameworkName) {
    return spec.labels.getOrDefault(Normalize.key(frameworkName), frameworkName);
  }

  /** A limit such as {@code name} (the longest 三级 name); null when none. */
  public BigDecimal limit(String what) {
    return spec.limits.get(what);
  }

  /** The severity this profile gives a code, or the code's default. */
  public Severity severity(DiagnosticCode code) {
    Setting s = spec.rules.get(code);
    return s == null || s.severity() == null ? code.defaultSeverity() : s.severity();
  }

  /** True when the profile switches the check off ({@code rule JX0309 off}). */
  public boolean off(DiagnosticCode code) {
    Setting s = spec.rules.get(code);
    return s != null && s.off();
  }
}
