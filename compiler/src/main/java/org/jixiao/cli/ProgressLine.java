package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.jixiao.diag.DisplayWidth;
import org.jixiao.diag.Messages;
import org.jixiao.driver.Progress;

/**
 * A progress line on standard error, redrawn in place ({@code \r}) for work that takes over a
 * second: checking or building thousands of forms is otherwise silent for minutes. Nothing is
 * shown for shorter work, the line is redrawn at most ten times a second (and whenever the phase
 * changes, so that checking is not shown as the last file read), and {@link #finish} wipes it
 * before the report is printed. Made only for a terminal ({@link Terminal#progress}).
 */
final class ProgressLine implements Progress {
  static final long DELAY_NANOS = 1_000_000_000L;
  static final long EVERY_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final Messages messages;
  private final LongSupplier clock;
  private final long start;
  private long last = Long.MIN_VALUE;
  private String lastPhase = "";
  private int width;

  ProgressLine(PrintWriter err, Messages messages, LongSupplier nanoClock) {
    this.err = err;
    this.messages = messages;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  /** The progress a terminal should get: this line, or nothing. */
  static Progress on(Terminal terminal, PrintWriter err, Messages messages) {
    return terminal.progress() ? new ProgressLine(err, messages, System::nanoTime) : Progress.NONE;
  }

  @Override
  public void step(String phase, int done, int total) {
    long now = clock.getAsLong();
    boolean newPhase = !phase.equals(lastPhase);
    if (now - start < DELAY_NANOS || (!newPhase && last != Long.MIN_VALUE && now - last < EVERY_NANOS)) {
      return;
    }
    last = now;
    lastPhase = phase;
    String text = messages.get("progress." + phase, String.valueOf(done), String.valueOf(total));
    int shown = DisplayWidth.of(text);
    err.print("\r" + text + " ".repeat(Math.max(0, width - shown)));
    err.flush();
    width = Math.max(width, shown);
  }

  @Override
  public void finish() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
