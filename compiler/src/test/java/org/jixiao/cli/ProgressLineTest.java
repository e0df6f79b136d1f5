package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jixiao.diag.Messages;
import org.jixiao.driver.Progress;
import org.junit.jupiter.api.Test;

/** The progress line, on a clock the test moves: nothing for short work, then redrawn in place. */
class ProgressLineTest {
  private long now;
  private final StringWriter err = new StringWriter();

  private ProgressLine line(Messages.Language language) {
    now = 0;
    return new ProgressLine(new PrintWriter(err), new Messages(language), () -> now);
  }

  @Test
  void silentForTheFirstSecond() {
    ProgressLine p = line(Messages.Language.ZH);
    now = 999_000_000L;
    p.step(Progress.READ, 10, 100);
    p.finish();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void redrawnInPlaceAtMostTenTimesASecondThenWiped() {
    ProgressLine p = line(Messages.Language.ZH);
    now = 1_200_000_000L;
    p.step(Progress.READ, 1200, 10000);
    now += 50_000_000L;
    p.step(Progress.READ, 1201, 10000); // too soon: not drawn
    p.step(Progress.CHECK, 1, 2); // as soon: a new phase is drawn at once
    p.finish();
    String read = "正在读取：1200/10000 个文件";
    String check = "正在检查：1/2 个预算";
    int width = org.jixiao.diag.DisplayWidth.of(read);
    assertThat(err.toString()).isEqualTo(
        "\r" + read
            + "\r" + check + " ".repeat(width - org.jixiao.diag.DisplayWidth.of(check))
            + "\r" + " ".repeat(width) + "\r");
  }

  @Test
  void englishCountsItsPlurals() {
    ProgressLine p = line(Messages.Language.EN);
    now = 2_000_000_000L;
    p.step(Progress.READ, 1, 1);
    assertThat(err.toString()).isEqualTo("\rReading: 1/1 file");
  }
}
