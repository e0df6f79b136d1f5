package org.jixiao.backend;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.tables.ProjectView;

/**
 * An output format. A backend writes its files into a fresh folder; the build moves that folder
 * into place only when every backend succeeded, so a failed build leaves the output as it was.
 *
 * <p>A budget's output is written in one pass over its projects ({@link Output}), so that a build
 * holds one project's view at a time, not every view of the budget: what the summaries need of
 * every project is in {@link BuildInput#summaries}, made before.
 */
public interface Backend {
  /** The name used with {@code --format}: json, xlsx or html. */
  String format();

  /** Opens this format's output of one budget in {@code folder} (which exists and is empty of its files). */
  Output<?> open(BuildInput input, Path folder) throws IOException;

  /** Writes this format's files for one budget, every project in order. */
  default void write(BuildInput input, Path folder) throws IOException {
    try (Output<?> out = open(input, folder)) {
      Outputs.writeEach(out, input);
    }
  }

  /**
   * One budget's output of a format. Each project is first {@link #render rendered} (what it
   * becomes in this format, on any thread: the build renders projects on every core), then {@link
   * #emit emitted} in the projects' order on one thread (written to a file, drawn on a workbook's
   * sheet); {@link #finish} writes what comes after the last project. {@link #close} lets go of
   * what the output holds (a workbook's temporary files), finished or not.
   *
   * @param <R> what one project is rendered as
   */
  interface Output<R> extends Closeable {
    /** What project {@code index} becomes; reads only the view and what the output was opened with. */
    R render(int index, ProjectView view);

    /** Writes a rendered project; called in the projects' order. */
    void emit(int index, R rendered) throws IOException;

    /** Writes what follows the projects (the summaries, a workbook's package). */
    void finish() throws IOException;

    @Override
    default void close() throws IOException {}
  }
}
