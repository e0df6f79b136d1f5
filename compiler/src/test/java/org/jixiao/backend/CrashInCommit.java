package org.jixiao.backend;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build that dies in its commit window, for {@link OutputFolderRecoveryTest}: it stages a new
 * output for a budget and commits, and the JVM halts (as kill -9 does: no cleanup, no shutdown
 * hooks) right after the previous output was moved aside. Run in a child JVM.
 */
public final class CrashInCommit {
  private CrashInCommit() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    OutputFolder folder = new OutputFolder(target, () -> Runtime.getRuntime().halt(9));
    Path staged = folder.stage(args[1]);
    Files.writeString(staged.resolve("new.txt"), "new\n", StandardCharsets.UTF_8);
    folder.commit();
    throw new IllegalStateException("the commit window should have halted the JVM");
  }
}
