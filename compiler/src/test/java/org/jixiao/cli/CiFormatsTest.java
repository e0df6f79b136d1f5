package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/** SARIF and GitHub annotations, on the published seed forms (which have errors and warnings). */
class CiFormatsTest {
  static final java.nio.file.Path REPO = Golden.repo();

  static CheckRun published() {
    return CheckRun.check(List.of(REPO.resolve("examples/yangquan-2026-published")), REPO);
  }

  @Test
  void sarifIsValidAgainstTheSarif210Schema() throws IOException {
    String sarif = CiFormats.sarif(published(), new Messages(Messages.Language.ZH));
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode node = new ObjectMapper().readTree(sarif);
    assertThat(schema.validate(node)).isEmpty();
    JsonNode results = node.get("runs").get(0).get("results");
    assertThat(results.size()).isEqualTo(published().diagnostics().size());
    assertThat(results.findValuesAsText("ruleId")).contains("JX0503", "JX0510");
    assertThat(results.get(0).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()).isPositive();
    // The typed arguments ride in the property bag: JX0503's amounts as exact 元.
    JsonNode oneYear = results.findParents("ruleId").stream().filter(r -> r.get("ruleId").asText().equals("JX0503")).findFirst().orElseThrow();
    JsonNode args = oneYear.get("properties").get("args");
    assertThat(args.get(0).get("kind").asText()).isEqualTo("text");
    assertThat(args.get(1).get("kind").asText()).isEqualTo("money");
    assertThat(args.get(1).get("yuan").asText()).matches("\\d+");
  }

  @Test
  void sarifIsRejectedByTheSchemaWhenBroken() throws IOException {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode broken = new ObjectMapper().readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"level\":\"fatal\"}]}]}");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void githubAnnotationsOneLineEach() {
    String text = CiFormats.github(published(), new Messages(Messages.Language.ZH));
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(published().diagnostics().size());
    assertThat(lines).allMatch(l -> l.matches("^::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=JX\\d{4}::.+"));
    assertThat(text).contains("::error file=examples/yangquan-2026-published/005-人才工作经费.jx");
  }

  /**
   * GitLab publishes no JSON Schema for the Code Quality report; these are the fields its
   * documentation requires ("Implement a custom tool"), as GitLab reads them.
   */
  @Test
  void gitlabReportHasGitLabsFields() throws IOException {
    CheckRun run = published();
    JsonNode report = new ObjectMapper().readTree(CiFormats.gitlab(run, new Messages(Messages.Language.ZH)));
    assertThat(report.isArray()).isTrue();
    assertThat(report.size()).isEqualTo(run.diagnostics().size());
    java.util.Set<String> fingerprints = new java.util.HashSet<>();
    for (int i = 0; i < report.size(); i++) {
      JsonNode issue = report.get(i);
      org.jixiao.diag.Diagnostic d = run.diagnostics().get(i);
      assertThat(issue.get("description").asText()).startsWith(new Messages(Messages.Language.ZH).message(d));
      assertThat(issue.get("check_name").asText()).isEqualTo(d.code().code());
      assertThat(issue.get("fingerprint").asText()).matches("[0-9a-f]{64}");
      fingerprints.add(issue.get("fingerprint").asText());
      assertThat(issue.get("severity").asText()).isEqualTo(switch (d.severity()) {
        case ERROR -> "critical";
        case WARNING -> "minor";
        case INFO -> "info";
      });
      JsonNode location = issue.get("location");
      assertThat(location.get("path").asText()).isEqualTo(d.file().displayName()).doesNotStartWith("/");
      assertThat(location.get("lines").get("begin").isInt()).isTrue();
      assertThat(location.get("lines").get("begin").asInt()).isEqualTo(d.line()).isPositive();
      assertThat(location.get("lines").get("end").asInt()).isGreaterThanOrEqualTo(d.line());
    }
    // GitLab shows findings with one fingerprint as one: every finding has its own.
    assertThat(fingerprints).hasSize(report.size());
    assertThat(report.findValuesAsText("severity")).contains("critical", "minor");
  }

  /**
   * A merge request shows as new only the fingerprints its target branch's report lacks: moving a
   * problem down a line, or reading the report in English, must not make it new.
   */
  @Test
  void gitlabFingerprintsIgnoreLinesAndLanguage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path budget = java.nio.file.Files.createDirectories(dir.resolve("yangquan"));
    try (var files = java.nio.file.Files.list(REPO.resolve("examples/yangquan-2026-published"))) {
      for (java.nio.file.Path f : files.toList()) {
        java.nio.file.Files.copy(f, budget.resolve(f.getFileName()));
      }
    }
    JsonNode before = gitlab(budget, Messages.Language.ZH, dir);
    try (var files = java.nio.file.Files.list(budget)) {
      for (java.nio.file.Path f : files.filter(f -> !f.getFileName().toString().equals("budget.jx")).toList()) {
        java.nio.file.Files.writeString(f, "# 审核意见：见下\n\n" + java.nio.file.Files.readString(f));
      }
    }
    JsonNode moved = gitlab(budget, Messages.Language.ZH, dir);
    JsonNode english = gitlab(budget, Messages.Language.EN, dir);
    assertThat(moved.findValuesAsText("begin")).isNotEqualTo(before.findValuesAsText("begin"));
    assertThat(moved.findValuesAsText("fingerprint")).isEqualTo(before.findValuesAsText("fingerprint"));
    assertThat(english.findValuesAsText("fingerprint")).isEqualTo(before.findValuesAsText("fingerprint"));
    assertThat(english.findValuesAsText("description")).isNotEqualTo(moved.findValuesAsText("description"));
  }

  private static JsonNode gitlab(java.nio.file.Path budget, Messages.Language language, java.nio.file.Path base)
      throws IOException {
    return new ObjectMapper().readTree(CiFormats.gitlab(CheckRun.check(List.of(budget), base), new Messages(language)));
  }

  @Test
  void escaping() {
    assertThat(CiFormats.data("a%b\nc")).isEqualTo("a%25b%0Ac");
    assertThat(CiFormats.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }

  @Test
  void commandLineFormats() {
    StringWriter out = new StringWriter();
    int exit = Main.run(new String[] {"check", "--format", "sarif", REPO.resolve("examples/yangquan-2026").toString()},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("\"version\" : \"2.1.0\"");
    StringWriter gitlab = new StringWriter();
    assertThat(Main.run(new String[] {"check", "--format", "gitlab", REPO.resolve("examples/yangquan-2026").toString()},
        new PrintWriter(gitlab), new PrintWriter(new StringWriter()))).isZero();
    assertThat(gitlab.toString()).startsWith("[").contains("\"check_name\" : \"JX");
  }
}
