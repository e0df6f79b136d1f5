package org.jixiao.diag;

/**
 * Escaping for every HTML jixiao writes (the forms' pages, the review for the bureau): each string
 * that came from a budget goes through {@link #text} (element content) or {@link #attribute} (a
 * quoted attribute value), so nothing a user wrote can become markup: the five characters
 * {@code & < > " '} are always replaced by references.
 */
public final class HtmlText {
  private HtmlText() {}

  /** Text for an attribute value in double quotes, or element content without line breaks. */
  public static String attribute(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escapeInto(out, s, false);
    return out.toString();
  }

  /** Element content: escaped, and each line break (\n, \r\n or \r) drawn as {@code <br>}. */
  public static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escapeInto(out, s, true);
    return out.toString();
  }

  private static void escapeInto(StringBuilder out, String s, boolean breaks) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r', '\n' -> {
          if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          out.append(breaks ? "<br>" : " ");
        }
        default -> out.append(c);
      }
    }
  }
}
