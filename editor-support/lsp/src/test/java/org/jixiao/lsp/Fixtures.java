package org.jixiao.lsp;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

/** The repository's examples, golden answers, and edits applied as an editor applies them. */
final class Fixtures {
  private Fixtures() {}

  static Path repo() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> list = Files.list(from)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
    return to;
  }

  /** The {@code .jx} files of a folder. */
  static List<Path> forms(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(".jx")).sorted().toList();
    }
  }

  /** Compares with {@code src/test/resources/golden/NAME}; {@code -Dgolden.update=true} rewrites it. */
  static void assertGolden(String name, String actual) throws IOException {
    Path golden = repo().resolve("editor-support/lsp/src/test/resources/golden").resolve(name);
    boolean update = Boolean.getBoolean("golden.update");
    if (update || !Files.exists(golden)) {
      boolean existed = Files.exists(golden);
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
      if (!existed && !update) {
        fail("golden file was missing and has been written; review it and run again: " + golden);
      }
      return;
    }
    String expected = Files.readString(golden);
    if (!expected.equals(actual)) {
      fail("answer differs from " + golden + " (rerun with -Dgolden.update=true to accept)\nexpected:\n" + expected + "\nactual:\n" + actual);
    }
  }

  /** The text after the edits, applied from the last to the first as the protocol's are (none overlap). */
  static String apply(String text, List<? extends TextEdit> edits) {
    List<? extends TextEdit> sorted = edits.stream().sorted(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart()))
        .reversed()).toList();
    String out = text;
    for (TextEdit e : sorted) {
      out = out.substring(0, offset(out, e.getRange().getStart())) + e.getNewText() + out.substring(offset(out, e.getRange().getEnd()));
    }
    return out;
  }

  static int offset(String text, org.eclipse.lsp4j.Position p) {
    int line = 0;
    int i = 0;
    while (line < p.getLine() && i < text.length()) {
      if (text.charAt(i) == '\n') {
        line++;
      }
      i++;
    }
    return Math.min(text.length(), i + p.getCharacter());
  }

  static void change(TestClient client, Path file, String text, int version) {
    TextDocumentContentChangeEvent whole = new TextDocumentContentChangeEvent(text);
    client.server.getTextDocumentService().didChange(
        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(file.toUri().toString(), version), List.of(whole)));
  }
}
