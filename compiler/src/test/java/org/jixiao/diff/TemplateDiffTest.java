package org.jixiao.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.driver.CheckRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff sees what the templates added to the form: a template's own fields, indicator parts,
 * empty rows, a month-range period moved within its years, the 预算成本构成. Each edit below is
 * made to a copy of a template example and must show in the diff, under the template's labels.
 */
class TemplateDiffTest {
  private static final Path TEMPLATES = DiffTest.REPO.resolve("examples/templates");

  @TempDir Path dir;

  private String diff(String template, String file, String... replacements) throws IOException {
    Path copy = dir.resolve(template);
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(TEMPLATES.resolve(template))) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Path edited = copy.resolve(file);
    String text = Files.readString(edited, StandardCharsets.UTF_8);
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(text).as("the example still holds %s", replacements[i]).contains(replacements[i]);
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Files.writeString(edited, text, StandardCharsets.UTF_8);
    CheckRun before = CheckRun.check(List.of(TEMPLATES.resolve(template)), DiffTest.REPO);
    CheckRun after = CheckRun.check(List.of(copy), dir);
    return new DiffRenderer(DiffTest.ZH).text(new Differ(DiffTest.ZH).diff(before.checked(), after.checked()));
  }

  @Test
  void everyTemplateExampleAgainstItselfIsEmpty() throws IOException {
    try (Stream<Path> folders = Files.list(TEMPLATES)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        CheckRun run = CheckRun.check(List.of(folder), DiffTest.REPO);
        assertThat(new Differ(DiffTest.ZH).diff(run.checked(), run.checked()).isEmpty()).as(folder.toString()).isTrue();
      }
    }
  }

  @Test
  void weightsDirectionsStandardsDeclaredFieldsEmptyRowsAndRanges() throws IOException {
    String text = diff("yunling-made-up", "nongcun-gonglu.jx",
        "weight 30 direction 正向 standard \"计划标准\"", "weight 25 direction 正向 standard \"计划标准\"",
        "weight 20 direction 正向 standard \"行业标准\"", "weight 25 direction 正向 standard \"省级标准\"",
        "业务主管部门 \"云岭市交通运输局\"", "业务主管部门 \"云岭市财政局\"",
        "  indicator 经济效益\n", "",
        "period 2026-01 至 2026-12", "period 2026-02 至 2027-01");
    assertThat(text).contains("日常养护里程", "weight 30", "weight 25");
    assertThat(text).contains("路况优良率", "standard 行业标准", "standard 省级标准");
    assertThat(text).contains("业务主管部门：云岭市交通运输局 → 云岭市财政局");
    assertThat(text).contains("空行（无指标的二级指标）：经济效益指标 → ");
    assertThat(text).contains("项目期：2026年1月至2026年12月 → 2026年2月至2027年1月");
  }

  @Test
  void costCompositionCells() throws IOException {
    String text = diff("hubei", "canji-butie.jx", "重度残疾人护理补贴   120   115.2", "重度残疾人护理补贴   120   116.2");
    assertThat(text).contains("重度残疾人护理补贴（2025年）", "1,152,000", "1,162,000");
  }
}
