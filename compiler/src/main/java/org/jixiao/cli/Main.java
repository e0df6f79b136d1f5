package org.jixiao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
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
    subcommands = {CheckCommand.class, BuildCommand.class, FmtCommand.class, DiffCommand.class, ImportCommand.class, ReviewCommand.class, SchemaCommand.class,
        CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_DIAGNOSTICS = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    warmUp(args); // first: the command's name is ASCII, so the arguments as the JVM gave them will do
    // UTF-8 bytes whatever file.encoding, stdout.encoding or the console say, for everything that
    // prints, picocli's help and any library's messages included.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    String[] arguments = NativeArgs.recover(args);
    System.exit(run(arguments, utf8(out), utf8(err)));
  }

  /** The commands that read forms, and so need the stdlib. */
  private static final java.util.Set<String> READS_FORMS = java.util.Set.of("check", "build", "diff");

  /**
   * Cold start: the stdlib (parsed on first use, with the parser's own start-up) is a large part
   * of a short run's time and needs nothing from the arguments, so a second thread loads it while
   * this one builds the command model. The command then finds it loaded, or helps to finish it.
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
    return run(args, out, err, System.getenv());
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the environment's variables given. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
    Main main = new Main();
    main.env = env;
    CommandLine cli = commandLine(main, args);
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(Path.class, new PathArgument());
    // Wrong usage: one line in the reader's language and a pointer to --help (exit 2); a path the
    // JVM's locale cannot name is its own usage error (JX0009) with the hint that fits.
    UsageErrors usage = new UsageErrors(err, env);
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          Diagnostic unrepresentable = PathArgument.of(e);
          if (unrepresentable == null) {
            return usage.handleParseException(e, arguments);
          }
          err.print(PathArgument.render(unrepresentable, new Messages(language(arguments))));
          err.flush();
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // A name made from the user's text (a budget folder's, a revision's path) that the JVM's
          // locale cannot encode: the same usage error as for such an argument.
          Diagnostic unrepresentable = org.jixiao.source.PathText.EXACT ? null : PathArgument.of(e);
          if (unrepresentable != null) {
            err.print(PathArgument.render(unrepresentable, new Messages(language(parseResult.originalArgs()
                .toArray(String[]::new)))));
            err.flush();
            return EXIT_USAGE;
          }
          if (outOfMemory(e)) {
            return tooLittleMemory(err, args);
          }
          err.println("jixiao 内部错误（internal error）: " + e);
          err.println("这是 jixiao 的缺陷，不是您的错误。请把这段输出和出错的文件一起报告给维护者。");
          err.flush();
          return EXIT_INTERNAL;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands Exceptions to the handler above, and lets Errors through.
      code = tooLittleMemory(err, args);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Not a defect: the budget needs more heap than the JVM was given. Nothing was written (build
   * stages its outputs and moves them only when every one is whole). Said in the language asked for.
   */
  private static int tooLittleMemory(PrintWriter err, String[] args) {
    err.println();
    err.println(new Messages(language(args)).get("cli.outOfMemory", String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024))));
    err.flush();
    return EXIT_INTERNAL;
  }

  /**
   * True when the JVM ran out of heap somewhere in {@code e}: thrown, as a cause, or suppressed (a
   * stream closed while the heap was full throws the same error again, which Java refuses to add
   * to itself: an IllegalArgumentException whose cause is the error).
   */
  static boolean outOfMemory(Throwable e) {
    java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof OutOfMemoryError) {
        return true;
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
      for (Throwable s : t.getSuppressed()) {
        todo.push(s);
      }
    }
    return false;
  }

  /** The commands whose model is the whole tree: help and completion describe every command. */
  private static final java.util.Set<String> DESCRIBE_THE_TREE = java.util.Set.of("help", "completion");

  /**
   * The command line for these arguments. Cold start: picocli reads every option of every command
   * by reflection when it builds a model, so for {@code jixiao check …} and the other everyday
   * commands only that command's branch is built, under a root with the root's own settings; any
   * other first word (none, an option, a typo, help, completion) gets the whole tree, which the
   * suggestions, the help and the completion scripts need. {@code CommandTreeTest} holds that the
   * branch prints the same help as in the whole tree.
   */
  static CommandLine commandLine(Main main, String[] args) {
    Class<?> branch = args.length == 0 || DESCRIBE_THE_TREE.contains(args[0]) ? null : subcommand(args[0]);
    if (branch == null) {
      return new CommandLine(main);
    }
    Command root = Main.class.getAnnotation(Command.class);
    CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(main)
        .name(root.name())
        .mixinStandardHelpOptions(root.mixinStandardHelpOptions())
        .versionProvider(new Version());
    spec.usageMessage().description(root.description());
    CommandLine cli = new CommandLine(spec);
    cli.addSubcommand(args[0], branch);
    return cli;
  }

  /** The class of the subcommand named {@code name} in {@link Main}'s annotation, or null. */
  private static Class<?> subcommand(String name) {
    for (Class<?> type : Main.class.getAnnotation(Command.class).subcommands()) {
      Command command = type.getAnnotation(Command.class);
      if (command != null && command.name().equals(name)) {
        return type;
      }
    }
    return null;
  }

  /** The language of {@code --lang} among the arguments, else the environment's (before parsing). */
  static Messages.Language language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        return value.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? Messages.Language.EN : Messages.Language.ZH;
      }
    }
    return Messages.Language.fromEnvironment();
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
