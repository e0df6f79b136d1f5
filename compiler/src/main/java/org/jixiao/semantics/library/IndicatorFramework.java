package org.jixiao.semantics.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator framework (财预〔2015〕88号, 财预〔2021〕101号): its first-level indicators in order,
 * each with its second-level categories. Names are found by full name, short name or alias.
 */
public final class IndicatorFramework {
  private final String name;
  private final String title;
  private final List<Level> levels;
  private final Map<String, Level> levelsByKey = new LinkedHashMap<>();
  private final Map<String, Category> categoriesByKey = new LinkedHashMap<>();

  /** A first-level indicator; {@code requires} is a role one of its categories must have, or null. */
  public record Level(
      String name, String shortName, Roles requires, List<String> aliases, List<Category> categories) {}

  /** A second-level category with the role its framework declares (null: none). */
  public record Category(String name, String shortName, Roles role, List<String> aliases, String level) {
    /** The name to print on the form. */
    public String display() {
      return name;
    }
  }

  public IndicatorFramework(String name, String title, List<Level> levels) {
    this.name = name;
    this.title = title;
    this.levels = List.copyOf(levels);
    for (Level level : levels) {
      for (String spelling : spellings(level.name, level.shortName, level.aliases)) {
        levelsByKey.putIfAbsent(org.jixiao.syntax.Normalize.key(spelling), level);
      }
      for (Category category : level.categories) {
        for (String spelling : spellings(category.name, category.shortName, category.aliases)) {
          categoriesByKey.putIfAbsent(org.jixiao.syntax.Normalize.key(spelling), category);
        }
      }
    }
  }

  private static List<String> spellings(String name, String shortName, List<String> aliases) {
    List<String> out = new ArrayList<>();
    out.add(name);
    if (shortName != null) {
      out.add(shortName);
    }
    out.addAll(aliases);
    return out;
  }

  public String name() {
    return name;
  }

  public String title() {
    return title;
  }

  public List<Level> levels() {
    return levels;
  }

  public Level level(String key) {
    return levelsByKey.get(key);
  }

  public Category category(String key) {
    return categoriesByKey.get(key);
  }

  /** Every spelling of every category, for "did you mean". */
  public List<String> categorySpellings() {
    return new ArrayList<>(categoriesByKey.keySet());
  }

  /** The first-level indicator a category belongs to. */
  public Level levelOf(Category category) {
    for (Level l : levels) {
      if (l.categories().contains(category)) {
        return l;
      }
    }
    return null;
  }

  public List<String> levelSpellings() {
    return new ArrayList<>(levelsByKey.keySet());
  }
}
