package org.jixiao.backend;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output format. A backend writes its files into a fresh folder; the build moves that folder
 * into place only when every backend succeeded, so a failed build leaves the output as it was.
 */
public interface Backend {
  /** The name used with {@code --format}: json, xlsx or html. */
  String format();

  /** Writes this format's files for one budget into {@code folder} (which exists and is empty of them). */
  void write(BuildInput input, Path folder) throws IOException;
}
