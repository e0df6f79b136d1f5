package org.jixiao.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares output with a golden file. A missing golden file is written and the test fails, so a
 * new case is never silently green; {@code -Dgolden.update=true} (or JIXIAO_UPDATE_GOLDENS=1)
 * rewrites all of them after a deliberate change.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update") || "1".equals(System.getenv("JIXIAO_UPDATE_GOLDENS"));
  }

  public static void assertMatches(Path golden, String actual) {
    try {
      if (updating() || !Files.exists(golden)) {
        boolean existed = Files.exists(golden);
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        if (!existed && !updating()) {
          fail("golden file was missing and has been written; review it and run again: " + golden);
        }
        return;
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        fail("output differs from " + golden + " (rerun with -Dgolden.update=true to accept)\n"
            + firstDifference(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares a set of outputs (relative name → bytes) with golden files under {@code folder}: all
   * missing files are written before the test fails, and a golden without an output fails too.
   */
  public static void assertAllMatch(Path folder, java.util.Map<String, byte[]> outputs,
      java.util.function.Predicate<String> which) {
    List<String> failures = new java.util.ArrayList<>();
    for (java.util.Map.Entry<String, byte[]> e : outputs.entrySet()) {
      if (!which.test(e.getKey())) {
        continue;
      }
      try {
        assertMatches(folder.resolve(e.getKey()), new String(e.getValue(), StandardCharsets.UTF_8));
      } catch (AssertionError error) {
        failures.add(error.getMessage());
      }
    }
    try (var existing = Files.exists(folder) ? Files.walk(folder) : java.util.stream.Stream.<Path>empty()) {
      existing.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(name -> which.test(name) && !outputs.containsKey(name))
          .forEach(name -> failures.add("golden file without output: " + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      String x = i < e.size() ? e.get(i) : "<end of file>";
      String y = i < a.size() ? a.get(i) : "<end of file>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
      }
    }
    return "(line endings or trailing newline differ)";
  }

  /** The repository root, from the build (-Djixiao.repo) or by walking up to the parent pom. */
  /** Every example budget folder of the repository (each folder with a budget.jx), in order. */
  public static java.util.List<Path> exampleBudgets() {
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(repo().resolve("examples"))) {
      return walk.filter(p -> p.getFileName().toString().equals("budget.jx")).map(Path::getParent).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The forms (.jx files) directly in {@code folder}, in order. */
  public static java.util.List<Path> formsIn(Path folder) {
    try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(".jx")).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static Path repo() {
    String configured = System.getProperty("jixiao.repo");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("grammar"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the repository root");
    }
    return p;
  }
}
