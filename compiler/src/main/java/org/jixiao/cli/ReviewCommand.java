package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.Reviewer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao review BUDGET --previous LAST_YEAR}: this year's targets against last year's targets and actuals. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "审核：把今年的绩效目标与上一年度的目标和自评对比（完整性、相关性、适当性、可行性），每条意见指到行，并给出每个项目的建议等级。",
      "Reviews this year's targets against last year's targets and self-evaluation (completeness, relevance, appropriateness, feasibility): each finding at its line, a suggested grade per project."
    },
    footer = {
      "",
      "示例 Examples:",
      "  jixiao review budgets/2026 --previous budgets/2025",
      "  jixiao review budgets/2026 --previous budgets/2025 --format markdown > review.md",
      "  jixiao review budgets/2026 --previous v2025                  # 同一目录在 git 版本 v2025 中 the same folder at a git revision",
      "  jixiao review budgets/2026 --previous HEAD~1:budgets/2025 --format html > review.html",
      "",
      "退出码 Exit codes: 0 已审核 reviewed; 2 用法错误 wrong usage."
    })
public final class ReviewCommand implements Callable<Integer> {
  public enum Format {
    text,
    markdown,
    html
  }

  @Parameters(index = "0", paramLabel = "BUDGET", description = "今年的预算目录 This year's budget folder.")
  Path budget;

  @Option(names = "--previous", required = true, paramLabel = "DIR|REV",
      description = "上一年度的预算目录，或 git 版本（REV：今年的目录在该版本中的样子；REV:PATH：该版本中的另一目录） "
          + "Last year's budget folder, or a git revision (REV: this year's folder at it; REV:PATH: another folder at it).")
  String previous;

  @Option(names = "-C", paramLabel = "DIR", description = "在此目录中运行（git 仓库） Run as if started in DIR (the git repository).")
  Path directory;

  @Option(names = "--format", defaultValue = "text", description = "输出格式 Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", description = "消息语言 Message language: zh, en (default: from LANG).")
  String lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    Messages messages = new Messages(CheckCommand.language(lang, spec));
    Path base = (directory == null ? Path.of("") : directory).toAbsolutePath().normalize();
    Path here = base.resolve(budget);
    UsageErrors.requireExisting(spec, List.of(here));
    try (PreviousYear last = PreviousYear.of(spec, base, previous, budget)) {
      CompiledBudget now = first(here, base);
      CompiledBudget before = first(last.folder(), base);
      List<Reviewer.ProjectReview> reviews = now == null || now.context() == null ? List.of()
          : Reviewer.review(now.context(), now.diagnostics(), before == null ? null : before.context());
      ReviewReport report = new ReviewReport(messages);
      String current = org.jixiao.source.PathText.text(budget).replace('\\', '/');
      var out = spec.commandLine().getOut();
      out.print(switch (format) {
        case markdown -> report.markdown(current, previous, reviews);
        case html -> report.html(current, previous, reviews);
        case text -> report.text(current, previous, reviews);
      });
      out.flush();
    }
    return Main.EXIT_OK;
  }

  private static CompiledBudget first(Path folder, Path base) {
    List<CompiledBudget> budgets = CheckRun.check(List.of(folder), base).budgets();
    return budgets.isEmpty() ? null : budgets.get(0);
  }
}
