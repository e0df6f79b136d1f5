package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.diag.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao build PATH... -o DIR}: declares the options; {@link BuildRunner} does the work. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "检查并生成正式表格：JSON、Excel（.xlsx）和 HTML。有错误时不生成任何文件。",
      "Checks, then writes the official outputs: JSON, Excel and HTML. Nothing is written when there is an error."
    },
    footer = {
      "",
      "示例 Examples:",
      "  jixiao build examples/yangquan-2026 -o out",
      "  jixiao build examples/yangquan-2026 -o out --format json,html",
      "",
      "输出 Output: DIR/<预算目录名>/budget.json, projects/*.json, <name>.xlsx, index.html, *.html.",
      "退出码 Exit codes: 0 已生成 written; 1 有错误，未生成 errors, nothing written; 2 用法错误 wrong usage;"
          + " 3 内部错误 internal error."
    })
public final class BuildCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "预算目录或文件 Budget folders or files.")
  List<Path> paths;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "输出目录 Output folder.")
  Path output;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "输出格式，逗号分隔 Formats, comma-separated: json, xlsx, html (default: all).")
  List<String> formats;

  @Option(names = "--lang", description = "消息语言 Message language: zh, en (default: from LANG). 输出文件只在写明 --lang 时换语言 The outputs' own words follow only an explicit --lang.")
  String lang;

  @CommandLine.Mixin DisplayOptions display = new DisplayOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Messages messages = new Messages(CheckCommand.language(lang, spec));
    List<String> chosen = formats == null || formats.isEmpty() ? List.copyOf(BuildRunner.backends().keySet()) : formats;
    for (String f : chosen) {
      if (!BuildRunner.backends().containsKey(f)) {
        throw new UsageErrors.UsageError(spec.commandLine(), "usage.badFormat", f,
            String.join(messages.get("list.separator"), BuildRunner.backends().keySet()));
      }
    }
    UsageErrors.requireExisting(spec, paths);
    Terminal terminal = Terminal.detect(Main.env(spec));
    // The outputs are in the form's language unless --lang says otherwise; LANG words only the messages.
    return new BuildRunner(paths, output, chosen, messages, spec.commandLine().getOut(), spec.commandLine().getErr(), Path.of(""))
        .formLanguage(lang != null ? messages : new Messages(Messages.Language.ZH))
        .display(terminal.color(display.color), ProgressLine.on(terminal, spec.commandLine().getErr(), messages))
        .run();
  }
}
