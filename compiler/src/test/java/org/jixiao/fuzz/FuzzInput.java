package org.jixiao.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One fuzz input: a budget folder, its files by name (bytes, so that byte-level mutations can
 * write invalid UTF-8), and how it was made (the seed folder and the mutations, for the report).
 *
 * @param folder the budget folder's name, kept through mutation so outputs can be compared
 */
public record FuzzInput(String folder, Map<String, byte[]> files, String origin) {
  public FuzzInput {
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  public String text(String file) {
    return new String(files.get(file), StandardCharsets.UTF_8);
  }

  public List<String> names() {
    return List.copyOf(files.keySet());
  }

  public FuzzInput with(String file, byte[] bytes, String step) {
    Map<String, byte[]> copy = new LinkedHashMap<>(files);
    copy.put(file, bytes);
    return new FuzzInput(folder, copy, origin + " " + step);
  }

  public FuzzInput with(String file, String text, String step) {
    return with(file, text.getBytes(StandardCharsets.UTF_8), step);
  }

  public FuzzInput without(String file, String step) {
    Map<String, byte[]> copy = new LinkedHashMap<>(files);
    copy.remove(file);
    return new FuzzInput(folder, copy, origin + " " + step);
  }

  public long size() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }

  /** Writes the folder under {@code parent}; returns it. */
  public Path write(Path parent) throws IOException {
    Path dir = Files.createDirectories(parent.resolve(folder));
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
    return dir;
  }

  /** Reads a folder written by {@link #write} (or by hand): every regular file in it. */
  public static FuzzInput read(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return new FuzzInput(dir.getFileName().toString(), files, "read from " + dir);
  }
}
