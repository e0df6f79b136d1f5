package org.jixiao.diag;

import java.util.List;

/** An extra line under a diagnostic, rendered as {@code = 提示: …}; {@code key} names its text. */
public record Hint(String key, List<String> args) {
  public Hint {
    args = List.copyOf(args);
  }

  public static Hint of(String key, String... args) {
    return new Hint(key, List.of(args));
  }
}
