package org.jixiao.dist;

import java.io.File;
import java.io.IOException;
import org.jixiao.cli.Main;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (not in the archive): writes the AsciiDoc man pages of the whole command tree, one
 * per command, with picocli's ManPageGenerator. It gets the tree from {@link Main#commandLine}
 * (the one {@code jixiao --help} prints), because {@code Main}'s annotation alone has no
 * subcommands: they are added by that method, only those a run needs.
 */
public final class ManPages {
  private ManPages() {}

  public static void main(String[] args) throws IOException {
    File out = new File(args[0]);
    if (!out.isDirectory() && !out.mkdirs()) {
      throw new IOException("cannot make " + out);
    }
    int status = ManPageGenerator.generateManPage(out, null, new boolean[0], true,
        Main.commandLine(new String[] {"--help"}).getCommandSpec());
    if (status != 0) {
      throw new IllegalStateException("ManPageGenerator failed: " + status);
    }
  }
}
