package org.jixiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.SourceParser;

/**
 * A corpus in every template's layout: one budget folder per clean example under {@code
 * examples/templates} (its profile and layout declarations copied as they are), each project file
 * copied until the folders hold about {@code forms} forms in all. A copy's project is renamed
 * (…副本3) so that names stay unique; the budget's ceilings are left out, since the copies would
 * exceed them. So the benchmark measures the profiles' rules, columns and layouts, not only 山西's.
 */
final class TemplateCorpus {
  private TemplateCorpus() {}

  /** Writes the corpus into {@code dir}; returns the number of forms and bytes written. */
  static long[] write(Path templates, Path dir, int forms) throws IOException {
    List<Path> folders;
    try (Stream<Path> s = Files.list(templates)) {
      folders = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().endsWith("-mistakes")).sorted().toList();
    }
    List<List<Path>> projects = new ArrayList<>();
    int perCopy = 0;
    for (Path folder : folders) {
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(p -> p.toString().endsWith(".jx") && !p.getFileName().toString().equals("budget.jx")).sorted().toList();
      }
      projects.add(files);
      perCopy += files.size();
    }
    int copies = Math.max(1, Math.round((float) forms / perCopy));
    long written = 0;
    long bytes = 0;
    for (int f = 0; f < folders.size(); f++) {
      Path target = Files.createDirectories(dir.resolve(folders.get(f).getFileName().toString()));
      String budget = Files.readString(folders.get(f).resolve("budget.jx"), StandardCharsets.UTF_8);
      bytes += write(target.resolve("budget.jx"), budget.replaceAll("(?m)^\\s*ceiling .*\\n", ""));
      for (Path file : projects.get(f)) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String stem = file.getFileName().toString().replaceFirst("\\.jx$", "");
        for (int k = 1; k <= copies; k++) {
          bytes += write(target.resolve(stem + "-" + k + ".jx"), k == 1 ? text : renamed(text, k));
          written++;
        }
      }
    }
    return new long[] {written, bytes};
  }

  /** The project's name with 副本k appended, inside its quotes if it is quoted. */
  private static String renamed(String text, int k) {
    SourceFile file = new SourceFile(Path.of("copy.jx"), "copy.jx", text);
    for (Decl decl : SourceParser.parse(file, new DiagnosticSink()).declarations()) {
      if (decl instanceof Decl.Project p) {
        int end = p.name().span().end();
        int at = text.charAt(end - 1) == '"' ? end - 1 : end;
        return text.substring(0, at) + "副本" + k + text.substring(at);
      }
    }
    throw new IllegalStateException("no project in a template example");
  }

  private static long write(Path path, String text) throws IOException {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    Files.write(path, data);
    return data.length;
  }
}
