package org.jixiao.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * Offsets in a file and the protocol's positions: a line from 0, a character in UTF-16 code units
 * from the line's start, which is what a Java string's index counts. Lines end at LF, CRLF or a
 * lone CR, for the compiler as for the protocol.
 */
final class Positions {
  private Positions() {}

  static Position position(SourceFile file, int offset) {
    int clamped = Math.max(0, Math.min(offset, file.text().length()));
    int line = file.line(clamped);
    return new Position(line - 1, clamped - file.lineStart(line));
  }

  static Range range(SourceFile file, Span span) {
    return new Range(position(file, span.start()), position(file, Math.max(span.start(), span.end())));
  }

  /** The offset of a position, clamped to the line's end (a client may point past it). */
  static int offset(SourceFile file, Position position) {
    int line = Math.max(1, Math.min(position.getLine() + 1, file.lineCount()));
    int start = file.lineStart(line);
    int end = line < file.lineCount() ? file.lineStart(line + 1) : file.text().length();
    while (end > start && (file.text().charAt(end - 1) == '\n' || file.text().charAt(end - 1) == '\r')) {
      end--;
    }
    return Math.min(start + Math.max(0, position.getCharacter()), end);
  }
}
