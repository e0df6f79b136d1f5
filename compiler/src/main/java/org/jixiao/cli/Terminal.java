package org.jixiao.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * What the terminal jixiao runs in wants: colour, and a progress line. The decisions are made here
 * from the state handed in, so tests need no terminal; {@link #detect} reads the real one.
 *
 * @param ansi whether standard output is a terminal that shows ANSI colour: picocli's detection
 *     (a console, on Windows one that understands ANSI, CLICOLOR, NO_COLOR), which already knows
 *     the cases of each JDK and platform, rather than one of our own
 * @param stderrTerminal whether standard error is a terminal, where a progress line can be redrawn
 * @param env the environment variables
 */
public record Terminal(boolean ansi, boolean stderrTerminal, Map<String, String> env) {
  /** The {@code --color} option. */
  public enum ColorMode {
    auto,
    always,
    never
  }

  /** The terminal this process runs in, with the environment's variables {@code env}. */
  public static Terminal detect(Map<String, String> env) {
    return new Terminal(CommandLine.Help.Ansi.AUTO.enabled(), stderrIsTerminal(), env);
  }

  /**
   * Colour as asked: {@code always} and {@code never} whatever the terminal; {@code auto} only on a
   * terminal that shows colour, and never with NO_COLOR set (no-color.org) or TERM=dumb. Piped
   * output, files and CI logs are therefore plain text unless {@code --color always} asks.
   */
  public boolean color(ColorMode mode) {
    if (mode == ColorMode.always) {
      return true;
    }
    if (mode == ColorMode.never || isSet("NO_COLOR") || "dumb".equals(env.get("TERM"))) {
      return false;
    }
    return ansi;
  }

  /**
   * A progress line on standard error: only when it is a terminal that can redraw a line, never
   * in CI (CI=true, as every CI service sets it, even when it gives the job a terminal).
   */
  public boolean progress() {
    String ci = env.get("CI");
    boolean inCi = ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false");
    return stderrTerminal && !inCi && !"dumb".equals(env.get("TERM"));
  }

  private boolean isSet(String variable) {
    String value = env.get(variable);
    return value != null && !value.isEmpty();
  }

  /**
   * A console (the JDK's: standard input and output on a terminal; from JDK 22 it exists anyway,
   * and {@code isTerminal} tells), and on Linux standard error itself on one: {@code 2> log}
   * leaves the console but must get no progress line.
   */
  static boolean stderrIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      if (Boolean.FALSE.equals(Console.class.getMethod("isTerminal").invoke(console))) {
        return false;
      }
    } catch (ReflectiveOperationException | RuntimeException beforeJdk22) {
      // the console exists, so this is a terminal
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException notLinux) {
      // no /proc: the console is all there is to go by
    }
    return true;
  }
}
