package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.jixiao.cli.Terminal.ColorMode;
import org.jixiao.diag.Messages;
import org.junit.jupiter.api.Test;

/**
 * When jixiao uses colour and a progress line, decided from the terminal state handed in: the
 * real terminal is only read by {@link Terminal#detect()}, so these need none.
 */
class TerminalTest {
  private static final Map<String, String> PLAIN = Map.of("TERM", "xterm-256color");

  @Test
  void autoColourOnlyOnATerminalThatTakesIt() {
    assertThat(new Terminal(true, true, PLAIN).color(ColorMode.auto)).isTrue();
    assertThat(new Terminal(false, false, PLAIN).color(ColorMode.auto)).as("piped").isFalse();
    assertThat(new Terminal(true, true, Map.of("TERM", "dumb")).color(ColorMode.auto)).isFalse();
  }

  @Test
  void noColorTurnsAutoOffButNotAlways() {
    Terminal withNoColor = new Terminal(true, true, Map.of("TERM", "xterm", "NO_COLOR", "1"));
    assertThat(withNoColor.color(ColorMode.auto)).isFalse();
    assertThat(withNoColor.color(ColorMode.always)).isTrue();
    // no-color.org: set and not empty
    assertThat(new Terminal(true, true, Map.of("TERM", "xterm", "NO_COLOR", "")).color(ColorMode.auto)).isTrue();
  }

  @Test
  void explicitChoicesWin() {
    assertThat(new Terminal(false, false, PLAIN).color(ColorMode.always)).isTrue();
    assertThat(new Terminal(true, true, PLAIN).color(ColorMode.never)).isFalse();
  }

  @Test
  void progressOnlyOnATerminalOutsideCi() {
    assertThat(new Terminal(true, true, PLAIN).progress()).isTrue();
    assertThat(new Terminal(true, false, PLAIN).progress()).as("stderr redirected").isFalse();
    assertThat(new Terminal(true, true, Map.of("CI", "true")).progress()).as("CI log").isFalse();
    assertThat(new Terminal(true, true, Map.of("CI", "false")).progress()).isTrue();
    assertThat(new Terminal(true, true, Map.of("TERM", "dumb")).progress()).isFalse();
  }

  @Test
  void noProgressObjectWithoutATerminal() {
    PrintWriter err = new PrintWriter(new StringWriter());
    Messages zh = new Messages(Messages.Language.ZH);
    assertThat(ProgressLine.on(new Terminal(false, false, PLAIN), err, zh)).isSameAs(org.jixiao.driver.Progress.NONE);
    assertThat(ProgressLine.on(new Terminal(true, true, PLAIN), err, zh)).isInstanceOf(ProgressLine.class);
  }

  @Test
  void colourOptionIsOnTheCommandsThatPrintDiagnostics() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"check", "--color", "sometimes", "--lang", "en", "."},
        new PrintWriter(out), new PrintWriter(err), PLAIN);
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "jixiao check: --color cannot be \"sometimes\"; it can be: auto, always, never. See jixiao check --help\n");
  }
}
