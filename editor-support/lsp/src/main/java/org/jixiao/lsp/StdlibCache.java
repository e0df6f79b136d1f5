package org.jixiao.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.source.PathText;
import org.jixiao.source.SourceFile;

/**
 * The stdlib's {@code .jx} files on disk, so that "go to definition" can open them: they live in
 * the server's jar, which an editor cannot open. They are written once per stdlib version into
 * {@code <root>/<hash of their contents>/} (a newer jixiao gets a folder of its own, and two
 * servers of the same version share one), each atomically (a temporary file moved into place, so
 * a server starting at the same time never reads half a file), and made read-only: they are what
 * every budget is checked against, and an edit there would change nothing (the jar's copy is the
 * one read) but mislead whoever made it. Neovim opens a file it cannot write read-only; VS Code is
 * told by the extension's {@code files.readonlyInclude}.
 */
final class StdlibCache {
  private final Path root;
  private Path folder;

  /** @param root where the versions' folders are made ({@link #defaultRoot()} unless the client says) */
  StdlibCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** {@code <user cache dir>/jixiao/stdlib}: %LOCALAPPDATA% on Windows, else $XDG_CACHE_HOME or ~/.cache. */
  static Path defaultRoot() {
    Map<String, String> env = System.getenv();
    String home = System.getProperty("user.home");
    Path cache;
    if (System.getProperty("os.name", "").startsWith("Windows") && env.get("LOCALAPPDATA") != null) {
      cache = PathText.path(env.get("LOCALAPPDATA"));
    } else if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
      cache = PathText.path(env.get("XDG_CACHE_HOME"));
    } else {
      cache = PathText.path(home).resolve(".cache");
    }
    return cache.resolve("jixiao").resolve("stdlib");
  }

  /** The folder the versions' folders are in, as text for a message. */
  String root() {
    return PathText.text(root);
  }

  /** True for a file or folder inside the cache: the stdlib, never a budget to check. */
  boolean holds(Path path) {
    return path.toAbsolutePath().normalize().startsWith(root);
  }

  /** The cached copy of a stdlib file, every file of the stdlib written first if not yet there. */
  Path fileOf(SourceFile stdlibFile) throws IOException {
    return folder().resolve(nameOf(stdlibFile));
  }

  private synchronized Path folder() throws IOException {
    if (folder == null) {
      List<SourceFile> files = Stdlib.files();
      Path version = root.resolve(hash(files));
      Files.createDirectories(version);
      for (SourceFile file : files) {
        writeOnce(version.resolve(nameOf(file)), file.text());
      }
      folder = version;
    }
    return folder;
  }

  private static void writeOnce(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
      return;
    }
    org.jixiao.source.WholeFile.replace(target, bytes, true);
  }

  private static String nameOf(SourceFile stdlibFile) {
    return stdlibFile.path().getFileName().toString();
  }

  /** The first 12 hex digits of SHA-256 over every file's name and text: the stdlib's version. */
  private static String hash(List<SourceFile> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (SourceFile file : files) {
        digest.update((file.displayName() + "\0" + file.text() + "\0").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
