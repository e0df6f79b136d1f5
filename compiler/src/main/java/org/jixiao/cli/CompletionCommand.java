package org.jixiao.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao completion bash|zsh}: prints the shell completion script. picocli's {@link
 * AutoComplete} writes it from the same command model that parses the arguments, so the script
 * never lists an option the command does not have. One script serves both shells (it turns on
 * zsh's {@code bashcompinit} itself); the header says how to install it in the chosen shell.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "打印命令行补全脚本（按 Tab 补全子命令和选项）。",
      "Prints the shell completion script (Tab completes commands and options)."
    },
    footer = {
      "",
      "示例 Examples:",
      "  source <(jixiao completion bash)        # 写入 ~/.bashrc  put in ~/.bashrc",
      "  source <(jixiao completion zsh)         # 写入 ~/.zshrc   put in ~/.zshrc",
      "  jixiao completion bash > /etc/bash_completion.d/jixiao"
    })
public final class CompletionCommand implements Callable<Integer> {
  public enum Shell {
    bash,
    zsh
  }

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash 或 zsh  bash or zsh: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(script(spec.root().commandLine(), shell));
    spec.commandLine().getOut().flush();
    return Main.EXIT_OK;
  }

  /** The script for the root command {@code root} (the whole {@code jixiao} command tree). */
  public static String script(CommandLine root, Shell shell) {
    String rc = shell == Shell.zsh ? "~/.zshrc" : "~/.bashrc";
    String header =
        "# jixiao " + shell.name().toLowerCase(Locale.ROOT) + " 补全 completion: "
            + "source <(jixiao completion " + shell.name() + ")  # in " + rc + "\n";
    String script = AutoComplete.bash(root.getCommandName(), root).replace("\r\n", "\n");
    // After the #! line, which must stay first.
    int firstLine = script.startsWith("#!") ? script.indexOf('\n') + 1 : 0;
    return script.substring(0, firstLine) + header + script.substring(firstLine);
  }
}
