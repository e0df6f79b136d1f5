package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts in examples/ci that post the budget diff, run as the pipelines run them (bash) with
 * {@code gh} and {@code curl} replaced by stubs that answer from canned API pages (filtering them
 * with the real jq) and record what was sent: one comment per pull request or merge request, found
 * again by its marker and updated in place, a new one only when there is none.
 */
class CiCommentScriptsTest {
  static final String MARKER = "<!-- jixiao diff -->";
  static final String DIFF = "| 项目 | 资金变化 |\n|---|---|\n| 人才工作经费 | +100,000 元 |\n";

  @TempDir Path dir;
  Path log;

  @BeforeEach
  void tools() throws IOException {
    assumeTrue(onPath("bash") && onPath("jq"), "needs bash and jq");
    log = dir.resolve("calls.log");
    Files.writeString(dir.resolve("diff.md"), DIFF, StandardCharsets.UTF_8);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    stub(bin.resolve("gh"), """
        #!/bin/sh
        echo "gh $*" >> "$STUB_LOG"
        while [ $# -gt 0 ]; do
          case "$1" in
            --jq) jq -r "$2" < "$STUB_PAGE"; exit 0 ;;
            body=@*) cat "${1#body=@}" > "$STUB_LOG.body" ;;
          esac
          shift
        done
        """);
    stub(bin.resolve("curl"), """
        #!/bin/sh
        echo "curl $*" >> "$STUB_LOG"
        method=GET
        while [ $# -gt 0 ]; do
          case "$1" in
            --request) method="$2"; shift ;;
            --data-urlencode) cat "${2#body@}" > "$STUB_LOG.body"; shift ;;
            --header) shift ;;
            -*) ;;
            *) url="$1" ;;
          esac
          shift
        done
        if [ "$method" = GET ]; then
          page="$STUB_PAGES/${url##*page=}.json"
          if [ -f "$page" ]; then cat "$page"; else echo '[]'; fi
        fi
        """);
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  private static void stub(Path file, String text) throws IOException {
    Files.writeString(file, text);
    file.toFile().setExecutable(true);
  }

  private String run(String script, Map<String, String> env) throws IOException, InterruptedException {
    Path file = dir.resolve("step.sh");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    // How the runners start a step: GitHub `bash -e`, GitLab's shell executor `set -eo pipefail`.
    ProcessBuilder pb = new ProcessBuilder("bash", "-eo", "pipefail", file.toString()).directory(dir.toFile())
        .redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("STUB_LOG", log.toString());
    pb.environment().put("PATH", dir.resolve("bin") + java.io.File.pathSeparator + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  private List<String> calls() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private String sentBody() throws IOException {
    return Files.readString(Path.of(log + ".body"), StandardCharsets.UTF_8);
  }

  static String githubStep() throws IOException {
    JsonNode steps = CiPipelinesTest.yaml("github-actions.yml").get("jobs").get("diff").get("steps");
    return StreamSupport.stream(steps.spliterator(), false)
        .filter(s -> s.path("name").asText().startsWith("Post the diff")).findFirst().orElseThrow().get("run").asText();
  }

  Map<String, String> github(String page) throws IOException {
    Files.writeString(dir.resolve("comments.json"), page, StandardCharsets.UTF_8);
    return Map.of("GITHUB_REPOSITORY", "office/budget", "PR", "7", "GH_TOKEN", "token",
        "STUB_PAGE", dir.resolve("comments.json").toString());
  }

  @Test
  void githubUpdatesTheCommentThatStartsWithTheMarker() throws Exception {
    String page = "[{\"id\": 11, \"body\": \"LGTM\"},"
        + " {\"id\": 12, \"body\": \"quoting " + MARKER.replace("\"", "\\\"") + " here\"},"
        + " {\"id\": 42, \"body\": \"" + MARKER + "\\nold diff\"}]";
    String out = run(githubStep(), github(page));
    assertThat(out).contains("updated comment 42");
    assertThat(calls()).anyMatch(c -> c.startsWith("gh api --method PATCH repos/office/budget/issues/comments/42 "))
        .noneMatch(c -> c.contains("POST"));
    assertThat(sentBody()).isEqualTo(MARKER + "\n" + DIFF);
  }

  @Test
  void githubPostsAFirstComment() throws Exception {
    String out = run(githubStep(), github("[{\"id\": 11, \"body\": \"LGTM\"}]"));
    assertThat(out).contains("posted a new comment");
    assertThat(calls()).anyMatch(c -> c.startsWith("gh api --method POST repos/office/budget/issues/7/comments "))
        .noneMatch(c -> c.contains("PATCH"));
    assertThat(sentBody()).isEqualTo(MARKER + "\n" + DIFF);
  }

  static String gitlabScript() throws IOException {
    JsonNode script = CiPipelinesTest.yaml("gitlab-ci.yml").get("diff").get("script");
    return script.get(script.size() - 1).asText();
  }

  Map<String, String> gitlab(String token, String... pages) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pages"));
    for (int i = 0; i < pages.length; i++) {
      Files.writeString(folder.resolve((i + 1) + ".json"), pages[i], StandardCharsets.UTF_8);
    }
    return Map.of("CI_API_V4_URL", "https://gitlab.example/api/v4", "CI_PROJECT_ID", "5",
        "CI_MERGE_REQUEST_IID", "9", "JIXIAO_BOT_TOKEN", token, "STUB_PAGES", folder.toString());
  }

  @Test
  void gitlabUpdatesTheNoteThatStartsWithTheMarkerOnAnyPage() throws Exception {
    String out = run(gitlabScript(), gitlab("t",
        "[{\"id\": 1, \"body\": \"请看一下\"}]",
        "[{\"id\": 2, \"body\": \"ok\"}, {\"id\": 77, \"body\": \"" + MARKER + "\\nold\"}]"));
    assertThat(out).contains("updated note 77");
    String notes = "https://gitlab.example/api/v4/projects/5/merge_requests/9/notes";
    assertThat(calls()).contains("curl --fail --silent --show-error --header PRIVATE-TOKEN: t " + notes + "?per_page=100&page=2")
        .anyMatch(c -> c.contains("--request PUT") && c.endsWith(notes + "/77"))
        .noneMatch(c -> c.contains("POST"));
    assertThat(sentBody()).isEqualTo(MARKER + "\n" + DIFF);
  }

  @Test
  void gitlabPostsAFirstNote() throws Exception {
    String out = run(gitlabScript(), gitlab("t", "[{\"id\": 1, \"body\": \"请看一下\"}]"));
    assertThat(out).contains("posted a new note");
    assertThat(calls()).anyMatch(c -> c.contains("--request POST") && c.endsWith("/merge_requests/9/notes"))
        .noneMatch(c -> c.contains("PUT"));
    assertThat(sentBody()).isEqualTo(MARKER + "\n" + DIFF);
  }

  @Test
  void gitlabWithoutATokenKeepsTheArtifactAndSucceeds() throws Exception {
    String out = run(gitlabScript(), gitlab(""));
    assertThat(out).contains("JIXIAO_BOT_TOKEN is not set");
    assertThat(calls()).isEmpty();
  }
}
