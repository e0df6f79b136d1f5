package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.diag.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao diff OLD NEW [-- PATH...]}: declares the options; {@link DiffRunner} does the work. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "比较预算的两个版本：哪个项目的资金变了、哪些指标放宽或收紧、新增或修复了哪些问题。",
      "Compares two versions of a budget by meaning: money moved, targets tightened or loosened, problems added or fixed."
    },
    footer = {
      "",
      "OLD、NEW 可以是文件、目录，或当前 git 仓库的版本；-- 后的路径在两边之中（不写：整个仓库或整个目录）。",
      "OLD and NEW are files, folders, or git revisions of the current repository; PATHs after -- are inside",
      "both sides (none: the whole repository or folder). Budgets are paired by region and year, a folder each.",
      "",
      "示例 Examples:",
      "  jixiao diff examples/yangquan-2026-published examples/yangquan-2026",
      "  jixiao diff budgets/2025 budgets/2026                # 逐年比较 year over year",
      "  jixiao diff HEAD~1 HEAD                              # 整个仓库 the whole repository",
      "  jixiao diff main HEAD -- examples/yangquan-2026",
      "  jixiao diff --format markdown origin/main HEAD -- budgets/2026 > comment.md",
      "",
      "退出码 Exit codes: 0 已比较 compared (with or without changes); 2 用法错误 wrong usage."
    })
public final class DiffCommand implements Callable<Integer> {
  public enum Format {
    text,
    markdown,
    json
  }

  @Parameters(index = "0", paramLabel = "OLD", description = "旧版本 The old side.")
  String oldSide;

  @Parameters(index = "1", paramLabel = "NEW", description = "新版本 The new side.")
  String newSide;

  @Parameters(index = "2..*", paramLabel = "PATH", description = "版本中的路径 Paths inside revisions.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "输出格式 Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", description = "消息语言 Message language: zh, en (default: from LANG).")
  String lang;

  @Option(names = "-C", paramLabel = "DIR", description = "在此目录中运行（git 仓库） Run as if started in DIR (the git repository).")
  Path directory;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Messages messages = new Messages(CheckCommand.language(lang, spec));
    DiffRunner.Options options = new DiffRunner.Options(oldSide, newSide, paths, format, messages, directory);
    return new DiffRunner(options, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
  }
}
