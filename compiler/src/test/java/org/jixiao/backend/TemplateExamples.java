package org.jixiao.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.testing.Golden;

/**
 * The example budgets of every template, {@code examples/templates/NAME/}: a clean one per
 * template, and {@code NAME-mistakes/} with the typical mistakes its rules catch.
 */
final class TemplateExamples {
  static final Path ROOT = Golden.repo().resolve("examples/templates");
  static final Path GOLDEN = Golden.repo().resolve("compiler/src/test/files/Templates");

  private TemplateExamples() {}

  static List<Path> all() {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean mistakes(Path folder) {
    return folder.getFileName().toString().endsWith("-mistakes");
  }

  /** Builds a template budget in {@code formats} into {@code out}; returns its output folder. */
  static Path build(Path folder, Path out, String... formats) {
    java.io.StringWriter err = new java.io.StringWriter();
    int code = new org.jixiao.cli.BuildRunner(List.of(folder), out, List.of(formats),
        new org.jixiao.diag.Messages(org.jixiao.diag.Messages.Language.ZH), new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(err), Golden.repo()).run();
    if (code != 0) {
      throw new AssertionError("build " + folder + " failed: " + err);
    }
    return out.resolve(folder.getFileName().toString());
  }

  /** The budgets that check without error and are built. */
  static List<Path> clean() {
    return all().stream().filter(f -> !mistakes(f)).toList();
  }
}
