package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.backend.HtmlTesting.EXAMPLE;
import static org.jixiao.backend.HtmlTesting.REPO;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.backend.HtmlTesting.Slot;
import org.jixiao.testing.Golden;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlBackendTest {
  static final Path GOLDEN = REPO.resolve("compiler/src/test/files/Build/html");

  @TempDir Path temp;

  /** Every file the HTML backend wrote, by path relative to the budget's folder. */
  static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = folder.relativize(p).toString().replace('\\', '/');
        if (!name.equals(OutputFolder.MARKER)) {
          files.put(name, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  @Test
  void examplePagesMatchTheGoldenFiles() throws IOException {
    Map<String, byte[]> files = files(HtmlTesting.build(EXAMPLE, temp));
    // index.html, and each of the 7 projects' target form, 自评表 and 监控表.
    assertThat(files).containsKey("index.html").containsKey("自评表/005-人才工作经费.html").hasSize(1 + 3 * 7);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Golden.assertMatches(GOLDEN.resolve(f.getKey()), new String(f.getValue(), StandardCharsets.UTF_8));
    }
    assertThat(files(GOLDEN).keySet()).isEqualTo(files.keySet());
  }

  @Test
  void buildingTwiceGivesTheSameBytes() throws IOException {
    Map<String, byte[]> first = files(HtmlTesting.build(EXAMPLE, temp.resolve("a")));
    Map<String, byte[]> second = files(HtmlTesting.build(EXAMPLE, temp.resolve("b")));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String name : first.keySet()) {
      assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
    }
  }

  @Test
  void pagesAreSelfContainedWithoutScript() throws IOException {
    for (Map.Entry<String, byte[]> f : files(HtmlTesting.build(EXAMPLE, temp)).entrySet()) {
      String html = new String(f.getValue(), StandardCharsets.UTF_8);
      assertThat(html).as(f.getKey())
          .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .doesNotContain("\r", "<script", "<link", "src=", "url(", "@import", "http:", "https:", "//")
          .contains("font-family: \"宋体\", SimSun, \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", serif;")
          .contains(f.getKey().equals("index.html") ? "@page { size: A4 landscape;" : "@page { size: A4 portrait;")
          .endsWith("</html>\n");
      assertNoActiveContent(Jsoup.parse(html), f.getKey());
    }
  }

  static void assertNoActiveContent(Document doc, String name) {
    assertThat(doc.select("script, img, iframe, object, embed, link, form, base, svg, math")).as(name).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("%s: <%s %s>", name, e.tagName(), a).doesNotStartWithIgnoringCase("on");
      }
    }
    for (Element a : doc.select("a")) {
      assertThat(a.attr("href")).as(name).doesNotContain(":");
    }
  }

  @Test
  void formCellsSitWhereTheGridPutsThemWithItsSpans() {
    BuildInput input = HtmlTesting.input(EXAMPLE);
    assertThat(input.projects()).hasSize(7);
    for (ProjectView p : input.projects()) {
      Grid grid = FormLayout.of(p, input.formContext());
      Elements tables = Jsoup.parse(HtmlBackend.project(input, p)).select("table.form");
      assertTableDraws(grid, tables);
      // The indicator table is a table of its own, its head in the thead that a browser repeats.
      assertThat(tables).hasSize(2);
      assertThat(tables.get(1).select("thead td").eachText()).containsSubsequence("一级指标", "二级指标", "三级指标", "指标值");
    }
  }

  @Test
  void summaryCellsSitWhereTheGridPutsThemAndNamesLinkToTheForms() throws IOException {
    BuildInput input = HtmlTesting.input(EXAMPLE);
    Grid grid = SummaryLayout.of(input, XlsxBackend.sourceLabels(input));
    Path out = HtmlTesting.build(EXAMPLE, temp);
    Document doc = Jsoup.parse(Files.readString(out.resolve("index.html")));
    Element table = doc.selectFirst("table.summary");
    assertTableDraws(grid, doc.select("table.summary"));
    assertThat(table.select("thead > tr")).hasSize(grid.headerRows());
    List<Element> links = table.select("a");
    assertThat(links).hasSize(input.projects().size());
    for (int i = 0; i < links.size(); i++) {
      assertThat(links.get(i).text()).isEqualTo(input.projects().get(i).name());
      String href = URLDecoder.decode(links.get(i).attr("href"), StandardCharsets.UTF_8);
      assertThat(href).isEqualTo("projects/" + input.fileNames().get(i) + ".html");
      assertThat(out.resolve(href)).isRegularFile();
    }
  }

  /**
   * Each grid cell is one td at its place with its spans, role and text, or, when it starts in a
   * section's head and runs on below it, two tds one above the other (the text in the lower);
   * any other td is empty. The tables are read as one, row after row.
   */
  static void assertTableDraws(Grid grid, Elements tables) {
    Element all = new Element("table");
    for (Element table : tables) {
      assertThat(table.select("col")).hasSize(grid.columnCount());
      table.select("tr").forEach(tr -> all.appendChild(tr.clone()));
    }
    assertThat(all.select("tr")).hasSize(grid.rowCount());
    Map<String, Slot> slots = new TreeMap<>();
    for (Slot s : HtmlTesting.slots(all)) {
      slots.put(s.row() + "," + s.column(), s);
    }
    List<String> drawn = new ArrayList<>();
    for (Grid.Cell cell : grid.cells()) {
      StringBuilder text = new StringBuilder();
      for (int row = cell.row(); row < cell.row() + cell.rowSpan(); ) {
        String at = row + "," + cell.column();
        Slot s = slots.get(at);
        assertThat(s).as("%s: no cell at %s for %s", grid.name(), at, cell).isNotNull();
        assertThat(s.columnSpan()).as("column span at %s", at).isEqualTo(cell.columnSpan());
        assertThat(s.td().hasClass(cell.role().name().toLowerCase().replace('_', '-'))).as("role at %s", at).isTrue();
        text.append(HtmlTesting.text(s.td()));
        drawn.add(at);
        row += s.rowSpan();
        assertThat(row).as("row span at %s", at).isLessThanOrEqualTo(cell.row() + cell.rowSpan());
      }
      assertThat(text.toString()).as("text at %s,%s", cell.row(), cell.column()).isEqualTo(HtmlTesting.expected(cell));
    }
    slots.keySet().removeAll(drawn);
    for (Slot s : slots.values()) {
      assertThat(s.td().hasClass("empty") && s.td().childNodeSize() == 0).as("extra cell %s", s).isTrue();
    }
  }

  @Test
  void theSummaryPrintsAtNinePointsOrMore() throws IOException {
    String index = Files.readString(HtmlTesting.build(EXAMPLE, temp).resolve("index.html"));
    Matcher m = Pattern.compile("table\\.summary \\{ font-size: ([0-9.]+)pt").matcher(index);
    assertThat(m.find()).isTrue();
    assertThat(new BigDecimal(m.group(1))).isGreaterThanOrEqualTo(new BigDecimal("9"));
  }

  @Test
  void amountsShowTheSpreadsheetText() {
    assertThat(HtmlTable.money(new BigDecimal("58372000"))).isEqualTo("58,372,000.00");
    assertThat(HtmlTable.money(new BigDecimal("0"))).isEqualTo("0.00");
    assertThat(HtmlTable.money(new BigDecimal("1234.565"))).isEqualTo("1,234.57");
    assertThat(HtmlTable.money(new BigDecimal("-1234.5"))).isEqualTo("-1,234.50");
    assertThat(HtmlTable.money(new BigDecimal("123456789012.3"))).isEqualTo("123,456,789,012.30");
  }

  @Test
  void aWideAmountWidensTheColumnsInsteadOfOverflowing() {
    Grid small = new Grid("g", List.of(4, 10), 1, 0, List.of(
        new Grid.Cell(0, 1, 1, 1, new Grid.Value.Money(new BigDecimal("58372000")), Grid.Role.MONEY)));
    Grid wide = new Grid("g", List.of(4, 10), 1, 0, List.of(
        new Grid.Cell(0, 1, 1, 1, new Grid.Value.Money(new BigDecimal("123456789012")), Grid.Role.MONEY)));
    assertThat(HtmlTable.unit(small)).isEqualByComparingTo("0.75");
    assertThat(HtmlTable.unit(wide)).isGreaterThan(new BigDecimal("0.9"));
    assertThat(HtmlTable.of(small, "t", c -> null)).contains("<col style=\"width:3em\">", "<col style=\"width:7.5em\">");
  }

  @Test
  void overlappingCellsAreALayoutBug() {
    Grid grid = new Grid("g", List.of(4, 4), 2, 0, List.of(
        new Grid.Cell(0, 0, 2, 1, new Grid.Value.Empty(), Grid.Role.VALUE),
        new Grid.Cell(1, 0, 1, 1, new Grid.Value.Empty(), Grid.Role.VALUE)));
    assertThatThrownBy(() -> HtmlTable.of(grid, "t", c -> null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void linksToOddFileNamesAreEncoded() {
    assertThat(Html.href("projects", "005-人才 a&b#1?'\"%.html"))
        .isEqualTo("projects/005-人才%20a%26b%231%3F%27%22%25.html");
  }
}
