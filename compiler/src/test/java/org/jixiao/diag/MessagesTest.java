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

  @Test
  void englishCountsTakeTheirPlural() {
    Messages en = new Messages(Messages.Language.EN);
    assertThat(en.get("summary.text", "1", "1", "0", "1", "0.20")).isEqualTo("Checked 1 file, 1 project: 0 errors, 1 warning (0.20 s).");
    assertThat(en.get("summary.text", "2", "3", "1", "0", "0.20")).isEqualTo("Checked 2 files, 3 projects: 1 error, 0 warnings (0.20 s).");
    assertThat(en.get("summary.silenced", "1")).isEqualTo(" 1 more warning was silenced by allow, with reasons.");
    // Chinese has no plural and never writes one.
    assertThat(new Messages(Messages.Language.ZH).get("summary.text", "1", "1", "0", "1", "0.20"))
        .isEqualTo("检查了 1 个文件、1 个项目：0 个错误，1 个警告（用时 0.20 秒）。");
  }

  @Test
  void listsAreJoinedInTheReadersLanguage() {
    Arg list = Arg.list(java.util.List.of(Arg.text("甲"), Arg.key("token.NL"), Arg.key("token.quoted", Arg.text("{"))));
    assertThat(new Messages(Messages.Language.ZH).render(list)).isEqualTo("甲、行尾、“{”");
    assertThat(new Messages(Messages.Language.EN).render(list)).isEqualTo("甲, end of line, \"{\"");
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_PROFILE, null, org.jixiao.source.Span.NONE, "甲")
        .withHint(Hint.list("hint.known", java.util.List.of("山西", "全国")));
    assertThat(new Messages(Messages.Language.EN).hints(d)).containsExactly("Known: 山西, 全国.");
  }

  @Test
  void everyPluralFormHasTwoWords() throws IOException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d\\|([^}]*)\\}").matcher(
        new String(MessagesTest.class.getResourceAsStream("/org/jixiao/diag/messages_en.properties").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8));
    int count = 0;
    while (m.find()) {
      assertThat(m.group(1).split("\\|", -1)).as(m.group()).hasSize(2).doesNotContain("");
      count++;
    }
    assertThat(count).isGreaterThan(10);
  }
}
