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
    description = "项目支出绩效目标表：检查、生成与审阅。Budget-as-code for 项目支出绩效目标表.")
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
    CommandLine cli = commandLine(args);
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

  /** The subcommands, in the order {@code jixiao --help} lists them. */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS =
      new java.util.LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("check", CheckCommand::new);
    SUBCOMMANDS.put("build", BuildCommand::new);
    SUBCOMMANDS.put("fmt", FmtCommand::new);
    SUBCOMMANDS.put("diff", DiffCommand::new);
    SUBCOMMANDS.put("schema", SchemaCommand::new);
    SUBCOMMANDS.put("completion", CompletionCommand::new);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  /**
   * The command tree for these arguments. picocli builds a command's model by reflection when it
   * is added, a good part of a short run's start; when the first argument names a subcommand,
   * that is the only one the parse can reach, so only it is added. {@code help} and
   * {@code completion} describe the whole tree, and anything else (options, no or a wrong name)
   * gets it all, so usage and errors read the same either way. The release build asks for
   * {@code --help}'s tree to write the man pages.
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    String first = args.length > 0 ? args[0] : "";
    if (SUBCOMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion")) {
      cli.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    return cli;
  }

  private static PrintWriter utf8(java.io.OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "缺少子命令（missing subcommand）: check");
  }
}
