package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.diag.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao check PATH...}: declares the options; {@link CheckRunner} does the work. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "检查绩效目标表（.jx 文件或目录），列出所有问题。",
      "Checks forms (.jx files or folders) and reports every problem found."
    },
    footer = {
      "",
      "示例 Examples:",
      "  jixiao check examples/yangquan-2026",
      "  jixiao check --format json examples/yangquan-2026-published > report.json",
      "",
      "退出码 Exit codes: 0 没有错误 no error; 1 有错误（--strict 时有警告也算） errors found"
          + " (or warnings, with --strict); 2 用法错误 wrong usage; 3 内部错误 internal error."
    })
public final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "要检查的文件或目录 Files or folders to check.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", description = "输出格式 Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  CheckRunner.Format format;

  @Option(names = "--strict", description = "警告也视为失败（退出码 1）。 Warnings fail too (exit code 1).")
  boolean strict;

  @Option(names = "--lang", description = "消息语言 Message language: zh, en (default: from LANG).")
  String lang;

  @CommandLine.Mixin DisplayOptions display = new DisplayOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The --lang option, or the environment's language when it is not given. */
  static Messages.Language language(String lang, CommandLine.Model.CommandSpec spec) {
    if (lang == null) {
      return Messages.Language.fromEnvironment(Main.env(spec));
    }
    Messages.Language chosen = UsageErrors.parseLanguage(lang);
    if (chosen == null) {
      throw new UsageErrors.UsageError(spec.commandLine(), "usage.badLanguage", lang);
    }
    return chosen;
  }

  @Override
  public Integer call() {
    Messages.Language language = language(lang, spec);
    UsageErrors.requireExisting(spec, paths);
    Messages messages = new Messages(language);
    CheckRunner.Options options = new CheckRunner.Options(paths, format, messages, strict);
    Terminal terminal = Terminal.detect(Main.env(spec));
    return new CheckRunner(options, spec.commandLine().getOut(), Path.of(""))
        .display(format == CheckRunner.Format.text && terminal.color(display.color),
            ProgressLine.on(terminal, spec.commandLine().getErr(), messages))
        .run();
  }
}
