package org.jixiao.driver;

/**
 * Told how far a long run has come, so that the command line can show it: {@code done} of
 * {@code total} steps of a phase ({@link #READ}: files read and parsed; {@link #CHECK}: budgets
 * checked; {@link #WRITE}: outputs written; {@link #IMPORT}: sheets imported). Called on the thread doing the work; {@link #NONE}
 * when nobody is watching.
 */
public interface Progress {
  String READ = "read";
  String CHECK = "check";
  String WRITE = "write";
  /** Sheets read into forms, by {@code jixiao import}. */
  String IMPORT = "import";

  Progress NONE = (phase, done, total) -> {};

  void step(String phase, int done, int total);

  /** The run is over: whatever was shown goes away. */
  default void finish() {}
}
