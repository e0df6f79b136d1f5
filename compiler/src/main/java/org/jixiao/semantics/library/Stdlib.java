package org.jixiao.semantics.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceParser;
import org.jixiao.syntax.SourceUnit;

/**
 * The standard library: {@code .jx} files in the stdlib jar, listed in {@code index.txt}, parsed
 * once per process. Loading is offline and deterministic: only the classpath is read.
 */
public final class Stdlib {
  private static final String ROOT = "org/jixiao/stdlib/";
  private static volatile Library cached;

  private Stdlib() {}

  public static Library library() {
    Library result = cached;
    if (result == null) {
      synchronized (Stdlib.class) {
        result = cached;
        if (result == null) {
          result = load();
          cached = result;
        }
      }
    }
    return result;
  }

  /** The stdlib's source files, for tests and for documentation. */
  public static List<SourceFile> files() {
    List<SourceFile> files = new ArrayList<>();
    for (String name : read("index.txt").split("\n")) {
      if (!name.isBlank()) {
        files.add(new SourceFile(Path.of("stdlib", name.trim()), "stdlib/" + name.trim(), read(name.trim())));
      }
    }
    return files;
  }

  private static Library load() {
    LibraryBuilder builder = new LibraryBuilder(null);
    DiagnosticSink sink = new DiagnosticSink();
    for (SourceFile file : files()) {
      SourceUnit unit = SourceParser.parse(file, sink);
      builder.add(unit.declarations(), file, sink);
    }
    Library library = builder.build();
    List<Diagnostic> problems = sink.sorted();
    if (!problems.isEmpty()) {
      Diagnostic first = problems.get(0);
      throw new IllegalStateException(
          "stdlib is broken: " + first.code().code() + " at " + first.file() + ":" + first.line() + " " + first.argKeys());
    }
    return library;
  }

  private static String read(String name) {
    try (InputStream in = Stdlib.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("stdlib file missing from the classpath: " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
