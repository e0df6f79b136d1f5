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
      "",
      "退出码 Exit codes: 0 已审核 reviewed; 2 用法错误 wrong usage."
    })
public final class ReviewCommand implements Callable<Integer> {
  public enum Format {
    text,
    markdown
  }

  @Parameters(index = "0", paramLabel = "BUDGET", description = "今年的预算目录 This year's budget folder.")
  Path budget;

  @Option(names = "--previous", required = true, paramLabel = "DIR", description = "上一年度的预算目录 Last year's budget folder.")
  Path previous;

  @Option(names = "--format", defaultValue = "text", description = "输出格式 Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", description = "消息语言 Message language: zh, en (default: from LANG).")
  String lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Messages messages = new Messages(CheckCommand.language(lang, spec));
    UsageErrors.requireExisting(spec, List.of(budget, previous));
    CompiledBudget now = first(budget);
    CompiledBudget before = first(previous);
    List<Reviewer.ProjectReview> reviews = now == null || now.context() == null ? List.of()
        : Reviewer.review(now.context(), now.diagnostics(), before == null ? null : before.context());
    ReviewReport report = new ReviewReport(messages);
    String current = org.jixiao.source.PathText.text(budget).replace('\\', '/');
    String last = org.jixiao.source.PathText.text(previous).replace('\\', '/');
    var out = spec.commandLine().getOut();
    out.print(format == Format.markdown ? report.markdown(current, last, reviews) : report.text(current, last, reviews));
    out.flush();
    return Main.EXIT_OK;
  }

  private static CompiledBudget first(Path folder) {
    List<CompiledBudget> budgets = CheckRun.check(List.of(folder), Path.of("")).budgets();
    return budgets.isEmpty() ? null : budgets.get(0);
  }
}
