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

  Library() {}

  Library copy() {
    Library c = new Library();
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
    String key = Normalize.key(word);
    Unit exact = units.get(key);
    if (exact != null) {
      return exact;
    }
    for (int cut = key.length() - 1; cut > 0; cut--) {
      Rational prefix = prefixes.get(key.substring(0, cut));
      Unit rest = prefix == null ? null : units.get(key.substring(cut));
      if (rest != null) {
        return new Unit(prefix.times(rest.scale()), rest.dimension());
      }
    }
    return null;
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
