package org.jixiao.semantics.library;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.Normalize;

/**
 * Where each name of a {@link Library} was declared, recorded by {@link LibraryBuilder} as it
 * reads the declarations, and only read afterwards. Names are keyed as the library keys them
 * ({@link Normalize#key}), so a lookup finds what {@link Library#unit} or {@link Library#framework}
 * would find; the first declaration of a name wins, as in the library (a second one is JX0109).
 */
final class DefinitionSites {
  /** Between a framework's key and a level's or category's: no name can hold it. */
  private static final char WITHIN = '\u0000';

  private final Map<Definition.Kind, Map<String, Definition>> sites = new EnumMap<>(Definition.Kind.class);

  DefinitionSites copy() {
    DefinitionSites c = new DefinitionSites();
    sites.forEach((kind, byName) -> c.sites.put(kind, new HashMap<>(byName)));
    return c;
  }

  void record(Definition.Kind kind, Name name, SourceFile file) {
    record(kind, name.key(), name, file);
  }

  /** A level's or category's spelling (full, short or alias), within its framework. */
  void recordWithin(Definition.Kind kind, String framework, Name spelling, SourceFile file) {
    record(kind, within(framework, spelling.text()), spelling, file);
  }

  Optional<Definition> find(Definition.Kind kind, String name) {
    return Optional.ofNullable(sites.getOrDefault(kind, Map.of()).get(Normalize.key(name)));
  }

  Optional<Definition> findWithin(Definition.Kind kind, String framework, String spelling) {
    return Optional.ofNullable(sites.getOrDefault(kind, Map.of()).get(within(framework, spelling)));
  }

  private void record(Definition.Kind kind, String key, Name name, SourceFile file) {
    sites.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(key, new Definition(file, name.span()));
  }

  private static String within(String framework, String spelling) {
    return Normalize.key(framework) + WITHIN + Normalize.key(spelling);
  }
}
