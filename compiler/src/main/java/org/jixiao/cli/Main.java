package org.jixiao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jixiao} command. Exit codes: 0 no error; 1 the files have errors (or warnings, with
 * {@code --strict}); 2 wrong usage (said in one line, {@link UsageErrors}); 3 an internal error in
 * jixiao. A bare {@code jixiao} prints a short help and exits 0.
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
    return run(args, out, err, System.getenv());
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the environment's variables given. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
    Main main = new Main();
    main.env = env;
    CommandLine cli = new CommandLine(main);
    cli.setOut(out);
    cli.setErr(err);
    // Wrong usage: one line in the reader's language and a pointer to --help (exit 2).
    cli.setParameterExceptionHandler(new UsageErrors(err, env));
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

  private java.util.Map<String, String> env = System.getenv();

  /** The environment the command line was run with (tests hand in their own), for any command of it. */
  static java.util.Map<String, String> env(CommandLine.Model.CommandSpec spec) {
    CommandLine.Model.CommandSpec root = spec;
    while (root.parent() != null) {
      root = root.parent();
    }
    return root.userObject() instanceof Main main ? main.env : System.getenv();
  }

  /** A bare {@code jixiao}: a short help in the reader's language, on standard output. */
  @Override
  public void run() {
    org.jixiao.diag.Messages messages = new org.jixiao.diag.Messages(org.jixiao.diag.Messages.Language.fromEnvironment(env));
    spec.commandLine().getOut().print(UsageErrors.shortHelp(spec.commandLine(), messages));
    spec.commandLine().getOut().flush();
  }
}
