package org.jixiao.backend;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** What the outputs of a budget share: writing every project in order, closing every output. */
public final class Outputs {
  private Outputs() {}

  /** Every project of {@code input} rendered and emitted in order on this thread, then the ending. */
  static <R> void writeEach(Backend.Output<R> out, BuildInput input) throws IOException {
    for (int i = 0; i < input.size(); i++) {
      out.emit(i, out.render(i, input.view(i)));
    }
    out.finish();
  }

  /**
   * Closes each of {@code all} (deleting its temporary files), even after one failed; the first
   * failure is thrown once all are closed.
   */
  public static void closeAll(List<? extends Closeable> all) throws IOException {
    IOException failure = null;
    for (Closeable c : all) {
      try {
        c.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
