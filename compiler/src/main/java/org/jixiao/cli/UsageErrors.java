package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.diag.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Wrong usage, said in one line in the reader's language with a pointer to {@code --help}, instead
 * of picocli's English message and twenty lines of usage: {@code jixiao check：缺少参数 PATH。用法见
 * jixiao check --help}. The language is the {@code --lang} on the command line when there is a
 * valid one, else the environment's. Also the short help that a bare {@code jixiao} prints.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private final PrintWriter err;
  private final Map<String, String> env;

  UsageErrors(PrintWriter err, Map<String, String> env) {
    this.err = err;
    this.env = env;
  }

  /** Wrong usage found by a command itself (a path that does not exist, --lang fr), with its text's key. */
  static final class UsageError extends ParameterException {
    private static final long serialVersionUID = 1L;
    final String key;
    final String[] args;

    UsageError(CommandLine commandLine, String key, String... args) {
      super(commandLine, key + " " + String.join(" ", args));
      this.key = key;
      this.args = args.clone();
    }
  }

  /** Every path must exist: a missing one is wrong usage (exit 2), not a diagnostic in a file. */
  static void requireExisting(CommandSpec spec, List<Path> paths) {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UsageError(spec.commandLine(), "usage.noSuchPath", p.toString());
      }
    }
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    Messages messages = new Messages(language(args, env));
    CommandLine cmd = ex.getCommandLine();
    String command = cmd.getCommandSpec().qualifiedName(" ");
    err.print(messages.get("usage.line", command, describe(ex, messages, args)) + "\n");
    err.flush();
    return Main.EXIT_USAGE;
  }

  /** The --lang of the command line, when valid; else the environment's language. */
  static Messages.Language language(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      Messages.Language chosen = value == null ? null : parseLanguage(value);
      if (chosen != null) {
        return chosen;
      }
    }
    return Messages.Language.fromEnvironment(env);
  }

  /** zh or en as the --lang option takes them; null for anything else. */
  static Messages.Language parseLanguage(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "zh", "zh-cn", "cn" -> Messages.Language.ZH;
      case "en", "en-us" -> Messages.Language.EN;
      default -> null;
    };
  }

  private static String describe(ParameterException ex, Messages m, String[] args) {
    if (ex instanceof UsageError u) {
      return m.get(u.key, u.args);
    }
    if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec spec = missing.getMissing().get(0);
      if (spec.isPositional()) {
        return m.get("usage.missingParameter", spec.paramLabel());
      }
      String name = ((OptionSpec) spec).longestName();
      boolean written = List.of(args).stream().anyMatch(a -> List.of(((OptionSpec) spec).names()).contains(a.split("=", 2)[0]));
      return m.get(written ? "usage.missingValue" : "usage.missingOption", name);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      CommandLine cmd = ex.getCommandLine();
      List<String> suggestions = unmatched.getSuggestions();
      String meant = suggestions.isEmpty() ? null : suggestions.get(0);
      if (first.startsWith("-")) {
        return meant == null ? m.get("usage.unknownOption", first) : m.get("usage.unknownOptionMeant", first, meant);
      } else if (!cmd.getSubcommands().isEmpty()) {
        return meant == null
            ? m.get("usage.unknownCommand", first, String.join(m.get("list.separator"), commandNames(cmd)))
            : m.get("usage.unknownCommandMeant", first, meant);
      }
      return m.get("usage.extraArgument", first);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException twice) {
      ArgSpec spec = twice.getOverwritten();
      String name = spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
      return m.get("usage.writtenTwice", name);
    }
    if (ex instanceof CommandLine.MaxValuesExceededException) {
      return m.get("usage.tooManyArguments");
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      ArgSpec spec = ex.getArgSpec();
      String name = spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
      List<String> candidates = new ArrayList<>();
      if (spec.completionCandidates() != null) {
        spec.completionCandidates().forEach(candidates::add);
      }
      return candidates.isEmpty() ? m.get("usage.badValue", name, ex.getValue())
          : m.get("usage.badValueOf", name, ex.getValue(), String.join(m.get("list.separator"), candidates));
    }
    String text = ex.getMessage() == null ? "" : ex.getMessage().strip();
    return text.isEmpty() || "。.？?！!".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : m.get("usage.other", text);
  }

  /** The commands, each once (aliases left out), without picocli's {@code help}: --help says it. */
  private static List<String> commandNames(CommandLine cmd) {
    List<String> names = new ArrayList<>();
    cmd.getSubcommands().forEach((name, sub) -> {
      if (!names.contains(sub.getCommandName()) && !sub.getCommandName().equals("help")) {
        names.add(sub.getCommandName());
      }
    });
    return names;
  }

  /**
   * What a bare {@code jixiao} prints: what it is, the commands with one line each (the
   * description of each command in the reader's language: its first line is Chinese, its second
   * English), an example and where the rest is.
   */
  static String shortHelp(CommandLine cli, Messages m) {
    StringBuilder out = new StringBuilder();
    out.append(m.get("usage.short.title")).append('\n');
    out.append(m.get("usage.short.usage")).append("\n\n");
    out.append(m.get("usage.short.commands")).append('\n');
    List<String> names = commandNames(cli);
    int width = names.stream().mapToInt(String::length).max().orElse(0);
    for (String name : names) {
      String[] description = cli.getSubcommands().get(name).getCommandSpec().usageMessage().description();
      int index = m.language() == Messages.Language.EN && description.length > 1 ? 1 : 0;
      String line = description.length == 0 ? "" : description[index];
      out.append("  ").append(name).append(" ".repeat(width - name.length() + 2)).append(line).append('\n');
    }
    out.append('\n').append(m.get("usage.short.example")).append('\n');
    out.append(m.get("usage.short.more")).append('\n');
    return out.toString();
  }
}
