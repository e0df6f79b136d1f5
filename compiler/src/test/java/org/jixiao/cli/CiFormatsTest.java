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
  }
}
