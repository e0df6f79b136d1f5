package org.jixiao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.backend.BuildInput;
import org.jixiao.backend.SxssfYardstick;
import org.jixiao.backend.XlsxBackend;
import org.jixiao.diag.Messages;

/**
 * The benchmark's Excel phases beside {@code build-xlsx} (issue 14): {@code xlsx-backend}, the
 * backend alone on a budget checked once before the rounds, and {@code sxssf-yardstick}, a bare
 * POI SXSSF program writing the same cells ({@link SxssfYardstick}). Both write a file into the
 * benchmark's output folder, as the build does. What each round reads is made untimed by the
 * phase's setup and dropped after the phase, so that the next phase's peak heap is its own.
 */
final class XlsxPhases {
  private final Path corpus;
  private final Path out;
  private BuildInput input;
  private SxssfYardstick.Workload workload;

  XlsxPhases(Path corpus, Path out) {
    this.corpus = corpus;
    this.out = out;
  }

  void prepareInput() {
    if (input == null) {
      input = SxssfYardstick.input(corpus, new Messages(Messages.Language.ZH));
    }
  }

  void prepareWorkload() {
    prepareInput();
    workload = SxssfYardstick.capture(input);
    input = null;
    System.out.printf(java.util.Locale.ROOT, "  (yardstick workload: %d sheets, %d cells, %d looks)%n",
        workload.sheets().size(), workload.cells(), workload.looks().size());
  }

  void release() {
    input = null;
    workload = null;
  }

  long backend() {
    try {
      Path folder = Files.createDirectories(out.resolve("xlsx-backend"));
      new XlsxBackend().write(input, folder);
      return Files.size(folder.resolve(input.name() + ".xlsx"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long yardstick() {
    try {
      Path file = Files.createDirectories(out.resolve("yardstick")).resolve("yardstick.xlsx");
      SxssfYardstick.write(workload, file);
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
