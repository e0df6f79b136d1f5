package org.jixiao.cli;

import picocli.CommandLine.Option;

/** The {@code --color} option of the commands that print diagnostics (a picocli mixin). */
public final class DisplayOptions {
  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "颜色 Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto 只在终端上用颜色，设置了 NO_COLOR 时不用"
          + " colour on a terminal only, and not with NO_COLOR set).")
  Terminal.ColorMode color = Terminal.ColorMode.auto;
}
