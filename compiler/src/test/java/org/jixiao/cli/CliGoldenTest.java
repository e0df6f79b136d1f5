package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * The command line as a reader meets it, in goldens under {@code src/test/files/Cli}: wrong usage
 * in one line in each language, the short help of a bare {@code jixiao}, an English summary with
 * its plurals, and the colours a terminal gets ({@code \e} standing for the escape character).
 */
class CliGoldenTest {
  static final Path ROOT = Golden.repo().resolve("compiler/src/test/files/Cli");
  private static final Path SNIPPETS = Golden.repo().resolve("compiler/src/test/files/CheckSnippets/input");

  private static String session(Map<String, String> env, List<String[]> commands) {
    StringBuilder out = new StringBuilder();
    for (String[] args : commands) {
      StringWriter stdout = new StringWriter();
      StringWriter stderr = new StringWriter();
      int exit = Main.run(args, new PrintWriter(stdout), new PrintWriter(stderr), env);
      out.append("$ jixiao ").append(String.join(" ", args)).append("   # exit ").append(exit).append('\n');
      out.append(stdout.toString().replaceAll("\\d+\\.\\d+ (秒|s)", "… $1"));
      out.append(stderr);
      out.append('\n');
    }
    return out.toString().replace(SNIPPETS.toString(), "…/input").replace('\\', '/');
  }

  private static List<String[]> usageMistakes() {
    return List.of(
        new String[0],
        new String[] {"check"},
        new String[] {"check", "nowhere/路径"},
        new String[] {"check", "--format", "xml", "."},
        new String[] {"check", "--frmat", "json", "."},
        new String[] {"check", "--lang", "fr", "."},
        new String[] {"chek", "."},
        new String[] {"frobnicate"},
        new String[] {"build", "."},
        new String[] {"build", "-o", "out", "--format", "pdf", "."},
        new String[] {"schema", "project"});
  }

  @Test
  void wrongUsageInChinese() {
    Golden.assertMatches(ROOT.resolve("usage.zh.txt"), session(Map.of("LANG", "zh_CN.UTF-8"), usageMistakes()));
  }

  @Test
  void wrongUsageInEnglish() {
    Golden.assertMatches(ROOT.resolve("usage.en.txt"), session(Map.of("LANG", "en_US.UTF-8"), usageMistakes()));
  }

  @Test
  void englishSummaryCountsInSingularAndPlural(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path one = java.nio.file.Files.createDirectories(dir.resolve("one"));
    Path two = java.nio.file.Files.createDirectories(dir.resolve("two"));
    String form = java.nio.file.Files.readString(SNIPPETS.resolve("syntax/text-without-quotes.jx"));
    for (Path folder : List.of(one, two)) {
      java.nio.file.Files.writeString(folder.resolve("005-a.jx"), form.replace("budget 阳泉市", "budget " + folder.getFileName()));
    }
    java.nio.file.Files.writeString(two.resolve("006-b.jx"), form.substring(form.indexOf("project"))
        .replace("人才工作经费", "人才工作经费二").replace("  phone 0353-6021234\n", "  plan \"按季度发放\"\n"));
    String text = session(Map.of("LANG", "en_US.UTF-8"),
        List.<String[]>of(new String[] {"check", one.toString()}, new String[] {"check", one.toString(), two.toString()}))
        .replace(dir.toString().replace('\\', '/'), "<dir>");
    assertThat(text).contains("Checked 1 file, 1 project: 1 error, 0 warnings").contains("Checked 3 files, 3 projects: ");
    Golden.assertMatches(ROOT.resolve("check.en.txt"), text);
  }

  @Test
  void colourMarksTheSeverityAndTheCaretsOnly() throws Exception {
    StringBuilder out = new StringBuilder();
    for (String name : List.of("syntax/text-without-quotes.jx", "allow/allow-unused.jx", "structure/unknown-keyword.jx")) {
      TextRenderer plain = new TextRenderer(new Messages(Messages.Language.ZH));
      TextRenderer coloured = new TextRenderer(new Messages(Messages.Language.ZH), true);
      for (Diagnostic d : org.jixiao.golden.CheckSnippetsTest.compile(SNIPPETS.resolve(name)).diagnostics()) {
        String c = coloured.render(d);
        assertThat(c.replaceAll("\u001B\\[[0-9;]*m", "")).as("colour adds nothing but escapes").isEqualTo(plain.render(d));
        out.append(c.replace("\u001B", "\\e")).append('\n');
      }
    }
    Golden.assertMatches(ROOT.resolve("colour.txt"), out.toString());
  }

  @Test
  void noColourUnlessATerminalOrAsked() {
    String form = SNIPPETS.resolve("syntax/text-without-quotes.jx").toString();
    StringWriter never = new StringWriter();
    Main.run(new String[] {"check", "--color", "never", form}, new PrintWriter(never), new PrintWriter(new StringWriter()), Map.of());
    StringWriter auto = new StringWriter();
    // The tests' standard output is no terminal: auto is plain, as in a pipe or a CI log.
    Main.run(new String[] {"check", form}, new PrintWriter(auto), new PrintWriter(new StringWriter()), Map.of());
    StringWriter always = new StringWriter();
    Main.run(new String[] {"check", "--color", "always", form}, new PrintWriter(always), new PrintWriter(new StringWriter()), Map.of());
    assertThat(never.toString()).doesNotContain("\u001B");
    assertThat(auto.toString()).doesNotContain("\u001B");
    assertThat(always.toString()).contains("\u001B[1;31m错误[JX0201]\u001B[0m");
  }
}
