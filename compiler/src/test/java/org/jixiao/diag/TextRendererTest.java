package org.jixiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.junit.jupiter.api.Test;

/** The excerpt under a message: long lines are cut around the span, and the carets stay under it. */
class TextRendererTest {
  private static final TextRenderer ZH = new TextRenderer(new Messages(Messages.Language.ZH));

  private static String[] render(String line, String spanned) {
    SourceFile file = SourceFile.ofString("a.jx", "project 甲 {\n" + line + "\n}\n");
    int start = file.text().indexOf(spanned);
    Diagnostic d = Diagnostic.of(DiagnosticCode.HTML_MARKUP_IN_TEXT, file, new Span(start, start + spanned.length()), "<p>");
    return ZH.render(d).split("\n");
  }

  @Test
  void shortLinesAreShownWhole() {
    String line = "  overview \"<p>为人才工作提供经费保障。\"";
    String[] out = render(line, "<p>");
    assertThat(out[3]).isEqualTo("2 | " + line);
    assertThat(out[4]).isEqualTo("  | " + " ".repeat(DisplayWidth.of("  overview \"")) + "^^^");
  }

  @Test
  void aLongTextIsCutAroundTheSpanAndTheCaretsStayUnderIt() {
    String before = "为人才工作提供经费保障，".repeat(40);
    String after = "按季度发放补助，".repeat(60);
    String line = "  overview \"" + before + "<p>" + after + "\"";
    String[] out = render(line, "<p>");
    String source = out[3];
    String carets = out[4];
    assertThat(DisplayWidth.of(source)).isLessThanOrEqualTo(TextRenderer.MAX_LINE + 8);
    assertThat(source).startsWith("2 |   overview \"...").contains("，<p>按季度").endsWith("...");
    assertThat(carets.indexOf('^')).isEqualTo(DisplayWidth.of(source.substring(0, source.indexOf("<p>"))));
    assertThat(carets.chars().filter(c -> c == '^').count()).isEqualTo(3);
  }

  @Test
  void aLongSpanShowsItsStartAndItsEnd() {
    String text = "为人才工作提供经费保障。".repeat(90);
    String line = "  plan \"" + text + "\"";
    String[] out = render(line, "\"" + text + "\"");
    long carets = out[4].chars().filter(c -> c == '^').count();
    assertThat(carets).isLessThanOrEqualTo(TextRenderer.MAX_SPAN + TextRenderer.ELLIPSIS.length());
    assertThat(out[3]).contains("\"为人才工作").contains("...").endsWith("保障。\"");
    assertThat(out[4].indexOf('^')).isEqualTo(DisplayWidth.of("2 |   plan "));
  }

  @Test
  void colourIsOnlyEscapesAroundTheSameText() {
    SourceFile file = SourceFile.ofString("a.jx", "  attribute 一次行\n");
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_ATTRIBUTE, file, new Span(12, 15), "一次行");
    String coloured = new TextRenderer(new Messages(Messages.Language.ZH), true).render(d);
    assertThat(coloured).startsWith("\u001B[1;31m错误[JX0103]\u001B[0m").contains("\u001B[1;31m^^^^^^\u001B[0m");
    assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(ZH.render(d));
    assertThat(ZH.render(d)).doesNotContain("\u001B");
  }
}
