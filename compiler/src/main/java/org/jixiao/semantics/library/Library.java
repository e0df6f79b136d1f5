package org.jixiao.semantics.library;

import org.jixiao.semantics.units.Dimension;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.syntax.Normalize;

/**
 * Everything a budget's forms can refer to by name: units, magnitude prefixes, indicator
 * frameworks and rule profiles. The stdlib fills one; a budget folder's own declarations extend
 * a copy of it (see {@link LibraryBuilder}).
 */
public final class Library {
  final Map<String, String> dimensions = new LinkedHashMap<>();
  final Map<String, Unit> units = new LinkedHashMap<>();
  final Map<String, String> unitSpellings = new LinkedHashMap<>();
  final Map<String, Rational> prefixes = new LinkedHashMap<>();
  final java.util.Set<String> counters = new java.util.LinkedHashSet<>();
  /** The base unit of each dimension (货币 → 元), for printing a computed amount. */
  final Map<String, String> baseUnits = new LinkedHashMap<>();
  final Map<String, IndicatorFramework> frameworks = new LinkedHashMap<>();
  final Map<String, ProfileEntry> profiles = new LinkedHashMap<>();
  /** Print layouts as declared; the backends' layout builder reads them. */
  final Map<String, org.jixiao.layout.LayoutSpec> layouts = new LinkedHashMap<>();
  /** Where each name above was declared, for an editor's "go to definition". */
  final DefinitionSites definitions;

  Library() {
    this(new DefinitionSites());
  }

  private Library(DefinitionSites definitions) {
    this.definitions = definitions;
  }

  Library copy() {
    Library c = new Library(definitions.copy());
    c.dimensions.putAll(dimensions);
    c.units.putAll(units);
    c.unitSpellings.putAll(unitSpellings);
    c.prefixes.putAll(prefixes);
    c.counters.addAll(counters);
    c.baseUnits.putAll(baseUnits);
    c.frameworks.putAll(frameworks);
    c.profiles.putAll(profiles);
    c.layouts.putAll(layouts);
    return c;
  }

  /**
   * A single unit word: a declared unit (万元), or a magnitude prefix before one (万人次 = 10⁴ 人次,
   * 万方 = 10⁴ 立方米). Null when unknown.
   */
  public Unit unit(String word) {
    Prefixed p = prefixed(Normalize.key(word));
    if (p == null) {
      return null;
    }
    Unit unit = units.get(p.unitKey());
    return p.prefix() == null ? unit : new Unit(p.prefix().times(unit.scale()), unit.dimension());
  }

  /**
   * The unit a written unit denotes, its words multiplied with their exponents in order (元/人/月
   * is 元 × 人⁻¹ × 月⁻¹); null when a word is unknown. A budget writes the same few units tens of
   * thousands of times, so each spelling's product is computed once and kept: units are values
   * (exact scale, dimension), so the one kept equals the one that would be computed. Read once
   * the library is built; its builder never asks, so nothing kept can predate a declaration.
   * Shared by the threads analysing projects, hence concurrent.
   */
  public Unit product(List<org.jixiao.syntax.UnitExpr.Factor> factors) {
    if (factors.size() == 1 && factors.get(0).exponent() == 1) {
      String word = factors.get(0).name();
      Unit kept = words.get(word);
      if (kept == null) {
        kept = unit(word);
        if (kept != null) {
          words.putIfAbsent(word, kept);
        }
      }
      return kept;
    }
    StringBuilder key = new StringBuilder();
    for (org.jixiao.syntax.UnitExpr.Factor f : factors) { // lengths make the key unambiguous
      key.append(f.name().length()).append(':').append(f.name()).append('^').append(f.exponent()).append(';');
    }
    String spelled = key.toString();
    Unit kept = products.get(spelled);
    if (kept == null) {
      kept = Unit.ONE;
      for (org.jixiao.syntax.UnitExpr.Factor f : factors) {
        Unit u = unit(f.name());
        if (u == null) {
          return null;
        }
        kept = kept.times(u.pow(f.exponent()));
      }
      products.putIfAbsent(spelled, kept);
    }
    return kept;
  }

  /** {@link #product}'s results: single words with exponent 1 (the usual unit), and the rest. */
  private final Map<String, Unit> words = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, Unit> products = new java.util.concurrent.ConcurrentHashMap<>();

  /** A unit word as a declared unit's key, with the magnitude prefix before it (null: none). */
  private record Prefixed(Rational prefix, String unitKey) {}

  private Prefixed prefixed(String key) {
    if (units.containsKey(key)) {
      return new Prefixed(null, key);
    }
    for (int cut = key.length() - 1; cut > 0; cut--) {
      Rational prefix = prefixes.get(key.substring(0, cut));
      if (prefix != null && units.containsKey(key.substring(cut))) {
        return new Prefixed(prefix, key.substring(cut));
      }
    }
    return null;
  }

  /**
   * Where a name of {@code kind} was declared (a unit's alias is declared where the alias is
   * written). Levels and categories belong to a framework: see {@link #definitionOf(Definition.Kind,
   * String, String)}.
   */
  public java.util.Optional<Definition> definitionOf(Definition.Kind kind, String name) {
    return definitions.find(kind, name);
  }

  /** Where a first-level indicator or category of {@code framework} is declared, by any of its spellings. */
  public java.util.Optional<Definition> definitionOf(Definition.Kind kind, String framework, String spelling) {
    return definitions.findWithin(kind, framework, spelling);
  }

  /**
   * Where the unit a unit word names was declared, the word being a unit (万元) or a prefix before
   * one (万人次: the unit 人次, which says what is counted; the prefix only scales it), as
   * {@link #unit} reads it.
   */
  public java.util.Optional<Definition> unitDefinition(String word) {
    Prefixed p = prefixed(Normalize.key(word));
    return p == null ? java.util.Optional.empty() : definitions.find(Definition.Kind.UNIT, p.unitKey());
  }

  /** The spellings of every declared unit of {@code dimension} (元, 千元, 万元, 亿元 for money). */
  public List<String> spellingsOf(Dimension dimension) {
    List<String> out = new ArrayList<>();
    units.forEach((key, unit) -> {
      if (unit.dimension().equals(dimension)) {
        out.add(unitSpellings.get(key));
      }
    });
    return out;
  }

  /** Declared unit spellings, for "did you mean". */
  public List<String> unitNames() {
    return new ArrayList<>(unitSpellings.values());
  }

  /**
   * A dimension spelt in base units, as people write units: 货币·时间⁻¹ is 元/年, 货币·人数⁻¹·时间⁻¹
   * is 元/人/年, a pure number is the empty string.
   */
  public String spell(Dimension dimension) {
    StringBuilder up = new StringBuilder();
    StringBuilder down = new StringBuilder();
    dimension.powers().forEach((base, power) -> {
      String name = baseUnits.getOrDefault(base, base);
      StringBuilder target = power > 0 ? up : down;
      for (int i = 0; i < Math.abs(power); i++) {
        if (power > 0) {
          target.append(target.length() > 0 ? "·" : "").append(name);
        } else {
          target.append('/').append(name);
        }
      }
    });
    return (up.length() == 0 && down.length() > 0 ? "1" : up.toString()) + down;
  }

  /** True for the dimension of a counting word (个, 套, 类…), declared with {@code counter}. */
  public boolean isCounter(String dimension) {
    return counters.contains(dimension);
  }

  public boolean hasDimension(String name) {
    return dimensions.containsKey(Normalize.key(name));
  }

  public IndicatorFramework framework(String name) {
    return frameworks.get(Normalize.key(name));
  }

  public RuleProfile profile(String name) {
    ProfileEntry entry = profiles.get(Normalize.key(name));
    return entry == null ? null : entry.get();
  }

  /** The print layout named {@code name}; null when none. */
  public org.jixiao.layout.LayoutSpec layout(String name) {
    return layouts.get(Normalize.key(name));
  }

  public List<String> layoutNames() {
    List<String> out = new ArrayList<>();
    layouts.values().forEach(l -> out.add(l.name()));
    return out;
  }

  public List<String> frameworkNames() {
    List<String> out = new ArrayList<>();
    frameworks.values().forEach(f -> out.add(f.name()));
    return out;
  }

  public List<String> profileNames() {
    List<String> out = new ArrayList<>();
    profiles.values().forEach(p -> out.add(p.name()));  // names only: builds no profile
    return Collections.unmodifiableList(out);
  }
}
