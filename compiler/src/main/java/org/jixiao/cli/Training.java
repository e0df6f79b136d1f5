package org.jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the release's launchers: runs the everyday commands once on the bundled
 * examples, output discarded, in a JVM started with {@code -XX:DumpLoadedClassList}; the launcher
 * then dumps a static class-data archive (AppCDS, {@code -Xshare:dump}) of that list, so that it
 * holds the classes a real {@code check} loads, whatever command the user happened to run first. Excel and HTML are left out on purpose: POI's classes make the
 * archive five times larger, and a larger archive costs every start (about 130 ms here) to spare
 * a build a fraction of its own run. Not a user command: the launchers start it in
 * the background after a user's first run, and nothing depends on its result (a JVM without the
 * archive only starts slower).
 *
 * <p>Arguments: budget folders to train on (missing ones are skipped).
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) throws IOException {
    Path scratch = Files.createTempDirectory("jixiao-training");
    try {
      for (List<String> command : commands(args, scratch)) {
        Main.run(command.toArray(String[]::new), discard(), discard());
      }
    } finally {
      deleteTree(scratch);
    }
  }

  static List<List<String>> commands(String[] folders, Path scratch) {
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("--help"));
    commands.add(List.of("check", "--help"));
    int n = 0;
    for (String folder : folders) {
      if (!Files.isDirectory(Path.of(folder))) {
        continue;
      }
      commands.add(List.of("check", folder));
      commands.add(List.of("check", "--format", "json", folder));
      commands.add(List.of("fmt", "--check", folder));
      commands.add(List.of("build", folder, "-o", scratch.resolve("out" + n++).toString(), "--format", "json"));
    }
    return commands;
  }

  private static PrintWriter discard() {
    return new PrintWriter(OutputStream.nullOutputStream());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
