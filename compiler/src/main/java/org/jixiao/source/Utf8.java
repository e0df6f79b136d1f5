package org.jixiao.source;

/**
 * Decoding of the UTF-8 a form is written in, for the common case: every character in the Basic
 * Multilingual Plane, the bytes well formed. Anything else (a character beyond the BMP, a
 * malformed byte) is left to the JDK's decoders, which say where the problem is.
 *
 * <p>Why not {@code new String(bytes, UTF_8)} alone: for text that is not all ASCII it decodes
 * into an array twice the length of the bytes and then copies it to size, and a Chinese form's
 * every character takes its general loop; decoding was a sixth of a parse. Here runs of ASCII and
 * runs of three-byte characters (Chinese) each have a loop of their own, into a buffer kept by the
 * thread, so that the only array left behind is the string's.
 */
public final class Utf8 {
  /** Buffers up to this many chars are kept for the thread's next file; larger files get their own. */
  private static final int KEPT = 1 << 16;
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

  private Utf8() {}

  /**
   * The text of well-formed UTF-8 whose characters are all in the BMP, as the JDK decodes it; null
   * for any other bytes (malformed ones, or a four-byte sequence), to be decoded the general way.
   */
  public static String decodeBmp(byte[] bytes) {
    int n = bytes.length;
    char[] out = n <= KEPT ? BUFFER.get() : new char[n];
    if (out.length < n) {
      out = new char[Math.min(KEPT, Math.max(n, out.length * 2))];
      BUFFER.set(out);
    }
    int sp = 0;
    int dp = 0;
    // Set when a three-byte sequence is malformed; looked at once at the end, so that the loop
    // over a run of Chinese characters has one branch per character.
    int bad = 0;
    while (sp < n) {
      int b1 = bytes[sp];
      if (b1 >= 0) {
        // A run of ASCII.
        do {
          out[dp++] = (char) b1;
          if (++sp == n) {
            break;
          }
          b1 = bytes[sp];
        } while (b1 >= 0);
      } else if ((b1 & 0xF0) == 0xE0) {
        // A run of three-byte characters: 1110xxxx 10xxxxxx 10xxxxxx.
        do {
          if (sp + 2 >= n) {
            return null;
          }
          int b2 = bytes[sp + 1];
          int b3 = bytes[sp + 2];
          int c = ((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
          // A continuation byte is 10xxxxxx; below U+0800 is overlong; U+D800..U+DFFF are surrogates.
          bad |= ((b2 & 0xC0) ^ 0x80) | ((b3 & 0xC0) ^ 0x80) | (c < 0x800 ? 1 : 0) | ((c >>> 11) == 0x1B ? 1 : 0);
          out[dp++] = (char) c;
          sp += 3;
          if (sp == n) {
            break;
          }
          b1 = bytes[sp];
        } while ((b1 & 0xF0) == 0xE0);
      } else if ((b1 & 0xE0) == 0xC0 && sp + 1 < n) {
        // Two bytes: 110xxxxx 10xxxxxx, not overlong (C0 and C1 lead nothing).
        int b2 = bytes[sp + 1];
        int c = ((b1 & 0x1F) << 6) | (b2 & 0x3F);
        if ((b2 & 0xC0) != 0x80 || c < 0x80) {
          return null;
        }
        out[dp++] = (char) c;
        sp += 2;
      } else {
        return null; // a four-byte sequence, a stray continuation byte, or a truncated sequence
      }
    }
    return bad != 0 ? null : new String(out, 0, dp);
  }
}
