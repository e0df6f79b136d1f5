package org.jixiao.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.cli.BuildRunner;
import org.jixiao.cli.FmtRunner;
import org.jixiao.diag.Messages;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fuzzing harness (org.jixiao.fuzz) found fmt doing wrong, each as its own case. */
class FormatterFuzzFindingsTest {
  private static final Path REPO = Golden.repo();
  private static final Messages ZH = new Messages(Messages.Language.ZH);
  @TempDir Path dir;

  /** The file as fmt leaves it, written from {@code text}; fmt must neither refuse nor complain. */
  private String formatted(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    assertThat(fmt(f)).isEmpty();
    return Files.readString(f);
  }

  private String fmt(Path... paths) {
    StringWriter err = new StringWriter();
    new FmtRunner(List.of(paths), false, ZH, new PrintWriter(new StringWriter()), new PrintWriter(err), REPO).run();
    return err.toString();
  }

  /**
   * A diagnostic that shows a value the office wrote shows it as fmt prints it, so fmt changes no
   * message: a qualitative text with an escape, a filing date in digits, a grouped number, a cost
   * table's year with a leading zero (each a fuzzing finding of campaign 5).
   */
  @Test
  void aDiagnosticShowsAWrittenValueAsFmtPrintsIt() throws IOException {
    String shanxi = "budget 阳泉市 2026 {\n  profile 山西\n}\n";
    assertSameAfterFmt("JX0617", shanxi, "project 甲 {\n  attribute 一次性\n  indicator term 社会效益.保障 \"有效\"\n"
        + "  indicator annual 社会效益.保障 \"a\\b/c\"\n}\n");
    assertSameAfterFmt("JX0702", "budget 阳泉市 2036 {\n  profile 山西\n}\n", "project 乙 {\n  funds {}\n  filed 20251219175339\n}\n");
    assertSameAfterFmt("JX0510", shanxi, "project 丙 {\n  attribute 一次性\n  period 1 年\n  funds {}\n"
        + "  indicator 数量.补助人数 = 1,000,000 人/年\n  indicator 成本.补助标准 <= 200000 元/人\n}\n");
    assertSameAfterFmt("JX0531", "budget 江 2026 {\n  profile 湖北\n}\n", "project 丁 {\n  costs {\n    years 06 2 0\n  }\n}\n");
  }

  /**
   * A syntax error after more than 100 other findings (a file shows its first 100 by position):
   * fmt still knows the tree is not whole and leaves the file alone as a syntax error, rather
   * than formatting it and being stopped by its guard (campaign 6).
   */
  @Test
  void aSyntaxErrorPastTheFirstHundredFindingsStillStopsFmt() throws IOException {
    Path f = dir.resolve("many.jx");
    String text = "project 甲 {\n" + "  goal annual \"完成。\"\n".repeat(120) + "  profile 山西\n}\n";
    Files.writeString(f, text);
    String err = fmt(f);
    String name = f.toString().replace('\\', '/');
    assertThat(err).contains("JX0201").contains(ZH.get("fmt.syntax", name)).doesNotContain(ZH.get("fmt.refused", name));
    assertThat(Files.readString(f)).isEqualTo(text);
  }

  private void assertSameAfterFmt(String code, String budget, String project) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(code));
    Files.writeString(folder.resolve("budget.jx"), budget);
    Files.writeString(folder.resolve("p.jx"), project);
    List<String> before = argsOf(folder, code);
    assertThat(before).as(code).isNotEmpty();
    assertThat(fmt(folder.resolve("budget.jx"), folder.resolve("p.jx"))).isEmpty();
    assertThat(Files.readString(folder.resolve("p.jx"))).isNotEqualTo(project);
    assertThat(argsOf(folder, code)).isEqualTo(before);
  }

  private static List<String> argsOf(Path folder, String code) {
    org.jixiao.driver.CheckRun run = org.jixiao.driver.CheckRun.check(List.of(folder), folder);
    List<String> out = new java.util.ArrayList<>();
    run.diagnostics().stream().filter(d -> d.code().code().equals(code)).forEach(d -> out.add(d.argKeys().toString()));
    run.silenced().stream().filter(x -> x.diagnostic().code().code().equals(code))
        .forEach(x -> out.add(x.diagnostic().argKeys().toString()));
    return out;
  }

  @Test
  void aCommentAfterByteOrderMarksIsKept() throws IOException {
    assertThat(formatted("bom.jx", "\uFEFF\uFEFF# 注释\n")).isEqualTo("# 注释\n");
  }

  @Test
  void aFileOfOnlyWhiteSpaceTheGrammarSkipsIsLeftAloneWithoutComplaint() throws IOException {
    assertThat(formatted("nbsp.jx", "\u00A0\n\u3000\n")).isEqualTo("\u00A0\n\u3000\n");
  }

  @Test
  void aWeightWithAThousandsSeparatorIsFormatted() throws IOException {
    assertThat(formatted("weight.jx", "project 农 {\n  indicator 经.护 weight 1,000 explain \"说明\"\n}\n")).contains("weight 1000");
  }

  /** A field word the lexer reads as one name (full-width digits too) stays bare, never quoted. */
  @Test
  void aFieldWordWithAFullWidthDigitStaysBare() throws IOException {
    assertThat(formatted("field.jx", "project 教{funds{}\nw\"\"\n１s\"\"}")).isEqualTo("project 教 {\n  funds {\n  }\n  w \"\"\n  １s \"\"\n}\n");
  }

  /** An indicator's text over two lines with a comment between them: kept as written, comment and all. */
  @Test
  void anIndicatorTextOverSeveralLinesKeepsItsComment() throws IOException {
    assertThat(formatted("explain.jx", "project 城{indicator 满.t explain\"甲\"\n#注\n\"乙\"}")).isEqualTo("project 城 {\n  indicator 满.t explain\"甲\"\n#注\n\"乙\"\n}\n");
  }

  /** A part written twice on an indicator line (JX0302): the line is kept as written, no text dropped. */
  @Test
  void anIndicatorWithAPartWrittenTwiceKeepsBoth() throws IOException {
    assertThat(formatted("twice.jx", "project 农{funds{}\nindicator 效.\"\" standard \"计\" standard \"新\"\n}\n"))
        .contains("standard \"计\" standard \"新\"");
  }

  /** An allow's reason over two lines with a comment between: the statement is kept as written. */
  @Test
  void anAllowReasonOverSeveralLinesKeepsItsComment() throws IOException {
    assertThat(formatted("allow.jx", "project 费{w\"\"allow X\"甲\"\n#注\n\"乙\"}")).contains("#注").contains("\"乙\"");
  }

  /** An indicator with an allow moved into framework order: the guard lets its allow move too. */
  @Test
  void anAllowMovesWithItsIndicator() throws IOException {
    Path budget = Files.createDirectories(dir.resolve("moved"));
    Files.writeString(budget.resolve("budget.jx"), "budget 阳泉市 2026 {\n  profile 山西\n}\n");
    Path f = budget.resolve("p.jx");
    Files.writeString(f, "project 才 {\n  indicator 满意度.甲 >= 90% allow JX0601 \"理由一\"\n"
        + "  indicator 数量.乙 >= 5 人 allow JX0602 \"理由二\"\n}\n");
    assertThat(fmt(budget)).isEmpty();
    assertThat(Files.readString(f)).contains("allow JX0601 \"理由一\"", "allow JX0602 \"理由二\"")
        .matches("(?s).*数量.乙.*满意度.甲.*");
  }

  /** fmt puts indicators in framework order; the JSON lists them so already, as the printed form. */
  @Test
  void indicatorsOutOfFrameworkOrderGiveTheSameJsonBeforeAndAfterFmt() throws IOException {
    Path budget = dir.resolve("budget");
    copy(REPO.resolve("examples/yangquan-2026"), budget);
    Path form = budget.resolve("005-人才工作经费.jx");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(form));
    int satisfaction = -1;
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("  indicator ")) {
        first = first < 0 ? i : first;
        satisfaction = lines.get(i).contains("满意度") ? i : satisfaction;
      }
    }
    lines.add(first, lines.remove(satisfaction)); // a 满意度 indicator first: out of framework order
    Files.write(form, lines);
    String before = json(budget, "before");
    fmt(budget);
    assertThat(Files.readAllLines(form).get(first)).doesNotContain("满意度");
    // The indicators are the same, in the same order; only the diagnostics' positions moved.
    assertThat(withoutPositions(json(budget, "after"))).isEqualTo(withoutPositions(before));
  }

  private static String withoutPositions(String json) {
    return json.replaceAll("(?m)^\\s*\"(line|column)\" : \\d+,?$\\R", "");
  }

  private String json(Path budget, String name) throws IOException {
    Path out = dir.resolve(name);
    new BuildRunner(List.of(budget), out, List.of("json"), ZH, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), dir).run();
    StringBuilder all = new StringBuilder();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        all.append(out.relativize(p)).append('\n').append(Files.readString(p));
      }
    }
    return all.toString();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
