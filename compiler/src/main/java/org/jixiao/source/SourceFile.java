package org.jixiao.source;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The decoded text of one file, with what is needed to turn offsets into lines and columns.
 *
 * <p>Columns count Unicode code points from 1, as an editor's status bar does; the caret line of
 * a rendered diagnostic uses display width instead (see {@code DisplayWidth}).
 */
public final class SourceFile {
  private final Path path;
  private final String displayName;
  private final String text;
  private final int[] lineStarts;
  /** A place in a file that is not text (a workbook's cell, 项目表!C7); null for a text file. */
  private final String place;

  public SourceFile(Path path, String displayName, String text) {
    this(path, displayName, text, null);
  }

  private SourceFile(Path path, String displayName, String text, String place) {
    this.path = path;
    this.displayName = displayName;
    this.text = text;
    this.lineStarts = computeLineStarts(text);
    this.place = place;
  }

  /**
   * A place in a file jixiao does not read as text, such as a cell of a workbook being imported
   * ({@code 项目表!C7}): a diagnostic there is shown at that place, having no line or column.
   */
  public static SourceFile place(Path path, String displayName, String place) {
    return new SourceFile(path, displayName, "", place);
  }

  /** The place in a file that is not text; null for a text file, whose places are lines and columns. */
  public String place() {
    return place;
  }

  /** A file that exists only in memory, for tests and the language server. */
  public static SourceFile ofString(String displayName, String text) {
    return new SourceFile(Path.of(displayName), displayName, text);
  }

  public Path path() {
    return path;
  }

  public String displayName() {
    return displayName;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line holding {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based column of {@code offset}, counted in code points. */
  public int column(int offset) {
    int start = lineStarts[line(offset) - 1];
    int clamped = Math.min(Math.max(offset, start), text.length());
    return text.codePointCount(start, clamped) + 1;
  }

  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The text of a 1-based line, without its line ending. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  public String slice(Span span) {
    return text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
  }

  private static int[] computeLineStarts(String text) {
    int[] starts = new int[16 + text.length() / 24]; // lines of forms run to some twenty characters
    int count = 1;
    if (text.indexOf('\r') < 0) {
      // Only '\n' ends lines: found by indexOf, which the JIT turns into a vector search (a
      // char-by-char loop here was a twentieth of a parse).
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
      return Arrays.copyOf(starts, count);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  @Override
  public String toString() {
    return displayName;
  }
}
