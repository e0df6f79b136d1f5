package org.jixiao.semantics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Severity;
import org.jixiao.syntax.Normalize;

/**
 * A rule profile (山西, 全国): which framework applies, the funding sources and project attributes
 * of the province's form, the accepted qualitative values, and rule severities.
 */
public final class RuleProfile {
  private final String name;
  private final String title;
  private final String frameworkName;
  private final Map<String, FundingSource> sourcesByKey = new LinkedHashMap<>();
  private final List<FundingSource> sources;
  private final Map<String, AttributeValue> attributesByKey = new LinkedHashMap<>();
  private final List<AttributeValue> attributes;
  private final Set<String> grades;
  private final Set<String> placeholders;
  private final Map<DiagnosticCode, Severity> severities;

  public record FundingSource(String key, String label, List<String> aliases) {}

  /** A 项目属性 value; {@code periodYears} is the 项目期 it implies, or null. */
  public record AttributeValue(String key, String label, BigDecimal periodYears, List<String> aliases) {}

  public RuleProfile(
      String name,
      String title,
      String frameworkName,
      List<FundingSource> sources,
      List<AttributeValue> attributes,
      Set<String> grades,
      Set<String> placeholders,
      Map<DiagnosticCode, Severity> severities) {
    this.name = name;
    this.title = title;
    this.frameworkName = frameworkName;
    this.sources = List.copyOf(sources);
    this.attributes = List.copyOf(attributes);
    this.grades = new LinkedHashSet<>(grades);
    this.placeholders = new LinkedHashSet<>(placeholders);
    this.severities = new LinkedHashMap<>(severities);
    for (FundingSource s : sources) {
      sourcesByKey.putIfAbsent(Normalize.key(s.key), s);
      sourcesByKey.putIfAbsent(Normalize.key(s.label), s);
      s.aliases.forEach(a -> sourcesByKey.putIfAbsent(Normalize.key(a), s));
    }
    for (AttributeValue a : attributes) {
      attributesByKey.putIfAbsent(Normalize.key(a.key), a);
      attributesByKey.putIfAbsent(Normalize.key(a.label), a);
      a.aliases.forEach(alias -> attributesByKey.putIfAbsent(Normalize.key(alias), a));
    }
  }

  public String name() {
    return name;
  }

  public String title() {
    return title;
  }

  /** The framework's name; null when the profile names one that does not exist. */
  public String frameworkName() {
    return frameworkName;
  }

  public List<FundingSource> sources() {
    return sources;
  }

  public FundingSource source(String key) {
    return sourcesByKey.get(key);
  }

  public List<String> sourceSpellings() {
    return List.copyOf(sourcesByKey.keySet());
  }

  public List<AttributeValue> attributes() {
    return attributes;
  }

  public AttributeValue attribute(String key) {
    return attributesByKey.get(key);
  }

  public List<String> attributeSpellings() {
    return List.copyOf(attributesByKey.keySet());
  }

  public Set<String> grades() {
    return java.util.Collections.unmodifiableSet(grades);
  }

  public Set<String> placeholders() {
    return java.util.Collections.unmodifiableSet(placeholders);
  }

  /** The severity this profile gives a code, or the code's default. */
  public Severity severity(DiagnosticCode code) {
    return severities.getOrDefault(code, code.defaultSeverity());
  }
}
