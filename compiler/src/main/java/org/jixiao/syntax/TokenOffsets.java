package org.jixiao.syntax;

import org.jixiao.source.Span;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR token positions (code point indices) into spans (UTF-16 indices). The two differ
 * only after a character outside the Basic Multilingual Plane, such as an emoji or a rare
 * ideograph, so the table is built only for texts that hold one.
 */
final class TokenOffsets {
  private final int[] utf16ByCodePoint;

  TokenOffsets(String text) {
    if (text.length() == text.codePointCount(0, text.length())) {
      utf16ByCodePoint = null;
    } else {
      int count = text.codePointCount(0, text.length());
      utf16ByCodePoint = new int[count + 1];
      int utf16 = 0;
      for (int cp = 0; cp < count; cp++) {
        utf16ByCodePoint[cp] = utf16;
        utf16 += Character.charCount(text.codePointAt(utf16));
      }
      utf16ByCodePoint[count] = utf16;
    }
  }

  /** True when every character is in the Basic Multilingual Plane: code point and char indices agree. */
  boolean bmpOnly() {
    return utf16ByCodePoint == null;
  }

  int utf16(int codePointIndex) {
    if (utf16ByCodePoint == null) {
      return codePointIndex;
    }
    int i = Math.max(0, Math.min(codePointIndex, utf16ByCodePoint.length - 1));
    return utf16ByCodePoint[i];
  }

  Span of(Token token) {
    int start = utf16(token.getStartIndex());
    int end = token.getStopIndex() < token.getStartIndex() ? start : utf16(token.getStopIndex() + 1);
    return new Span(start, end);
  }

  Span of(Token first, Token last) {
    Span a = of(first);
    if (last == null || last.getTokenIndex() < first.getTokenIndex()) {
      return a;
    }
    return a.union(of(last));
  }
}
