package org.jixiao.syntax;

/** The string literals of the language: one place that knows their escapes. */
public final class Quoting {
  private Quoting() {}

  /** A text as a string literal: in quotes, with its quotes, backslashes, line breaks and tabs escaped. */
  public static String quote(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** Removes the quotes and resolves {@code \"}, {@code \\}, {@code \n} and {@code \t}. */
  public static String unquote(String quoted) {
    int end = quoted.length() > 1 && quoted.endsWith("\"") ? quoted.length() - 1 : quoted.length();
    if (quoted.indexOf('\\') < 0) {
      return quoted.substring(Math.min(1, end), end); // most strings escape nothing: no copy char by char
    }
    StringBuilder b = new StringBuilder(end);
    for (int i = 1; i < end; i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < end) {
        char next = quoted.charAt(++i);
        switch (next) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case '"', '\\' -> b.append(next);
          default -> b.append(c).append(next);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
