package org.jixiao.backend;

import java.nio.charset.StandardCharsets;

/**
 * Escaping and links for the HTML backend: every string that came from a budget goes through
 * {@link #text} or {@link #attribute} ({@link org.jixiao.diag.HtmlText}, shared with the review's
 * page), so nothing a user wrote can become markup.
 */
final class Html {
  private Html() {}

  /** Text for an attribute value in double quotes, or element content without line breaks. */
  static String attribute(String s) {
    return org.jixiao.diag.HtmlText.attribute(s);
  }

  /** Element content: escaped, and each line break (\n, \r\n or \r) drawn as {@code <br>}. */
  static String text(String s) {
    return org.jixiao.diag.HtmlText.text(s);
  }

  /**
   * A relative link to a file in a folder, for an {@code href}: ASCII letters, digits, {@code - . _ ~}
   * and non-ASCII letters and digits (Chinese file names) stay as they are, every other character
   * is percent-encoded as UTF-8, so a name with {@code # ? % / "} or spaces still links to itself.
   */
  static String href(String folder, String fileName) {
    StringBuilder out = new StringBuilder();
    if (!folder.isEmpty()) {
      out.append(folder).append('/');
    }
    fileName.codePoints().forEach(cp -> {
      boolean plain = cp < 0x80
          ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || "-._~".indexOf(cp) >= 0
          : Character.isLetterOrDigit(cp);
      if (plain) {
        out.appendCodePoint(cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
      }
    });
    return attribute(out.toString());
  }
}
