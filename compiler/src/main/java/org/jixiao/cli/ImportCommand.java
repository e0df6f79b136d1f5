package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.diag.TextRenderer;
import org.jixiao.importer.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao import FILE... [--profile NAME] [-o DIR] [--force]}: the forms an office has, as a budget folder. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "把已有的绩效目标表（.xlsx、.xls，或制表符分隔的文本）导入为 .jx：每个项目一个文件，另有 budget.jx。",
      "Imports existing target forms (.xlsx, .xls, tab-separated text) as .jx files, one per project, and a budget.jx."
    },
    footer = {
      "",
      "示例 Examples:",
      "  jixiao import 2026年绩效目标表.xlsx -o 预算2026",
      "  jixiao import 导出.txt --profile 山西 -o 预算2026",
      "",
      "退出码 Exit codes: 0 已导入 imported; 1 有错误，未写出文件 errors, nothing written; 2 用法错误 wrong usage."
    })
public final class ImportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "要导入的文件 Files to import.")
  List<Path> files;

  @Option(names = "--profile", paramLabel = "NAME", description = "表样的模板（默认按栏目名称判断） The template (default: told from the labels).")
  String profile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "写到这个目录（默认当前目录） Folder to write (default: here).")
  Path output = Path.of(".");

  @Option(names = "--region", paramLabel = "NAME", description = "预算的地区（默认从表名读出） The budget's region (default: read from the title).")
  String region;

  @Option(names = "--force", description = "覆盖已有的 .jx 文件 Overwrite existing .jx files.")
  boolean force;

  @Option(names = "--lang", description = "消息语言 Message language: zh, en (default: from LANG).")
  String lang;

  @CommandLine.Mixin DisplayOptions display = new DisplayOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Messages messages = new Messages(CheckCommand.language(lang, spec));
    UsageErrors.requireExisting(spec, files);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Importer importer = new Importer(messages);
    Terminal terminal = Terminal.detect(Main.env(spec));
    // A workbook of thousands of forms takes a while: a terminal is told how far it has come.
    Importer.Result result = importer.run(files, profile, region, output, force, ProgressLine.on(terminal, err, messages));
    TextRenderer renderer = new TextRenderer(messages, terminal.color(display.color));
    if (importer.picked() != null) {
      err.println(importer.picked());
    }
    boolean failed = false;
    for (Diagnostic d : result.diagnostics()) {
      err.print(renderer.render(d));
      failed |= d.severity() == Severity.ERROR;
    }
    for (Path p : result.written()) {
      out.println(messages.get("import.written", org.jixiao.source.PathText.text(p).replace('\\', '/')));
    }
    if (!result.written().isEmpty()) {
      out.println(messages.get("import.summary", String.valueOf(result.forms()), String.valueOf(result.written().size()),
          org.jixiao.source.PathText.text(output).replace('\\', '/'), String.valueOf(result.mapped()), String.valueOf(result.unmapped())));
    }
    out.flush();
    err.flush();
    return failed || result.written().isEmpty() ? Main.EXIT_DIAGNOSTICS : Main.EXIT_OK;
  }
}
