package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second reader for the 自评表 workbook: LibreOffice converts every sheet to CSV, and each
 * project's scores read back as the JSON backend computed them (rounded to the forms' two decimals,
 * or as the office wrote a score only it can give), with the 预算执行率, the 总分 and the grade.
 * Skipped without LibreOffice, which CI installs (.ci/run).
 */
class LaterFormReadBackTest {
  /** The columns of the stdlib's 自评表 (layouts.jx): 三级指标, 分值, 得分; and of its 总分 row. */
  static final int NAME = 3;
  static final int WEIGHT = 6;
  static final int SCORE = 7;
  static final int GRADE = 8;
  /** The columns of its 年度资金总额 row: 执行率 and 得分. */
  static final int RATE = 7;
  static final int EXECUTION_SCORE = 8;

  @Test
  void selfEvaluationScoresReadBackAsInTheJson(@TempDir Path dir) throws Exception {
    String soffice = LibreOfficeReadBackTest.soffice();
    Path folder = XlsxBackendTest.build("yangquan-2026", dir.resolve("out"));
    assertThat(readBack(soffice, folder, dir.resolve("csv"))).isGreaterThan(20);
  }

  /** Every template's self-evaluations, in its own money unit and weights, read back the same way. */
  @Test
  void everyTemplatesSelfEvaluationsReadBackAsInTheJson(@TempDir Path dir) throws Exception {
    String soffice = LibreOfficeReadBackTest.soffice();
    int lines = 0;
    for (Path budget : TemplateExamples.clean()) {
      String name = budget.getFileName().toString();
      lines += readBack(soffice, TemplateExamples.build(budget, dir.resolve("out-" + name), "json", "xlsx"), dir.resolve("csv-" + name));
    }
    assertThat(lines).isGreaterThan(100);
  }

  /** Reads one budget's 自评表 back through LibreOffice and compares it with the JSON; the lines compared. */
  private static int readBack(String soffice, Path folder, Path dir) throws Exception {
    String budgetName = folder.getFileName().toString();
    Path xlsx = folder.resolve(budgetName + "-自评表.xlsx");
    if (!java.nio.file.Files.exists(xlsx)) {
      return 0; // a budget none of whose projects has a self-evaluation has no 自评表
    }
    Path csv = LibreOfficeReadBackTest.convert(soffice, xlsx, java.nio.file.Files.createDirectories(dir));
    List<String> sheets = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      wb.forEach(s -> sheets.add(s.getSheetName()));
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode projects = json.readTree(folder.resolve("budget.json").toFile()).get("projects");
    int sheet = 0;
    int lines = 0;
    for (JsonNode entry : projects) {
      JsonNode se = json.readTree(folder.resolve(entry.get("document").asText()).toFile()).at("/project/selfEvaluation");
      if (se.isMissingNode()) {
        continue;
      }
      String name = sheets.get(sheet++);
      List<List<String>> rows = LibreOfficeReadBackTest.Csv.read(csv.resolve(budgetName + "-自评表-" + name + ".csv"));
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      for (JsonNode a : se.get("actuals")) {
        // Same-named indicators (湖北, 安徽) are the rows of that name in their order.
        int nth = seen.merge(a.get("name").asText(), 1, Integer::sum);
        List<String> row = rows.stream().filter(r -> r.size() > SCORE && r.get(NAME).equals(a.get("name").asText()))
            .skip(nth - 1).findFirst().orElseThrow(() -> new AssertionError(name + ": no row for " + a.get("name")));
        assertThat(number(row.get(WEIGHT))).as("%s %s 分值", name, a.get("name")).isEqualByComparingTo(a.get("weight").asText());
        assertThat(number(row.get(SCORE))).as("%s %s 得分", name, a.get("name")).isEqualByComparingTo(expected(a));
        lines++;
      }
      List<String> total = rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals("总分")).findFirst().orElseThrow();
      // The 总分 the office wrote (checked: the computed one, or the sum of the scores as printed), else the computed one.
      assertThat(number(total.get(SCORE))).as("%s 总分", name).isEqualByComparingTo(
          se.has("writtenTotal") ? new BigDecimal(se.get("writtenTotal").asText()) : round(se.get("total").asText()));
      assertThat(total.get(GRADE)).as("%s 等级", name).isEqualTo(se.get("grade").asText());
      assertThat(number(total.get(WEIGHT))).as("%s 分值合计", name).isEqualByComparingTo("100");
      String totalLabel = se.get("funds").get(0).get("label").asText(); // the profile's 年度资金总额
      List<String> funds = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals(totalLabel)).findFirst()
          .orElseThrow(() -> new AssertionError(name + ": no row " + totalLabel));
      JsonNode x = se.get("execution");
      assertThat(funds.get(RATE)).as("%s 执行率", name).endsWith("%");
      assertThat(number(funds.get(RATE).replace("%", ""))).as("%s 执行率", name)
          .isEqualByComparingTo(new BigDecimal(x.get("rate").asText()).movePointRight(2).setScale(2, RoundingMode.HALF_UP));
      assertThat(number(funds.get(EXECUTION_SCORE))).as("%s 预算执行率得分", name)
          .isEqualByComparingTo(round(x.get("score").asText()));
    }
    assertThat(sheet).as("%s: sheets with a 自评表", budgetName).isEqualTo(sheets.size()).isPositive();
    return lines;
  }

  /** The computed score to two decimals; the written one where only the office can score. */
  private static BigDecimal expected(JsonNode a) {
    return a.has("score") ? round(a.get("score").asText()) : new BigDecimal(a.get("writtenScore").asText());
  }

  private static BigDecimal round(String exact) {
    return new BigDecimal(exact).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal number(String shown) {
    return new BigDecimal(shown.replace(",", "").trim());
  }
}
