package org.jixiao.source;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file replaced whole or not at all: the bytes are written beside it first, then moved over it
 * in one step, so a reader (an editor, a second server, a crash) never sees half of them.
 */
public final class WholeFile {
  private WholeFile() {}

  /** @param readOnly true to leave the new file without write permission (a cache of the stdlib) */
  public static void replace(Path file, byte[] bytes, boolean readOnly) throws IOException {
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".jixiao-", ".tmp");
    try {
      Files.write(temp, bytes);
      if (readOnly) {
        temp.toFile().setWritable(false, false);
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
