package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * examples/ci's pipelines as GitHub and GitLab read them: valid against the official schemas
 * (vendored in src/test/resources/ci, see its README), and saying what they are meant to say: no
 * locale a runner lacks, jixiao checked out as the submodule, merge-request-only work only where it
 * is meant, the diff posted whether check passes or not, and every jixiao command one that parses.
 */
class CiPipelinesTest {
  static final Path CI = Golden.repo().resolve("examples/ci");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static JsonNode yaml(String file) throws IOException {
    return YAML.readTree(Files.readString(CI.resolve(file)));
  }

  static JsonSchema schema(String resource) throws IOException {
    try (InputStream in = CiPipelinesTest.class.getResourceAsStream("/ci/" + resource)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  void githubWorkflowIsValidAgainstSchemaStoresSchema() throws IOException {
    JsonSchema schema = schema("github-workflow.json");
    JsonNode workflow = yaml("github-actions.yml");
    assertThat(schema.validate(workflow)).isEmpty();
    // The schema does reject a broken workflow: a step that both runs and uses, an unknown job key.
    ObjectNode broken = workflow.deepCopy();
    ((ObjectNode) broken.get("jobs").get("check")).put("run-on", "ubuntu-latest");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void gitlabPipelineIsValidAgainstGitLabsSchema() throws IOException {
    JsonSchema schema = schema("gitlab-ci.json");
    JsonNode pipeline = yaml("gitlab-ci.yml");
    Set<ValidationMessage> errors = schema.validate(pipeline);
    assertThat(errors).isEmpty();
    // The report's key is codequality, one word: the schema knows, so a misspelling fails here.
    ObjectNode broken = pipeline.deepCopy();
    ObjectNode reports = (ObjectNode) broken.get("check").get("artifacts").get("reports");
    reports.set("code_quality", reports.remove("codequality"));
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void noLocaleThatRunnersLack() throws IOException {
    for (String file : List.of("github-actions.yml", "gitlab-ci.yml")) {
      List<String> values = new ArrayList<>();
      texts(yaml(file), values);
      assertThat(values).as(file).noneMatch(v -> v.contains("zh_CN"));
    }
    assertThat(yaml("github-actions.yml").get("env").has("LANG")).isFalse();
    assertThat(yaml("gitlab-ci.yml").get("variables").has("LANG")).isFalse();
    assertThat(yaml("github-actions.yml").get("env").get("LC_ALL").asText()).isEqualTo("C.UTF-8");
    assertThat(yaml("gitlab-ci.yml").get("variables").get("LC_ALL").asText()).isEqualTo("C.UTF-8");
  }

  @Test
  void githubJobsCheckOutTheSubmoduleAndPostTheDiffWhateverCheckSays() throws IOException {
    JsonNode jobs = yaml("github-actions.yml").get("jobs");
    for (JsonNode job : jobs) {
      JsonNode checkout = job.get("steps").get(0);
      assertThat(checkout.get("uses").asText()).startsWith("actions/checkout@");
      assertThat(checkout.get("with").get("submodules").asText()).isIn("true", "recursive");
    }
    // check runs on every push to main and every pull request; only diff is for pull requests,
    // and it does not need check, so a failing check still gets its diff comment.
    assertThat(jobs.get("check").has("if")).isFalse();
    assertThat(jobs.get("diff").get("if").asText()).isEqualTo("github.event_name == 'pull_request'");
    assertThat(jobs.get("diff").has("needs")).isFalse();
    assertThat(jobs.get("diff").get("steps").get(0).get("with").get("fetch-depth").asInt()).isZero();
    assertThat(jobs.get("diff").get("permissions").get("pull-requests").asText()).isEqualTo("write");
    // The steps after the failing check that report it must still run.
    List<String> unconditional = new ArrayList<>();
    for (JsonNode step : jobs.get("check").get("steps")) {
      if (step.path("name").asText().matches("Report.*|SARIF.*|Upload SARIF.*")) {
        assertThat(step.get("if").asText()).as(step.get("name").asText()).contains("!cancelled()");
      } else {
        unconditional.add(step.path("name").asText(step.path("uses").asText()));
      }
    }
    assertThat(unconditional).contains("Build the official outputs");
  }

  @Test
  void gitlabRulesAreMergeRequestOnlyWhereMeant() throws IOException {
    JsonNode pipeline = yaml("gitlab-ci.yml");
    assertThat(pipeline.get("variables").get("GIT_SUBMODULE_STRATEGY").asText()).isEqualTo("recursive");
    // One pipeline per push: a merge request's, or a branch's when it has none.
    assertThat(ifs(pipeline.get("workflow").get("rules")))
        .containsExactly("$CI_PIPELINE_SOURCE == \"merge_request_event\"", "$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS",
            "$CI_COMMIT_BRANCH");
    for (String job : List.of("check", "build")) {
      assertThat(ifs(pipeline.get(job).get("rules"))).as(job)
          .containsExactly("$CI_PIPELINE_SOURCE == \"merge_request_event\"", "$CI_COMMIT_BRANCH");
    }
    JsonNode diff = pipeline.get("diff");
    assertThat(ifs(diff.get("rules"))).containsExactly("$CI_PIPELINE_SOURCE == \"merge_request_event\"");
    assertThat(diff.get("needs").isArray() && diff.get("needs").isEmpty()).as("diff needs nothing").isTrue();
    JsonNode artifacts = pipeline.get("check").get("artifacts");
    assertThat(artifacts.get("when").asText()).isEqualTo("always");
    assertThat(artifacts.get("reports").get("codequality").asText()).isEqualTo("gl-code-quality-report.json");
    assertThat(pipeline.get("check").get("script").get(0).asText())
        .contains("check --format gitlab").contains("> gl-code-quality-report.json");
  }

  /** Every key and text in the file, however deep (comments are not in the tree). */
  private static void texts(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.fieldNames().forEachRemaining(out::add);
    node.forEach(child -> texts(child, out));
  }

  private static List<String> ifs(JsonNode rules) {
    List<String> out = new ArrayList<>();
    rules.forEach(r -> out.add(r.get("if").asText()));
    return out;
  }

  /** Every {@code jixiao/bin/jixiao …} command in both files parses as jixiao's command line. */
  @Test
  void everyJixiaoCommandParses() throws IOException {
    Pattern command = Pattern.compile("jixiao/bin/jixiao ([^|>\\n]+)");
    List<String> seen = new ArrayList<>();
    for (String file : List.of("github-actions.yml", "gitlab-ci.yml")) {
      Matcher m = command.matcher(Files.readString(CI.resolve(file)));
      while (m.find()) {
        List<String> args = new ArrayList<>();
        for (String word : m.group(1).trim().split("\\s+")) {
          args.add(word.replaceAll("^\"|\"$", "").replace("$BUDGET", "budgets/2026"));
        }
        CommandLine cli = new CommandLine(new Main());
        cli.registerConverter(Path.class, new PathArgument());
        cli.parseArgs(args.toArray(String[]::new));
        seen.add(args.get(0) + (args.contains("--format") ? " " + args.get(args.indexOf("--format") + 1) : ""));
      }
    }
    assertThat(seen).contains("check github", "check sarif", "check gitlab", "check", "build", "diff markdown");
  }
}
