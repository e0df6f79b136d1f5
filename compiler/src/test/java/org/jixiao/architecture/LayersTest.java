package org.jixiao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way, source → tree → tables → backends: a package may use only packages of a
 * lower layer (or its own). Both import lines and fully qualified names in code count. The few
 * back references that remain are listed in {@link #KNOWN}, each to be removed, never added to:
 * a new one fails this test, and so does a listed one that is gone (shrink the list).
 */
class LayersTest {
  /** Lower layers first; a package may depend on any package in an earlier entry. */
  private static final List<Set<String>> LAYERS = List.of(
      Set.of("grammar", "source"),
      Set.of("diag"),
      Set.of("syntax"),
      Set.of("format"),
      Set.of("layout"),
      // The semantic passes in pipeline order: quantities; the library (units, frameworks,
      // profiles); the context and resolution's tables; the checks, which only read the tables.
      Set.of("semantics.units"),
      Set.of("semantics.scoring"),
      Set.of("semantics.library"),
      Set.of("semantics.resolve"),
      Set.of("semantics"),
      Set.of("semantics.funds", "semantics.check", "semantics.rules", "semantics.selfeval", "semantics.monitor",
          "semantics.adjust"),
      // The forms as their outputs read them, built once from the tables.
      Set.of("tables"),
      // Consumers of the tables, side by side: none uses another.
      Set.of("backend", "diff", "review"),
      Set.of("driver"),
      // Import reads cells into .jx text, and checks and formats it through the driver.
      Set.of("importer"),
      Set.of("cli"));

  /** Back references today, as "from -> to": none. A new one fails; keep it so. */
  private static final Set<String> KNOWN = Set.of();

  private static final Pattern REFERENCE = Pattern.compile("org\\.jixiao\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

  @Test
  void importsRunOneWay() throws IOException {
    Path main = Golden.repo().resolve("compiler/src/main/java/org/jixiao");
    Set<String> back = new TreeSet<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = main.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          String to = m.group(1);
          // A sub-package may use its parent (semantics.check reads the shared BudgetContext); a
          // parent uses its sub-packages only as the layers allow.
          boolean nested = from.startsWith(to + ".");
          if (!to.equals(from) && !nested && layer(to) >= layer(from)) {
            back.add(from + " -> " + to);
          }
        }
      }
    }
    assertThat(back).as("back references (a lower layer using a higher one)").isEqualTo(new TreeSet<>(KNOWN));
  }

  @Test
  void everyPackageHasALayer() throws IOException {
    Path main = Golden.repo().resolve("compiler/src/main/java/org/jixiao");
    try (Stream<Path> dirs = Files.walk(main)) {
      for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.equals(main)).toList()) {
        String name = main.relativize(dir).toString().replace(java.io.File.separatorChar, '.');
        assertThat(layer(name)).as("layer of package %s (add it to LAYERS)", name).isNotNegative();
      }
    }
  }

  private static int layer(String pkg) {
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }

}
