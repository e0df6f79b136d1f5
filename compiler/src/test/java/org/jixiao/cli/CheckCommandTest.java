package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and CI see it: exit codes, formats, languages. */
class CheckCommandTest {
  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(exit, out.toString(), err.toString());
  }

  private Path form(String text) throws IOException {
    Files.writeString(dir.resolve("budget.jx"), "budget 阳泉市 2026 {\n  profile 山西\n}\n");
    Path file = dir.resolve("005-a.jx");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void missingPathIsWrongUsage() {
    for (String command : new String[] {"check", "fmt"}) {
      Result r = run(command, "--lang", "zh", dir.resolve("nowhere").toString());
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.out()).as(command).isEmpty();
      assertThat(r.err()).as(command).isEqualTo("jixiao " + command + "：找不到“" + dir.resolve("nowhere")
          + "”：没有这个文件或目录。用法见 jixiao " + command + " --help\n");
    }
    Result build = run("build", "--lang", "en", "-o", dir.resolve("out").toString(), dir.resolve("nowhere").toString());
    assertThat(build.exit()).isEqualTo(2);
    assertThat(build.err()).isEqualTo("jixiao build: \"" + dir.resolve("nowhere") + "\": no such file or folder. See jixiao build --help\n");
  }

  @Test
  void folderWithoutForms() {
    Result r = run("check", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("JX0008");
  }

  @Test
  void wrongUsageIsOneLineInTheReadersLanguage() {
    Result zh = run("check", "--lang", "zh", "--format", "xml", dir.toString());
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.out()).isEmpty();
    assertThat(zh.err()).isEqualTo("jixiao check：--format 的值“xml”不对，可用：text、json、sarif、github、gitlab。用法见 jixiao check --help\n");
    Result en = run("check", "--format", "xml", "--lang", "en", dir.toString());
    assertThat(en.err()).isEqualTo("jixiao check: --format cannot be \"xml\"; it can be: text, json, sarif, github, gitlab. See jixiao check --help\n");
    // Without --lang, the environment's language.
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"check"}, new PrintWriter(out), new PrintWriter(err), java.util.Map.of("LANG", "en_GB.UTF-8"));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("jixiao check: missing argument PATH. See jixiao check --help\n");
  }

  @Test
  void bareJixiaoPrintsAShortHelp() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[0], new PrintWriter(out), new PrintWriter(err), java.util.Map.of("LANG", "zh_CN.UTF-8"));
    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).startsWith("jixiao：").contains("  check ").contains("jixiao <命令> --help")
        .doesNotContain("  help ");
    assertThat(out.toString().lines().count()).isLessThan(20);
  }

  @Test
  void wrongUsageExitsTwo() {
    assertThat(run("check").exit()).isEqualTo(2);
    assertThat(run("check", "--format", "xml", dir.toString()).exit()).isEqualTo(2);
    assertThat(run("check", "--lang", "fr", dir.toString()).exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void errorsExitOneAndPrintASummary() throws IOException {
    form("project 甲 {\n  indicator 数普.补助人数 >= 5 人\n}\n");
    Result r = run("check", "--lang", "zh", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("错误[JX0101]").contains("是否指“数量”").containsPattern("检查了 2 个文件、1 个项目：\\d+ 个错误");
  }

  @Test
  void englishOnRequest() throws IOException {
    form("project 甲 {\n  indicator 数普.补助人数 >= 5 人\n}\n");
    Result r = run("check", "--lang", "en", dir.toString());
    assertThat(r.out()).contains("error[JX0101]: Unknown second-level indicator \"数普\".").contains("Checked 2 files, 1 project: ");
  }

  @Test
  void strictMakesWarningsFail() throws IOException {
    form(org.jixiao.testing.Forms.VALID.substring(org.jixiao.testing.Forms.VALID.indexOf("project"))
        .replace("filed 2025-12-22 18:10:34", "filed 2024-01-02 10:00:00"));
    Result normal = run("check", "--lang", "zh", dir.toString());
    Result strict = run("check", "--strict", "--lang", "zh", dir.toString());
    assertThat(normal.out()).contains("JX0702");
    assertThat(normal.exit()).isZero();
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.out()).contains("--strict");
  }

  @Test
  void silencedWarningsKeepTheirReasonInJson() throws IOException {
    form(org.jixiao.testing.Forms.VALID.substring(org.jixiao.testing.Forms.VALID.indexOf("project"))
        .replace("filed 2025-12-22 18:10:34", "filed 2024-01-02 10:00:00 allow JX0702 \"补报旧表\""));
    Result r = run("check", "--format", "json", dir.toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("silenced").get(0).get("code").asText()).isEqualTo("JX0702");
    assertThat(root.get("silenced").get(0).get("reason").asText()).isEqualTo("补报旧表");
    assertThat(root.get("summary").get("warnings").asInt()).isZero();
  }

  @Test
  void jsonCarriesTheTypedArgumentsBesideTheMessage() throws IOException {
    form(org.jixiao.testing.Forms.VALID.substring(org.jixiao.testing.Forms.VALID.indexOf("project"))
        .replace("    other 0 0\n  }", "    other 0 0\n    total 58,372,000 5,800 万元\n  }"));
    Result r = run("check", "--format", "json", "--lang", "en", dir.toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode total = root.get("diagnostics").findParents("code").stream()
        .filter(d -> d.get("code").asText().equals("JX0501")).findFirst().orElseThrow();
    assertThat(total.get("message").asText()).isEqualTo(
        "The annual total 58,000,000 元 is not the sum of its sources, 58,372,000 元 (off by -372,000 元).");
    JsonNode args = total.get("args");
    assertThat(args.get(0).get("kind").asText()).isEqualTo("key");
    assertThat(args.get(0).get("key").asText()).isEqualTo("column.annual");
    assertThat(args.get(1).get("kind").asText()).isEqualTo("money");
    assertThat(args.get(1).get("yuan").asText()).isEqualTo("58000000");
    assertThat(args.get(1).get("unit").asText()).isEqualTo("元");
    assertThat(args.get(3).get("terms").get(1).get("label").asText()).isEqualTo("市县（区）财政资金");
    assertThat(args.get(4).get("yuan").asText()).isEqualTo("-372000");
  }

  @Test
  void jsonIsStableAndComplete() throws IOException {
    form("project 甲 {\n  indicator 数普.补助人数 >= 5 人\n}\n");
    Result first = run("check", "--format", "json", "--lang", "zh", dir.toString());
    Result second = run("check", "--format", "json", "--lang", "zh", dir.toString());
    assertThat(first.out()).isEqualTo(second.out()).doesNotContain("\r");
    JsonNode root = new ObjectMapper().readTree(first.out());
    JsonNode d = root.get("diagnostics").get(0);
    assertThat(root.get("summary").get("projects").asInt()).isEqualTo(1);
    assertThat(root.get("diagnostics").findValuesAsText("code")).contains("JX0101");
    assertThat(d.has("line")).isTrue();
    assertThat(d.has("message")).isTrue();
  }
}
