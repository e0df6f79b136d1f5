package org.jixiao.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller's ddmin, complements only) of a failing input while the same failure
 * signature holds: first whole files, then each file's lines, then its characters (bytes for a
 * file that is not valid UTF-8). Bounded by a number of tests and a deadline, so a slow failure
 * still ends with the smallest input found so far.
 */
public final class Minimizer {
  private final Predicate<FuzzInput> fails;
  private final long deadline;
  private final int maxTests;
  private int tests;

  private Minimizer(Predicate<FuzzInput> fails, long seconds, int maxTests) {
    this.fails = fails;
    this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
    this.maxTests = maxTests;
  }

  /** True when {@code found} is the failure {@code wanted}; time failures match by phase alone. */
  public static boolean same(String found, String wanted) {
    return timePhase(found) != null ? timePhase(found).equals(timePhase(wanted)) : found.equals(wanted);
  }

  private static String timePhase(String signature) {
    if (signature.startsWith("slow:") || signature.startsWith("hang:")) {
      int at = signature.indexOf('@');
      return signature.substring(signature.indexOf(':') + 1, at < 0 ? signature.length() : at);
    }
    return null;
  }

  /** The smallest input found, within {@code seconds} and {@code maxTests} runs of {@code fails}. */
  public static FuzzInput minimize(FuzzInput input, Predicate<FuzzInput> fails, long seconds, int maxTests) {
    return new Minimizer(fails, seconds, maxTests).run(input);
  }

  private boolean test(FuzzInput candidate) {
    if (tests >= maxTests || System.nanoTime() > deadline) {
      return false;
    }
    tests++;
    return fails.test(candidate);
  }

  private FuzzInput run(FuzzInput input) {
    FuzzInput current = input;
    for (String name : input.names()) {
      if (current.files().size() > 1) {
        FuzzInput without = current.without(name, "");
        if (test(without)) {
          current = without;
        }
      }
    }
    for (String name : current.names()) {
      byte[] bytes = current.files().get(name);
      String text = new String(bytes, StandardCharsets.UTF_8);
      final FuzzInput base = current;
      if (Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
        List<String> lines = ddmin(splitLines(text), l -> base.with(name, String.join("", l), ""));
        FuzzInput byLines = base.with(name, String.join("", lines), "");
        List<Integer> chars = ddmin(String.join("", lines).codePoints().boxed().toList(),
            c -> byLines.with(name, codePoints(c), ""));
        current = byLines.with(name, codePoints(chars), "");
      } else {
        List<Byte> kept = ddmin(boxed(bytes), b -> base.with(name, unboxed(b), ""));
        current = base.with(name, unboxed(kept), "");
      }
    }
    return new FuzzInput(current.folder(), current.files(), input.origin() + " minimised (" + tests + " tests)");
  }

  private <T> List<T> ddmin(List<T> items, Function<List<T>, FuzzInput> build) {
    List<T> current = items;
    int n = 2;
    while (current.size() >= 2) {
      int chunk = (current.size() + n - 1) / n;
      boolean reduced = false;
      for (int start = 0; start < current.size(); start += chunk) {
        List<T> complement = new ArrayList<>(current.subList(0, start));
        complement.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
        if (test(build.apply(complement))) {
          current = complement;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (tests >= maxTests || System.nanoTime() > deadline) {
        break;
      }
      if (!reduced) {
        if (n >= current.size()) {
          break;
        }
        n = Math.min(current.size(), n * 2);
      }
    }
    return current;
  }

  /** Lines with their terminators (a lone CR stays inside its line: it matters to the lexer). */
  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(from, i + 1));
        from = i + 1;
      }
    }
    if (from < text.length()) {
      lines.add(text.substring(from));
    }
    return lines;
  }

  private static String codePoints(List<Integer> cps) {
    StringBuilder b = new StringBuilder();
    cps.forEach(b::appendCodePoint);
    return b.toString();
  }

  private static List<Byte> boxed(byte[] bytes) {
    List<Byte> list = new ArrayList<>(bytes.length);
    for (byte b : bytes) {
      list.add(b);
    }
    return list;
  }

  private static byte[] unboxed(List<Byte> list) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(list.size());
    list.forEach(b -> out.write(b));
    return out.toByteArray();
  }
}
