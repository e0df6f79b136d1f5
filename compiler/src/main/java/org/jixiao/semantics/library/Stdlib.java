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
  /** The files {@link #cached} was built from, by identity: a definition in one of them is the stdlib's. */
  private static volatile java.util.Set<SourceFile> cachedFiles = java.util.Set.of();
  private static Loading loading;

  private Stdlib() {}

  /**
   * The stdlib's library, loaded on first use. Cold start: a thread that asks while another is
   * loading it parses the files not yet taken instead of only waiting (see {@link Loading}), so
   * the main thread, done with the command line, shares the work of the thread {@code Main}
   * started to load it early.
   */
  public static Library library() {
    Library result = cached;
    if (result != null) {
      return result;
    }
    Loading load;
    synchronized (Stdlib.class) {
      if (cached != null) {
        return cached;
      }
      if (loading == null) {
        loading = new Loading(files());
      }
      load = loading;
    }
    load.parseUntaken();
    synchronized (Stdlib.class) {
      if (cached == null) {
        try {
          Library built = load.build();
          java.util.Set<SourceFile> files = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
          files.addAll(load.files);
          cachedFiles = files; // before cached: a thread that finds the library finds its files
          cached = built;
        } finally {
          loading = null;
        }
      }
      return cached;
    }
  }

  /**
   * True when {@code file} is one the stdlib's library was read from (the very object, as a
   * {@link Definition} holds it), false for a budget folder's file of the same name.
   */
  public static boolean isStdlibFile(SourceFile file) {
    library();
    return cachedFiles.contains(file);
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

  /**
   * One load of the stdlib: its files are parsed by every thread that asks for the library, each
   * taking the next file not yet taken; the library is then built from them in the index's order
   * (declarations may refer to earlier files), so the result does not depend on who parsed what.
   */
  private static final class Loading {
    private final List<SourceFile> files;
    private final SourceUnit[] units;
    private final DiagnosticSink[] sinks;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.CountDownLatch parsed;
    private volatile RuntimeException failure;

    Loading(List<SourceFile> files) {
      this.files = files;
      this.units = new SourceUnit[files.size()];
      this.sinks = new DiagnosticSink[files.size()];
      this.parsed = new java.util.concurrent.CountDownLatch(files.size());
    }

    /** Parses files until none is left to take (others may still be parsing theirs). */
    void parseUntaken() {
      for (int i = next.getAndIncrement(); i < units.length; i = next.getAndIncrement()) {
        try {
          sinks[i] = new DiagnosticSink();
          units[i] = SourceParser.parse(files.get(i), sinks[i]);
        } catch (RuntimeException e) {
          failure = e;
        } finally {
          parsed.countDown();
        }
      }
    }

    Library build() {
      try {
        parsed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the stdlib was being parsed", e);
      }
      if (failure != null) {
        throw failure;
      }
      LibraryBuilder builder = LibraryBuilder.forStdlib();
      DiagnosticSink sink = new DiagnosticSink();
      for (int i = 0; i < units.length; i++) {
        sinks[i].forEach(sink::report);
        builder.add(units[i].declarations(), files.get(i), sink);
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
