package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code jixiao completion bash|zsh}, and the training run's commands. */
class CompletionCommandTest {
  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void bashScriptCompletesEveryCommandAndItsOptions() {
    Result r = run("completion", "bash");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash\n# jixiao bash 补全 completion: source <(jixiao completion bash)");
    assertThat(r.out()).contains("complete -F _complete_jixiao", "function _picocli_jixiao_check()");
    for (String command : List.of("check", "build", "fmt", "diff", "schema", "completion", "help")) {
      assertThat(r.out()).contains("function _picocli_jixiao_" + command + "()");
    }
    // check's options and the values of its --format, from the same model that parses them
    assertThat(r.out()).contains("--strict", "--format", "--lang", "(\"text\" \"json\" \"sarif\" \"github\" \"gitlab\")");
    assertThat(r.out()).doesNotContain("\r");
  }

  @Test
  void zshGetsTheSameScriptWithItsOwnInstructions() {
    String bash = run("completion", "bash").out();
    Result zsh = run("completion", "zsh");
    assertThat(zsh.exit()).isZero();
    assertThat(zsh.out()).contains("source <(jixiao completion zsh)  # in ~/.zshrc");
    assertThat(zsh.out()).contains("bashcompinit"); // picocli's script turns zsh's bash mode on
    assertThat(dropHeader(zsh.out())).isEqualTo(dropHeader(bash));
  }

  @Test
  void anOtherShellIsAUsageError() {
    assertThat(run("completion", "fish").exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("completion").exit()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void trainingSkipsMissingFoldersAndNeverWritesOutsideItsScratch() {
    Path scratch = Path.of("/tmp/scratch");
    List<List<String>> commands = Training.commands(new String[] {"/no/such/folder"}, scratch);
    assertThat(commands).containsExactly(List.of("--help"), List.of("check", "--help"));
    String repo = System.getProperty("jixiao.repo", "..") + "/examples/yangquan-2026";
    commands = Training.commands(new String[] {repo}, scratch);
    assertThat(commands).hasSize(6);
    assertThat(commands.get(5)).contains("-o", scratch.resolve("out0").toString());
  }

  private static String dropHeader(String script) {
    return script.replaceFirst("\n# jixiao [a-z]+ 补全 completion: [^\n]*\n", "\n");
  }
}
