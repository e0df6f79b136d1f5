package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.backend.HtmlTesting.EXAMPLE;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser prints every example page to PDF: A4, with each form's title and both totals
 * in the text, and nothing outside the page's printable width. Needs Debian's chromium and
 * poppler-utils (pdfinfo, pdftotext), which .ci/run installs; skipped without them.
 */
class HtmlPrintTest {
  static final double A4_SHORT = 595.28;
  static final double A4_LONG = 841.89;
  static final double MARGIN_X_PT = HtmlPage.MARGIN_X_MM * 72 / 25.4;

  Path chromium;

  @TempDir Path temp;

  /** Checked before each test (not once for the class) so that each reports itself skipped, with why. */
  @BeforeEach
  void tools() {
    String configured = System.getenv("JIXIAO_CHROMIUM");
    chromium = configured != null ? Path.of(configured)
        : onPath("chromium").or(() -> onPath("chromium-browser")).orElse(null);
    Assumptions.assumeTrue(chromium != null && Files.isExecutable(chromium),
        "chromium is not installed (apt-get install -y chromium fonts-noto-cjk poppler-utils, as .ci/run does); "
            + "the HTML print test is skipped");
    Assumptions.assumeTrue(onPath("pdfinfo").isPresent() && onPath("pdftotext").isPresent(),
        "pdfinfo/pdftotext are not installed (apt-get install -y poppler-utils, as .ci/run does); "
            + "the HTML print test is skipped");
    Assumptions.assumeTrue(chineseFont(),
        "no Chinese font is installed (apt-get install -y fonts-noto-cjk, as .ci/run does); the HTML print test is skipped");
  }

  /** True when fontconfig knows a font for Chinese, such as Noto Serif CJK SC. */
  static boolean chineseFont() {
    if (onPath("fc-list").isEmpty()) {
      return false;
    }
    try {
      Process p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isBlank();
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Optional<Path> onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  static String run(Path workdir, List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(workdir, "run", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("%s\n%s", command, output).isZero();
    return output;
  }

  Path print(Path html) throws IOException, InterruptedException {
    Path pdf = temp.resolve(html.getFileName().toString().replaceFirst("\\.html$", ".pdf"));
    run(temp, List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + temp.resolve("profile"), "--print-to-pdf=" + pdf, "--no-pdf-header-footer",
        html.toUri().toString()));
    assertThat(pdf).isRegularFile();
    return pdf;
  }

  /** The page size in points, from pdfinfo. */
  static double[] pageSize(Path pdf) throws IOException, InterruptedException {
    String info = run(pdf.getParent(), List.of("pdfinfo", pdf.toString()));
    Matcher m = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts").matcher(info);
    assertThat(m.find()).as(info).isTrue();
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  static String text(Path pdf) throws IOException, InterruptedException {
    return run(pdf.getParent(), List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
  }

  /** The text of one page, counted from 1. */
  static String text(Path pdf, int page) throws IOException, InterruptedException {
    return run(pdf.getParent(), List.of("pdftotext", "-enc", "UTF-8", "-f", String.valueOf(page), "-l",
        String.valueOf(page), pdf.toString(), "-"));
  }

  /** The number of pages, from pdfinfo. */
  static int pages(Path pdf) throws IOException, InterruptedException {
    Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run(pdf.getParent(), List.of("pdfinfo", pdf.toString())));
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** Every word's right edge, from pdftotext -bbox. */
  static List<Double> rightEdges(Path pdf) throws IOException, InterruptedException {
    String boxes = run(pdf.getParent(), List.of("pdftotext", "-bbox", pdf.toString(), "-"));
    List<Double> edges = new ArrayList<>();
    Matcher m = Pattern.compile("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"").matcher(boxes);
    while (m.find()) {
      assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(MARGIN_X_PT - 1);
      edges.add(Double.parseDouble(m.group(2)));
    }
    return edges;
  }

  /** pdftotext breaks lines where the page does; compare without any whitespace. */
  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void everyFormPrintsOnA4PortraitWithItsTitleAndTotals() throws Exception {
    BuildInput input = HtmlTesting.input(EXAMPLE);
    Path out = HtmlTesting.build(EXAMPLE, temp.resolve("out"));
    for (int i = 0; i < input.projects().size(); i++) {
      ProjectView p = input.projects().get(i);
      Path pdf = print(out.resolve("projects/" + input.fileNames().get(i) + ".html"));
      double[] size = pageSize(pdf);
      assertThat(size[0]).as("%s width", pdf).isCloseTo(A4_SHORT, Offset.offset(1.0));
      assertThat(size[1]).as("%s height", pdf).isCloseTo(A4_LONG, Offset.offset(1.0));
      String text = squeeze(text(pdf));
      assertThat(text).as(pdf.toString())
          .contains(squeeze(input.title()), "（" + input.year() + "年度）", squeeze(p.name()))
          .contains("实施期资金总额：" + HtmlTesting.formMoney(input, p.total().term()))
          .contains("年度资金总额：" + HtmlTesting.formMoney(input, p.total().annual()));
      assertThat(rightEdges(pdf)).as("%s: text beyond the right margin", pdf)
          .allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(A4_SHORT - MARGIN_X_PT + 1));
    }
  }

  @Test
  void aFormThatFitsPrintsOnOnePageAndALongOneRepeatsTheIndicatorHead() throws Exception {
    Path out = HtmlTesting.build(EXAMPLE, temp.resolve("out"));
    // 057 once printed its last indicator row and the footer on a second page.
    Path fits = print(out.resolve("projects/057-购买公共文化服务.html"));
    assertThat(pages(fits)).as(fits.toString()).isEqualTo(1);
    // 005's narratives are long: its indicator table runs on to page 2, under its own head.
    Path runsOn = print(out.resolve("projects/005-人才工作经费.html"));
    assertThat(pages(runsOn)).as(runsOn.toString()).isGreaterThan(1);
    assertThat(squeeze(text(runsOn, 2))).as("page 2 of %s", runsOn).contains("一级指标", "二级指标", "三级指标", "指标值");
  }

  @Test
  void summaryPrintsOnA4LandscapeWithEveryProject() throws Exception {
    BuildInput input = HtmlTesting.input(EXAMPLE);
    Path out = HtmlTesting.build(EXAMPLE, temp.resolve("out"));
    Path pdf = print(out.resolve("index.html"));
    double[] size = pageSize(pdf);
    assertThat(size[0]).isCloseTo(A4_LONG, Offset.offset(1.0));
    assertThat(size[1]).isCloseTo(A4_SHORT, Offset.offset(1.0));
    String text = squeeze(text(pdf));
    assertThat(text).contains(squeeze(input.title()) + "汇总表（" + input.year() + "年度）");
    for (ProjectView p : input.projects()) {
      assertThat(text).contains(HtmlTesting.formMoney(input, p.total().term()), HtmlTesting.formMoney(input, p.total().annual()));
    }
    assertThat(rightEdges(pdf)).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(A4_LONG - MARGIN_X_PT + 1));
  }

  /** Every template's forms print on A4 with their title and annual total, in the template's money unit. */
  @Test
  void everyTemplatePrintsOnA4WithItsTitleAndTotal() throws Exception {
    for (Path budget : TemplateExamples.clean()) {
      BuildInput input = HtmlTesting.input(budget);
      Path out = TemplateExamples.build(budget, temp.resolve("t-" + budget.getFileName()), "html");
      for (int i = 0; i < input.projects().size(); i++) {
        ProjectView p = input.projects().get(i);
        Path pdf = print(out.resolve("projects/" + input.fileNames().get(i) + ".html"));
        double[] size = pageSize(pdf);
        assertThat(size[0]).as("%s width", pdf).isCloseTo(A4_SHORT, Offset.offset(1.0));
        String text = squeeze(text(pdf));
        assertThat(text).as(pdf.toString())
            .contains(squeeze(input.title()), squeeze(p.name()), HtmlTesting.formMoney(input, p.total().annual()));
      }
    }
  }

  /**
   * Each 阳泉 project's 自评表 prints on one A4 portrait page, inside the margins, with its title,
   * the project, every indicator's score, the 预算执行率 and the 总分 and grade the JSON gives.
   */
  @Test
  void everySelfEvaluationPrintsOnOneA4PageWithItsScores() throws Exception {
    BuildInput input = HtmlTesting.input(EXAMPLE);
    Path out = HtmlTesting.build(EXAMPLE, temp.resolve("out"));
    int printed = 0;
    for (int i = 0; i < input.projects().size(); i++) {
      ProjectView p = input.projects().get(i);
      ProjectView.SelfEvaluation se = p.selfEvaluation();
      if (se == null) {
        continue;
      }
      Path pdf = print(out.resolve("自评表/" + input.fileNames().get(i) + ".html"));
      double[] size = pageSize(pdf);
      assertThat(size[0]).as("%s width", pdf).isCloseTo(A4_SHORT, Offset.offset(1.0));
      assertThat(size[1]).as("%s height", pdf).isCloseTo(A4_LONG, Offset.offset(1.0));
      assertThat(pages(pdf)).as("%s pages", pdf).isEqualTo(1);
      String text = squeeze(text(pdf));
      assertThat(text).as(pdf.toString()).contains("项目支出绩效自评表", "（" + input.year() + "年度）", squeeze(p.name()),
          "总分", se.weights(), se.writtenTotal() != null ? se.writtenTotal() : TableBlock.figure(se.total()), se.grade());
      for (ProjectView.Actual a : se.actuals()) {
        assertThat(text).as("%s: %s", pdf, a.name()).contains(TableBlock.figure(a.counted()));
      }
      assertThat(text).contains(TableBlock.figure(se.execution().score()));
      assertThat(rightEdges(pdf)).as("%s: text beyond the right margin", pdf)
          .allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(A4_SHORT - MARGIN_X_PT + 1));
      printed++;
    }
    assertThat(printed).isEqualTo(input.projects().size());
  }

  /** A 监控表 prints on A4 portrait inside the margins, with its month and each forecast. */
  @Test
  void aMonitoringFormPrintsOnA4WithItsMonthAndForecasts() throws Exception {
    BuildInput input = HtmlTesting.input(EXAMPLE);
    Path out = HtmlTesting.build(EXAMPLE, temp.resolve("out"));
    ProjectView p = input.projects().get(0);
    Path pdf = print(out.resolve("监控表/" + input.fileNames().get(0) + ".html"));
    assertThat(pageSize(pdf)[0]).isCloseTo(A4_SHORT, Offset.offset(1.0));
    String text = squeeze(text(pdf));
    assertThat(text).contains("项目支出绩效目标执行监控表", "1—" + p.monitoring().month() + "月执行数", p.monitoring().date());
    p.monitoring().actuals().forEach(a -> assertThat(text).contains(squeeze(a.forecast())));
    assertThat(rightEdges(pdf)).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(A4_SHORT - MARGIN_X_PT + 1));
  }
}
