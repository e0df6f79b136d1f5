package org.jixiao.source;

/**
 * A range of characters in a source file: {@code start} inclusive, {@code end} exclusive, both
 * UTF-16 indices into {@link SourceFile#text()}. Line and column are computed on demand by the
 * file, so a span stays small and independent of line endings.
 */
public record Span(int start, int end) {
  public static final Span NONE = new Span(0, 0);

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
