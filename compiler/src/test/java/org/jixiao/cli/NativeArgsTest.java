package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Taking back the command line bytes that Java decoded with an ASCII locale: only when every
 * argument matches what Java made of its bytes, and only as UTF-8.
 */
class NativeArgsTest {
  /** /proc/self/cmdline: each argument followed by a NUL. */
  static byte[] cmdline(byte[]... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] a : args) {
      out.writeBytes(a);
      out.write(0);
    }
    return out.toByteArray();
  }

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** What Java 17 passes to main under LANG=C: one U+FFFD per byte that is not ASCII. */
  static String ascii(String s) {
    return new String(b(s), StandardCharsets.US_ASCII);
  }

  @Test
  void theProgramsArgumentsAreTheLastOnesAndComeBackAsUtf8() {
    byte[] raw = cmdline(b("java"), b("-jar"), b("jixiao.jar"), b("check"), b("--format"), b("github"), b("预算/甲.jx"), b(""));
    String[] given = {"check", "--format", "github", ascii("预算/甲.jx"), ""};
    assertThat(given[3]).contains("\uFFFD");
    assertThat(NativeArgs.recover(given, raw, StandardCharsets.US_ASCII))
        .containsExactly("check", "--format", "github", "预算/甲.jx", "");
  }

  @Test
  void anArgumentThatDoesNotMatchLeavesAllAsGiven() {
    // Java's text keeps the ASCII and one U+FFFD per other byte: that much must agree.
    byte[] raw = cmdline(b("java"), b("Main"), b("check"), b("预算/a"));
    String[] given = {"check", ascii("预算年度/a")};
    assertThat(NativeArgs.recover(given, raw, StandardCharsets.US_ASCII)).isSameAs(given);
    String[] more = {"a", "b", "c", ascii("预算")};
    assertThat(NativeArgs.recover(more, cmdline(b("预算")), StandardCharsets.US_ASCII)).isSameAs(more);
  }

  @Test
  void bytesThatAreNotUtf8StayAsJavaDecodedThem() {
    byte[] gbk = {(byte) 0xD4, (byte) 0xA4, (byte) 0xCB, (byte) 0xE3};
    String[] given = {"check", new String(gbk, StandardCharsets.US_ASCII)};
    assertThat(NativeArgs.recover(given, cmdline(b("java"), b("check"), gbk), StandardCharsets.US_ASCII))
        .containsExactly(given);
  }
}
