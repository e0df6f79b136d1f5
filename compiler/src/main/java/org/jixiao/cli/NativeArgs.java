package org.jixiao.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.source.PathText;

/**
 * The command line as it was typed, when the JVM's locale lost it. Java decodes {@code main}'s
 * arguments with the locale's charset: under {@code LANG=C} every byte of {@code 预算} becomes
 * {@code \uFFFD} before jixiao runs. Linux keeps the original bytes in {@code /proc/self/cmdline};
 * they are taken back only when each of them, decoded as the JVM decodes, gives exactly the argument
 * Java passed, and when they are UTF-8. Otherwise the arguments stay as they are, and a path among
 * them that names no file is reported as JX0009 (see {@link PathArgument}).
 */
final class NativeArgs {
  private NativeArgs() {}

  static String[] recover(String[] args) {
    if (PathText.EXACT || allAscii(args)) {
      return args;
    }
    try {
      return recover(args, Files.readAllBytes(Path.of("/proc/self/cmdline")), PathText.NATIVE);
    } catch (IOException | RuntimeException e) {
      // No /proc (macOS, BSD) or not readable: keep what Java gave.
      return args;
    }
  }

  /** {@code cmdline}: NUL-terminated arguments, the program's own last. */
  static String[] recover(String[] args, byte[] cmdline, Charset jvm) {
    List<byte[]> all = split(cmdline);
    if (all.size() < args.length) {
      return args;
    }
    List<byte[]> mine = all.subList(all.size() - args.length, all.size());
    String[] recovered = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      byte[] raw = mine.get(i);
      if (!new String(raw, jvm).equals(args[i])) {
        return args;
      }
      try {
        recovered[i] = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(raw)).toString();
      } catch (CharacterCodingException e) {
        recovered[i] = args[i];
      }
    }
    return recovered;
  }

  private static List<byte[]> split(byte[] cmdline) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        parts.add(java.util.Arrays.copyOfRange(cmdline, start, i));
        start = i + 1;
      }
    }
    if (start < cmdline.length) {
      parts.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
    }
    return parts;
  }

  private static boolean allAscii(String[] args) {
    for (String a : args) {
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) >= 0x80) {
          return false;
        }
      }
    }
    return true;
  }
}
