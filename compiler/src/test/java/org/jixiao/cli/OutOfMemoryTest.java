package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jixiao.diag.Messages;
import org.junit.jupiter.api.Test;

/** A heap too small for the budget is told as such, with the way out, and not as a defect. */
class OutOfMemoryTest {
  @Test
  void foundThrownWrappedAndBehindASelfSuppression() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    assertThat(Main.outOfMemory(oom)).isTrue();
    assertThat(Main.outOfMemory(new UncheckedIOException(new IOException(oom)))).isTrue();
    // try-with-resources whose close throws the very error the body threw.
    IllegalArgumentException selfSuppression = null;
    try {
      oom.addSuppressed(oom);
    } catch (IllegalArgumentException e) {
      selfSuppression = e;
    }
    assertThat(selfSuppression).isNotNull();
    assertThat(Main.outOfMemory(selfSuppression)).isTrue();
    RuntimeException suppressing = new RuntimeException("body");
    suppressing.addSuppressed(oom);
    assertThat(Main.outOfMemory(suppressing)).isTrue();
  }

  @Test
  void aDefectIsNotOutOfMemory() {
    RuntimeException defect = new IllegalStateException("bug", new IOException("disk"));
    defect.addSuppressed(new StackOverflowError());
    assertThat(Main.outOfMemory(defect)).isFalse();
  }

  @Test
  void theMessageSaysHowMuchAndHowToGiveMore() {
    for (Messages.Language language : Messages.Language.values()) {
      String text = new Messages(language).get("cli.outOfMemory", "512");
      assertThat(text).contains("512").contains("JIXIAO_JAVA_OPTS=-Xmx4g");
    }
  }
}
