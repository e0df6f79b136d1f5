package org.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.cli.Main;
import org.jixiao.diag.Messages;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks in shapes the backend never writes ({@link WorkbookShapes}), each imported by its
 * labels alone: every shape of the same forms imports to the same budget, the golden one, and
 * that budget is the example's (no change in {@code jixiao diff}).
 */
class ImportShapesTest {
  private static final Path REPO = Golden.repo();
  private static final Path GOLDEN = REPO.resolve("compiler/src/test/files/ImportShapes");
  private static final Messages ZH = new Messages(Messages.Language.ZH);

  @TempDir Path dir;

  private static final Map<String, WorkbookShapes.Shape> QUANGUO_SHAPES = new TreeMap<>(Map.of(
      "plain.xlsx", new WorkbookShapes.Shape(0, 0, false, false, false, WorkbookShapes.SAME),
      "shifted-merged-otherwise.xlsx", new WorkbookShapes.Shape(4, 3, true, false, false, WorkbookShapes.SAME),
      "one-sheet.xlsx", new WorkbookShapes.Shape(1, 0, false, true, false, WorkbookShapes.SAME),
      "excel-97.xls", new WorkbookShapes.Shape(0, 0, false, false, true, WorkbookShapes.SAME),
      "amounts-as-text.xlsx", new WorkbookShapes.Shape(0, 0, false, false, false, ImportShapesTest::amountsAsText),
      "excel-dates.xlsx", new WorkbookShapes.Shape(0, 0, false, false, false, ImportShapesTest::excelDates)));

  @Test
  void everyShapeOfTheSameFormsImportsToTheSameBudget() throws IOException {
    Path example = REPO.resolve("examples/templates/quanguo");
    Path built = build(example);
    for (Map.Entry<String, WorkbookShapes.Shape> e : QUANGUO_SHAPES.entrySet()) {
      Path workbook = WorkbookShapes.reshape(built, dir.resolve(e.getKey()), e.getValue());
      Path back = dir.resolve("back-" + e.getKey());
      Importer.Result result = new Importer(ZH).run(List.of(workbook), null, "中央部门", back, false);
      assertThat(result.profile()).as(e.getKey()).isEqualTo("全国");
      assertThat(result.unmapped()).as(e.getKey()).isZero();
      assertThat(result.forms()).as(e.getKey()).isEqualTo(2);
      Golden.assertAllMatch(GOLDEN.resolve("quanguo"), texts(back), n -> true);
      assertThat(diff(example, back)).as(e.getKey()).isEqualTo(ZH.get("diff.none"));
    }
  }

  /** 山西's form in 元, turned into one in 万元 whose heading says so (单位：万元) and whose funds label does not. */
  @Test
  void aHeadingInWanYuanGivesFundsInWanYuan() throws IOException {
    Path example = REPO.resolve("examples/yangquan-2026");
    Path workbook = WorkbookShapes.reshape(build(example), dir.resolve("wanyuan.xlsx"),
        new WorkbookShapes.Shape(0, 0, false, false, false, ImportShapesTest::inWanYuan));
    Path back = dir.resolve("back");
    Importer.Result result = new Importer(ZH).run(List.of(workbook), null, "阳泉市", back, false);
    assertThat(result.profile()).isEqualTo("山西");
    assertThat(result.unmapped()).isZero();
    Golden.assertAllMatch(GOLDEN.resolve("yangquan-wanyuan"), texts(back), n -> true);
    String diff = diff(example, back);
    // The same forms, amounts and all: what comes back is the explained warnings (a workbook of another tool keeps no allow lines).
    assertThat(diff).doesNotContain("有变化：").doesNotContain("声明").doesNotContain("新增 error");
  }

  private static WorkbookShapes.Value amountsAsText(WorkbookShapes.Value v, String left, int row) {
    if (v.value() instanceof BigDecimal d) {
      String text = String.format(java.util.Locale.ROOT, "%,.2f", d);
      return new WorkbookShapes.Value(row % 2 == 0 ? WorkbookShapes.fullWidth(text) : text, null);
    }
    return v;
  }

  /** 填报日期 as an Excel date (a number formatted as a date), as a sheet typed by hand has it. */
  private static WorkbookShapes.Value excelDates(WorkbookShapes.Value v, String left, int row) {
    if (v.value() instanceof String s && s.matches("[0-9]{14}")) {
      LocalDateTime t = LocalDateTime.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6, 8)), Integer.parseInt(s.substring(8, 10)), Integer.parseInt(s.substring(10, 12)),
          Integer.parseInt(s.substring(12, 14)));
      return new WorkbookShapes.Value(t, "yyyy/m/d h:mm:ss");
    }
    return v;
  }

  private static WorkbookShapes.Value inWanYuan(WorkbookShapes.Value v, String left, int row) {
    if (v.value() instanceof BigDecimal d) {
      return new WorkbookShapes.Value(d.divide(BigDecimal.valueOf(10_000), 6, RoundingMode.UNNECESSARY).stripTrailingZeros(), "General");
    }
    if (v.value() instanceof String s && s.matches("[（(][0-9]{4}年度[)）]")) {
      return new WorkbookShapes.Value(s + "  单位：万元", null);
    }
    if (v.value() instanceof String s && s.equals("项目资金（元）")) {
      return new WorkbookShapes.Value("项目资金", null);
    }
    return v;
  }

  private Path build(Path example) throws IOException {
    Path out = dir.resolve("built-" + example.getFileName());
    assertThat(Main.run(new String[] {"build", example.toString(), "--format", "xlsx", "-o", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
    try (Stream<Path> walk = Files.walk(out)) {
      // The target forms' workbook (the build also writes the 自评表 and 监控表 beside it).
      return walk.filter(p -> p.getFileName().toString().equals(example.getFileName() + ".xlsx")).findFirst().orElseThrow();
    }
  }

  private static String diff(Path a, Path b) {
    StringWriter out = new StringWriter();
    Main.run(new String[] {"diff", a.toString(), b.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    return out.toString().strip();
  }

  private static Map<String, byte[]> texts(Path folder) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return out;
  }
}
