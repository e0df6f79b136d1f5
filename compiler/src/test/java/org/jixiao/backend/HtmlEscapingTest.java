package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a user writes comes out of the HTML backend as text, never as markup. */
class HtmlEscapingTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String OVERVIEW = SCRIPT + "<p>第二段</p>\n换行后";
  static final String ATTRIBUTE = "\" onmouseover=\"x";
  static final String ENTITIES = "&amp; &lt; &#39; 😀👍🏽 ' " + ATTRIBUTE;
  static final String LONG = "长".repeat(9_990) + "0123456789";
  static final String INDICATOR = "<img src=x onerror=alert(1)>";
  static final String TITLE = "<b>标题</b> & 'x'";
  /** A file name that needs encoding in a link. */
  static final String FILE = "a&b #'1";

  @TempDir Path temp;

  /** The language's escapes for a quoted string. */
  static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  Path nastyBudget() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("nasty"));
    Files.writeString(folder.resolve("budget.jx"),
        "budget 阳泉市 2026 {\n  title " + quoted(TITLE) + "\n  profile 山西\n}\n");
    Files.writeString(folder.resolve(FILE + ".jx"), "project " + quoted(SCRIPT) + " {\n"
        + "  department 005 \"<p>部门</p>\"\n"
        + "  implementer " + quoted(ATTRIBUTE) + "\n"
        + "  attribute 跨年度\n  period 2 年\n"
        + "  funds {\n    central 0 0\n    local 58,372,000 元 5837.2 万元\n    other 0 0\n  }\n"
        + "  overview " + quoted(OVERVIEW) + "\n"
        + "  basis " + quoted(ENTITIES) + "\n"
        + "  necessity " + quoted(LONG) + "\n"
        + "  measures \"措施\"\n  plan \"计划\"\n  goal \"全年发放人才补助。\"\n"
        + "  indicator 数量." + quoted(INDICATOR) + " >= 500 人/年\n"
        + "  indicator 成本.生活补助 <= 300 元/人/月\n"
        + "  indicator 社会效益.人才吸引力 \"<i>有效</i>\"\n"
        + "  indicator 时效.发放时限 <= 2026-12-31\n"
        + "  indicator 满意度.服务对象满意度.满意度 >= 95%\n"
        + "  filed 2025-12-22 18:10:34\n}\n");
    return folder;
  }

  /** The value cell right of the label cell that reads {@code label}. */
  static Element valueOf(Document doc, String label) {
    Element labelCell = doc.select("td.label").stream().filter(td -> td.text().equals(label)).findFirst().orElseThrow();
    return labelCell.nextElementSibling();
  }

  @Test
  void userTextIsTextOnEveryPage() throws IOException {
    Path out = HtmlTesting.build(nastyBudget(), temp.resolve("out"));
    // The output name of the source file a&b #'1.jx (OutputNames: # becomes _).
    Document form = Jsoup.parse(Files.readString(out.resolve("projects/" + OutputNames.safe(FILE) + ".html")));
    Document index = Jsoup.parse(Files.readString(out.resolve("index.html")));
    HtmlBackendTest.assertNoActiveContent(form, "form");
    HtmlBackendTest.assertNoActiveContent(index, "index");

    assertThat(form.title()).isEqualTo(SCRIPT + " - " + TITLE);
    assertThat(form.selectFirst("td.title").text()).isEqualTo(TITLE);
    assertThat(valueOf(form, "项目名称").text()).isEqualTo(SCRIPT);
    assertThat(valueOf(form, "主管部门及代码").text()).isEqualTo("005-<p>部门</p>");
    assertThat(form.select("td.label").stream().filter(td -> td.text().equals("实施单位")).findFirst().orElseThrow()
        .nextElementSibling().text()).isEqualTo(ATTRIBUTE);
    assertThat(HtmlTesting.text(valueOf(form, "项目概况"))).isEqualTo(OVERVIEW);
    assertThat(valueOf(form, "项目概况").select("br")).hasSize(1);
    assertThat(valueOf(form, "立项依据").text()).isEqualTo(ENTITIES);
    assertThat(valueOf(form, "项目设立必要性").text()).isEqualTo(LONG).hasSize(10_000);
    assertThat(form.select("td.value").eachText()).contains(INDICATOR);
    assertThat(form.select("td.target").eachText()).contains("<i>有效</i>");

    assertThat(index.selectFirst("td.title").text()).startsWith(TITLE);
    Element link = index.selectFirst("table.summary a");
    assertThat(link.text()).isEqualTo(SCRIPT);
    String href = URLDecoder.decode(link.attr("href"), StandardCharsets.UTF_8);
    assertThat(href).isEqualTo("projects/" + OutputNames.safe(FILE) + ".html");
    assertThat(out.resolve(href)).isRegularFile();
  }

  @Test
  void escapingCoversTheFiveCharactersAndLineBreaks() {
    assertThat(Html.text("a&b<c>d\"e'f\ng\r\nh\ri")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f<br>g<br>h<br>i");
    assertThat(Html.attribute("x\ny\" onclick='z'")).isEqualTo("x y&quot; onclick=&#39;z&#39;");
  }
}
