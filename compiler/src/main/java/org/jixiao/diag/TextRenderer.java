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
 * Lines end with {@code \n} on every platform so that output is the same bytes everywhere.
 */
public final class TextRenderer {
  private final Messages messages;

  public TextRenderer(Messages messages) {
    this.messages = messages;
  }

  public String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    out.append(messages.get(d.severity().key()))
        .append('[')
        .append(d.code().code())
        .append("]: ")
        .append(messages.message(d))
        .append('\n');
    SourceFile file = d.file();
    String gutter = " ";
    if (file != null) {
      int line = d.line();
      gutter = " ".repeat(String.valueOf(line).length() + 1);
      out.append(gutter, 0, gutter.length() - 1)
          .append("--> ")
          .append(file.displayName())
          .append(':')
          .append(line)
          .append(':')
          .append(d.column())
          .append('\n');
      if (!file.text().isEmpty()) {
        appendExcerpt(out, file, d, line, gutter);
      }
    }
    for (String hint : messages.hints(d)) {
      out.append(gutter).append("= ").append(messages.get("label.hint")).append(": ");
      out.append(hint.replace("\n", "\n" + gutter + "  ")).append('\n');
    }
    return out.toString();
  }

  private static void appendExcerpt(
      StringBuilder out, SourceFile file, Diagnostic d, int line, String gutter) {
    String text = visible(file.lineText(line));
    int lineStart = file.lineStart(line);
    String rawLine = file.lineText(line);
    int from = Math.max(0, Math.min(d.span().start() - lineStart, rawLine.length()));
    int to = Math.max(from, Math.min(d.span().end() - lineStart, rawLine.length()));
    int indent = DisplayWidth.of(visible(rawLine.substring(0, from)));
    int width = Math.max(1, DisplayWidth.of(visible(rawLine.substring(from, to))));
    out.append(gutter).append("|\n");
    out.append(line).append(" | ").append(text).append('\n');
    out.append(gutter).append("| ").append(" ".repeat(indent)).append("^".repeat(width)).append('\n');
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
