package org.jixiao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jixiao} command. Exit codes: 0 no error; 1 the files have errors (or warnings, with
 * {@code --strict}); 2 wrong usage; 3 an internal error in jixiao.
 */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "项目支出绩效目标表：检查、生成与审阅。Budget-as-code for 项目支出绩效目标表.",
    subcommands = {CheckCommand.class, BuildCommand.class, FmtCommand.class, DiffCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_DIAGNOSTICS = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /** Runs the command line with the given streams; what tests call instead of {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("jixiao 内部错误（internal error）: " + e);
          err.println("这是 jixiao 的缺陷，不是您的错误。请把这段输出和出错的文件一起报告给维护者。");
          err.flush();
          return EXIT_INTERNAL;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static PrintWriter utf8(java.io.OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "缺少子命令（missing subcommand）: check");
  }
}
