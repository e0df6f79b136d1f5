package org.jixiao.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The grammar's {@code ID_START} ({@code [\p{L}\p{Nl}_] | [㎡㎞㎏℃°µ]}) as ANTLR's Unicode tables
 * have it, for {@link FastLexer}. Not {@link Character#isLetter}: each Java release has its own
 * Unicode version (Java 17 lacks letters that ANTLR 4.13 and Java 21 know), and a form must lex the
 * same on every Java. The ranges live in {@code id-start.txt}; {@code FastLexerProperties} holds
 * them equal to the generated lexer's for every code point, and rewrites them with
 * {@code -Dgolden.update=true} when the grammar or ANTLR changes.
 */
final class Letters {
  static final String RESOURCE = "id-start.txt";

  /** Sorted, disjoint ranges: starts[i]..ends[i], inclusive. */
  private static final int[] STARTS;
  private static final int[] ENDS;
  /**
   * The same ranges as one bit per code point of the Basic Multilingual Plane (8 KB): a name's
   * every Chinese character was a binary search over hundreds of ranges, a tenth of the lexer.
   */
  private static final long[] BMP = new long[0x10000 / 64];

  static {
    List<int[]> ranges = read();
    STARTS = new int[ranges.size()];
    ENDS = new int[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      STARTS[i] = ranges.get(i)[0];
      ENDS[i] = ranges.get(i)[1];
    }
    setRange('a', 'z');
    setRange('A', 'Z');
    setRange('_', '_');
    for (int i = 0; i < STARTS.length && STARTS[i] < 0x10000; i++) {
      setRange(STARTS[i], Math.min(ENDS[i], 0xFFFF));
    }
  }

  /** Sets the bits of {@code from..to} (inclusive) in {@link #BMP} a word at a time: this runs at start-up. */
  private static void setRange(int from, int to) {
    for (int word = from >>> 6; word <= to >>> 6; word++) {
      int low = Math.max(from, word << 6) & 63;
      int high = Math.min(to, (word << 6) + 63) & 63;
      BMP[word] |= (-1L >>> (63 - high)) & (-1L << low);
    }
  }

  private Letters() {}

  static boolean isIdStart(int c) {
    if (c >= 0 && c < 0x10000) {
      return (BMP[c >>> 6] & (1L << c)) != 0;
    }
    return searched(c);
  }

  /** {@link #isIdStart} by the ranges themselves: what the table is made of, and above the BMP. */
  static boolean searched(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    int low = 0;
    int high = STARTS.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (c < STARTS[mid]) {
        high = mid - 1;
      } else if (c > ENDS[mid]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Lines {@code 0041..005A} (or one code point, {@code 00AA}); {@code #} starts a comment. */
  private static List<int[]> read() {
    try (InputStream in = Letters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: org/jixiao/syntax/" + RESOURCE);
      }
      List<int[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        int hash = line.indexOf('#');
        String range = (hash < 0 ? line : line.substring(0, hash)).trim();
        if (!range.isEmpty()) {
          int dots = range.indexOf("..");
          int start = Integer.parseInt(dots < 0 ? range : range.substring(0, dots), 16);
          out.add(new int[] {start, dots < 0 ? start : Integer.parseInt(range.substring(dots + 2), 16)});
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
