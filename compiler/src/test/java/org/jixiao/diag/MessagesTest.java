package org.jixiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void chineseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(keys("/org/jixiao/diag/messages_en.properties"))
        .isEqualTo(keys("/org/jixiao/diag/messages.properties"));
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    for (Messages.Language language : Messages.Language.values()) {
      Messages m = new Messages(language);
      for (DiagnosticCode code : DiagnosticCode.values()) {
        assertThat(m.has(code.code() + ".message")).as(code.code() + " in " + language).isTrue();
      }
    }
  }

  @Test
  void languageComesFromTheLocaleVariablesInTheirOrder() {
    assertThat(Messages.Language.fromEnvironment(java.util.Map.of())).isEqualTo(Messages.Language.ZH);
    assertThat(Messages.Language.fromEnvironment(java.util.Map.of("LANG", "C.UTF-8"))).isEqualTo(Messages.Language.ZH);
    assertThat(Messages.Language.fromEnvironment(java.util.Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Messages.Language.EN);
    assertThat(Messages.Language.fromEnvironment(java.util.Map.of("LANG", "en_US.UTF-8", "LC_ALL", "zh_CN.UTF-8")))
        .isEqualTo(Messages.Language.ZH);
    assertThat(Messages.Language.fromEnvironment(java.util.Map.of("LC_ALL", "", "LC_MESSAGES", "en_GB")))
        .isEqualTo(Messages.Language.EN);
  }

  @Test
  void argumentsAndKeyReferencesAreSubstituted() {
    Messages zh = new Messages(Messages.Language.ZH);
    assertThat(zh.get("JX0201.message", "@token.NL")).isEqualTo("此处不应出现行尾");
    assertThat(new Messages(Messages.Language.EN).get("JX0309.message", "甲", "@column.annual"))
        .isEqualTo("The indicator \"甲\" is written twice in the annual column.");
  }

  @Test
  void caretsLineUpUnderChineseText() {
    var file = org.jixiao.source.SourceFile.ofString("a.jx", "  indicator 数普.补助 >= 5 人\n");
    int start = file.text().indexOf("数普");
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_CATEGORY, file, new org.jixiao.source.Span(start, start + 2), "数普", "框架");
    String[] lines = new TextRenderer(new Messages(Messages.Language.ZH)).render(d).split("\n");
    String source = lines[3];
    String carets = lines[4];
    int sourceColumn = DisplayWidth.of(source.substring(0, source.indexOf("数普")));
    assertThat(carets.indexOf('^')).isEqualTo(sourceColumn);
    assertThat(carets.strip()).endsWith(" ^^^^").doesNotContain("^^^^^");
  }
}
