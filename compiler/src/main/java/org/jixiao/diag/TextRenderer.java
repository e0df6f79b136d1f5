package org.jixiao.diag;

import org.jixiao.source.SourceFile;

/**
 * Renders a diagnostic for people, in the style of rustc and Pkl:
 *
 * <pre>
 * 错误[JX0101]: 未知的二级指标“数普”
 *   --&gt; examples/yangquan-2026/005-人才工作经费.jx:14:13
 *    |
 * 14 |   indicator 数普.人才补助发放人数 &gt;= 500 人/年
 *    |             ^^^^
 *    = 提示: 是否指“数量”（数量指标）？
 * </pre>
 *
 * A long line (a narrative of a thousand characters is one line) is shown around the span only,
 * with {@code ...} where text is left out, so the carets stay on the screen. With colour (a
 * terminal that wants it, see {@code cli.Terminal}), the severity word and the carets are in the
 * severity's colour and the frame in blue, as rustc and cargo do; without it the output is plain
 * text, byte for byte what files, pipes and CI logs get.
 *
 * Lines end with {@code \n} on every platform so that output is the same bytes everywhere.
 */
public final class TextRenderer {
  /** Lines wider than this (display columns) are cut around the span. */
  static final int MAX_LINE = 100;
  /** At most this much of the span itself is shown, its start and its end. */
  static final int MAX_SPAN = 60;
  /** Context kept before and after the span in a cut line. */
  static final int CONTEXT = 24;
  static final String ELLIPSIS = "...";

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String BLUE = "\u001B[1;34m";

  private final Messages messages;
  private final boolean color;

  public TextRenderer(Messages messages) {
    this(messages, false);
  }

  public TextRenderer(Messages messages, boolean color) {
    this.messages = messages;
    this.color = color;
  }

  public String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    String severity = severityColor(d.severity());
    out.append(paint(severity, messages.get(d.severity().key()) + '[' + d.code().code() + ']'))
        .append(paint(BOLD, ": " + messages.message(d)))
        .append('\n');
    SourceFile file = d.file();
    String gutter = " ";
    if (file != null) {
      int line = d.line();
      gutter = " ".repeat(String.valueOf(line).length() + 1);
      out.append(gutter, 0, gutter.length() - 1)
          .append(paint(BLUE, "-->"))
          .append(' ')
          .append(file.displayName())
          .append(':')
          .append(file.place() != null ? file.place() : line + ":" + d.column())
          .append('\n');
      if (!file.text().isEmpty()) {
        appendExcerpt(out, file, d, line, gutter, severity);
      }
    }
    for (String hint : messages.hints(d)) {
      out.append(gutter).append(paint(BLUE, "=")).append(' ').append(paint(BOLD, messages.get("label.hint"))).append(": ");
      out.append(hint.replace("\n", "\n" + gutter + "  ")).append('\n');
    }
    return out.toString();
  }

  private void appendExcerpt(StringBuilder out, SourceFile file, Diagnostic d, int line, String gutter, String severity) {
    int lineStart = file.lineStart(line);
    String rawLine = file.lineText(line);
    int from = Math.max(0, Math.min(d.span().start() - lineStart, rawLine.length()));
    int to = Math.max(from, Math.min(d.span().end() - lineStart, rawLine.length()));
    String before = visible(rawLine.substring(0, from));
    String span = visible(rawLine.substring(from, to));
    String after = visible(rawLine.substring(to));
    if (DisplayWidth.of(before) + DisplayWidth.of(span) + DisplayWidth.of(after) > MAX_LINE) {
      // The span first (its start and end), then what room is left around it: the text after it
      // gets at least CONTEXT columns, the text before it the rest, its start kept (the keyword).
      if (DisplayWidth.of(span) > MAX_SPAN) {
        span = head(span, MAX_SPAN * 2 / 3) + ELLIPSIS + tail(span, MAX_SPAN / 4);
      }
      int room = MAX_LINE - DisplayWidth.of(span);
      int afterRoom = Math.min(DisplayWidth.of(after), Math.max(CONTEXT, room - DisplayWidth.of(before)));
      int beforeRoom = Math.max(CONTEXT, room - afterRoom);
      if (DisplayWidth.of(before) > beforeRoom) {
        before = head(before, CONTEXT / 2) + ELLIPSIS + tail(before, beforeRoom - CONTEXT / 2 - ELLIPSIS.length());
      }
      if (DisplayWidth.of(after) > afterRoom) {
        after = head(after, afterRoom - ELLIPSIS.length()) + ELLIPSIS;
      }
    }
    int indent = DisplayWidth.of(before);
    int width = Math.max(1, DisplayWidth.of(span));
    out.append(gutter).append(paint(BLUE, "|")).append('\n');
    out.append(paint(BLUE, line + " |")).append(' ').append(before).append(span).append(after).append('\n');
    out.append(gutter).append(paint(BLUE, "|")).append(' ').append(" ".repeat(indent))
        .append(paint(severity, "^".repeat(width))).append('\n');
  }

  /** The longest start of {@code text} at most {@code columns} wide. */
  static String head(String text, int columns) {
    int width = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (width + DisplayWidth.of(cp) > columns) {
        break;
      }
      width += DisplayWidth.of(cp);
      i += Character.charCount(cp);
    }
    return text.substring(0, i);
  }

  /** The longest end of {@code text} at most {@code columns} wide. */
  static String tail(String text, int columns) {
    int width = 0;
    int i = text.length();
    while (i > 0) {
      int cp = text.codePointBefore(i);
      if (width + DisplayWidth.of(cp) > columns) {
        break;
      }
      width += DisplayWidth.of(cp);
      i -= Character.charCount(cp);
    }
    return text.substring(i);
  }

  private String paint(String sgr, String text) {
    return color ? sgr + text + RESET : text;
  }

  private static String severityColor(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001B[1;31m";
      case WARNING -> "\u001B[1;33m";
      default -> "\u001B[1;36m";
    };
  }

  /** Tabs become four spaces and control characters a visible symbol, so carets stay aligned. */
  private static String visible(String line) {
    StringBuilder b = new StringBuilder(line.length());
    line.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                b.append("    ");
              } else if (cp == 0xFEFF) {
                // invisible; DisplayWidth gives it 0 columns too
              } else if (Character.isISOControl(cp)) {
                b.append('\u2423');
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }
}
