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
        CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_DIAGNOSTICS = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    warmUp(args);
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /** The commands that read forms, and so need the stdlib. */
  private static final java.util.Set<String> READS_FORMS = java.util.Set.of("check", "build", "diff");

  /**
   * Cold start: the stdlib (parsed on first use, with the parser's own start-up) is a large part
   * of a short run's time and needs nothing from the arguments, so a second thread loads it while
   * this one builds the command model. The command then finds it loaded, or waits for it.
   * Failures are ignored here: the command asks again and reports them (see {@code Stdlib}).
   */
  private static void warmUp(String[] args) {
    if (args.length == 0 || !READS_FORMS.contains(args[0])) {
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        org.jixiao.semantics.library.Stdlib.library();
      } catch (RuntimeException | Error ignored) {
        // reported by the command itself when it loads the stdlib
      }
    }, "jixiao-stdlib");
    thread.setDaemon(true);
    thread.start();
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
