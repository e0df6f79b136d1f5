package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff;
import org.jixiao.diff.DiffRenderer;
import org.jixiao.diff.Differ;
import org.jixiao.diff.Revisions;
import org.jixiao.driver.CheckRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao diff OLD NEW [-- PATH...]}: what changed in a budget, by meaning. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "比较预算的两个版本：哪个项目的资金变了、哪些指标放宽或收紧、新增或修复了哪些问题。",
      "Compares two versions of a budget by meaning: money moved, targets tightened or loosened, problems added or fixed."
    },
    footer = {
      "",
      "OLD、NEW 可以是文件、目录，或当前 git 仓库的版本（此时在 -- 后给出路径）。",
      "OLD and NEW are files, folders, or git revisions of the current repository (then give paths after --).",
      "",
      "示例 Examples:",
      "  jixiao diff examples/yangquan-2026-published examples/yangquan-2026",
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
    Path base = (directory == null ? Path.of("") : directory).toAbsolutePath().normalize();
    Path temp = Files.createTempDirectory("jixiao-diff-");
    try {
      CheckRun before = side(oldSide, base, temp.resolve("old"));
      CheckRun after = side(newSide, base, temp.resolve("new"));
      BudgetDiff diff = new Differ(messages).diff(before.checked(), after.checked());
      String text = switch (format) {
        case text -> new DiffRenderer(messages).text(diff);
        case markdown -> new DiffRenderer(messages).markdown(diff);
        case json -> DiffRenderer.json(diff);
      };
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return Main.EXIT_OK;
    } finally {
      try (var files = Files.walk(temp)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A path as it is, or a git revision read into a temporary folder. */
  private CheckRun side(String side, Path base, Path temp) throws IOException {
    Path path = base.resolve(side);
    if (Files.exists(path)) {
      return CheckRun.check(List.of(path), base);
    }
    if (!Revisions.isRevision(base, side)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "“" + side + "”既不是文件或目录，也不是 git 版本（neither a path nor a git revision）");
    }
    try {
      List<Path> roots = Revisions.checkout(base, side, paths, temp);
      return CheckRun.check(roots.stream().filter(Files::exists).toList(), temp);
    } catch (Revisions.GitException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "git: " + e.getMessage());
    }
  }
}
