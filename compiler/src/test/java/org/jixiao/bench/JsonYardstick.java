package org.jixiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The yardstick of issue 14's first goal: Jackson's {@code ObjectMapper.readTree} of the JSON that
 * {@code build --format json} writes for the same forms, read from disk file by file as the parse
 * and check phases read the sources. The JSON is written once, untimed, into a folder of its own
 * (the build phases empty theirs), and deleted after the phase.
 */
final class JsonYardstick {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Path corpus;
  private Path folder;
  private List<Path> documents;

  JsonYardstick(Path corpus) {
    this.corpus = corpus;
  }

  void prepare() {
    try {
      folder = Files.createTempDirectory("jixiao-bench-json-");
      int exit = new org.jixiao.cli.BuildRunner(List.of(corpus), folder, List.of("json"),
          new org.jixiao.diag.Messages(org.jixiao.diag.Messages.Language.ZH),
          new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
          corpus).run();
      if (exit != 0) {
        throw new IllegalStateException("build --format json exited " + exit);
      }
      try (Stream<Path> s = Files.walk(folder)) {
        documents = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      long size = 0;
      for (Path p : documents) {
        size += Files.size(p);
      }
      System.out.printf(java.util.Locale.ROOT, "  (yardstick input: %d JSON documents, %.2f MB)%n", documents.size(), size / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads every document into a tree; returns the number of top-level fields, so no round is dead code. */
  long readAll() {
    long fields = 0;
    try {
      for (Path p : documents) {
        JsonNode tree = MAPPER.readTree(Files.readAllBytes(p));
        fields += tree.size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }

  void release() {
    documents = null;
    if (folder != null) {
      try (Stream<Path> s = Files.walk(folder)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      folder = null;
    }
  }
}
