package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.diag.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao fmt [--check] PATH...}: declares the options; {@link FmtRunner} does the work. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "把 .jx 文件整理成统一格式（对齐金额、统一符号、指标按框架顺序），不改变含义，注释保留原位。",
      "Rewrites .jx files in the one canonical layout; meaning and comments are kept."
    },
    footer = {
      "",
      "示例 Examples:",
      "  jixiao fmt examples/yangquan-2026",
      "  jixiao fmt --check examples/yangquan-2026     # CI: 不修改，列出格式不符的文件 list files that differ",
      "",
      "退出码 Exit codes: 0 已是统一格式或已整理 formatted; 1 --check 发现不符，或文件有语法错误无法整理"
          + " differences found (--check) or a file has syntax errors; 2 用法错误 wrong usage."
    })
public final class FmtCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或目录 Files or folders.")
  List<Path> paths;

  @Option(names = "--check", description = "只检查，不修改 Change nothing; exit 1 listing the files that differ.")
  boolean check;

  @Option(names = "--lang", description = "消息语言 Message language: zh, en (default: from LANG).")
  String lang;

  @CommandLine.Mixin DisplayOptions display = new DisplayOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Messages messages = new Messages(CheckCommand.language(lang, spec));
    UsageErrors.requireExisting(spec, paths);
    return new FmtRunner(paths, check, messages, spec.commandLine().getOut(), spec.commandLine().getErr(), Path.of(""))
        .color(Terminal.detect(Main.env(spec)).color(display.color))
        .run();
  }
}
