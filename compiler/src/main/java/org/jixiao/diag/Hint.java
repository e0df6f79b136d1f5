package org.jixiao.diag;

import java.util.List;

/**
 * An extra line under a diagnostic, rendered as {@code = 提示: …}; {@code key} names its text.
 * Its arguments are strings (which may hold {@code @key} references, localised when printed) or,
 * for a hint built with {@link #typed}, {@link Arg}s rendered like a diagnostic's: quotes, lists
 * and phrases then follow the reader's language.
 *
 * @param at the place in the diagnostic's file the hint is about ("first written here"), as a span
 *     an editor can jump to; null when it is about no place. The printed text names its line.
 */
public record Hint(String key, List<String> args, List<Arg> typed, org.jixiao.source.Span at) {
  public Hint {
    args = List.copyOf(args);
    typed = List.copyOf(typed);
  }

  public Hint(String key, List<String> args, List<Arg> typed) {
    this(key, args, typed, null);
  }

  public Hint(String key, List<String> args) {
    this(key, args, List.of());
  }

  /** "First written on line N": the line printed, the span kept for an editor's related location. */
  public static Hint firstHere(org.jixiao.source.SourceFile file, org.jixiao.source.Span first) {
    return new Hint("hint.firstHere", List.of(String.valueOf(file.line(first.start()))), List.of(), first);
  }

  public static Hint of(String key, String... args) {
    return new Hint(key, List.of(args));
  }

  public static Hint typed(String key, Arg... args) {
    return new Hint(key, List.of(), List.of(args));
  }

  /** {@code hint.known} and the like over names: the list is joined in the reader's language. */
  public static Hint list(String key, List<String> items) {
    List<Arg> texts = new java.util.ArrayList<>();
    items.forEach(i -> texts.add(Arg.of(i)));
    return typed(key, Arg.list(texts));
  }
}
