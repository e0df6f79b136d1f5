package org.jixiao.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of a budget folder: grammar-aware ones on the lines and tokens of one file (what a
 * person pasting, editing or converting a form does, and what stresses the compiler's limits),
 * byte-level ones, and ones on the folder's files. Each mutation is a pure function of the random
 * stream, so a seed reproduces an input.
 */
public final class Mutators {
  private static final String[] KEYWORDS = ("budget project title profile ceiling department implementer attribute "
      + "period funds costs years overview basis necessity measures plan goal indicator term annual leader handler "
      + "phone filed allow check dimension unit counter prefix framework level category rule extends layout weight "
      + "direction kind standard explain scoring note total local central other").split(" ");
  private static final String[] ODD = {"\u200B", "\u00A0", "\u3000", "\u202E", "\u0301", "\uD83D\uDE00", "\u0000",
      "\uFFFD", "＃", "｛", "｝", "\u2028", "\u0085", "\u000B", "\f", "\t", "\uFEFF", "\uD800", "１", "．", "／", "％", "＞＝"};
  private static final String[] HOSTILE = {"<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "javascript:alert(1)",
      "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "<img src=x onerror=alert(1)>",
      "../../../etc/passwd", "CON", "a\\b/c", "%2e%2e%2f"};
  private static final Pattern NUMBER = Pattern.compile("[0-9０-９][0-9０-９,._]*");
  private static final Pattern GLUED = Pattern.compile("([0-9])([^\\s0-9,._\"#{}()])");
  private static final Pattern SPACED = Pattern.compile("([0-9]) +([^\\s0-9\"#{}()<>=≤≥+*-])");
  private static final Pattern STRING = Pattern.compile("\"[^\"\\n]*\"");
  private static final Pattern UNIT_AFTER_NUMBER = Pattern.compile("([0-9]) ?(元|人|吨|个|次|%|万元|人次|年|月)");

  private final Seeds seeds;

  public Mutators(Seeds seeds) {
    this.seeds = seeds;
  }

  /** A seed folder with 1–4 mutations. */
  public FuzzInput next(Random random) {
    FuzzInput input = seeds.pick(random);
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      input = mutate(input, random);
    }
    return input;
  }

  public FuzzInput mutate(FuzzInput input, Random random) {
    List<String> names = input.names();
    if (names.isEmpty()) {
      return input;
    }
    String file = names.get(random.nextInt(names.size()));
    int r = random.nextInt(1000);
    if (r < 40) {
      return folderMutation(input, file, random);
    }
    if (r < 120) {
      return input.with(file, bytes(input.files().get(file), random), "bytes@" + file);
    }
    String text = input.text(file);
    String[] step = {""};
    String mutated = r < 990 ? text(text, random, step) : heavy(text, random, step);
    return input.with(file, mutated, step[0] + "@" + file);
  }

  private FuzzInput folderMutation(FuzzInput input, String file, Random random) {
    switch (random.nextInt(3)) {
      case 0:
        return input.names().size() > 1 ? input.without(file, "drop-file@" + file) : input;
      case 1:
        return input.with("copy-" + file, input.files().get(file), "copy-file@" + file);
      default:
        return input.with(file, new byte[0], "empty-file@" + file);
    }
  }

  /** One grammar-aware change; {@code step} receives its name. */
  String text(String text, Random random, String[] step) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    switch (random.nextInt(20)) {
      case 0: step[0] = "delete-line"; lines.remove(at); break;
      case 1: step[0] = "duplicate-line"; lines.add(at, line); break;
      case 2: step[0] = "swap-lines"; java.util.Collections.swap(lines, at, random.nextInt(lines.size())); break;
      case 3: step[0] = "splice-line"; lines.add(at, seeds.line(random)); break;
      case 4: step[0] = "replace-line"; lines.set(at, seeds.line(random)); break;
      case 5: step[0] = "number"; lines.set(at, replaceNumber(line, random)); break;
      case 6: step[0] = "glue-unit"; lines.set(at, GLUED.matcher(line).find() ? line : SPACED.matcher(line).replaceFirst("$1$2")); break;
      case 7: step[0] = "split-unit"; lines.set(at, GLUED.matcher(line).replaceFirst("$1 $2")); break;
      case 8: step[0] = "unit-chain"; lines.set(at, unitChain(line, 2 + random.nextInt(random.nextBoolean() ? 10 : 200), random)); break;
      case 9: step[0] = "check-sum"; lines.add(closingBrace(lines, at), checkSum(1 + random.nextInt(random.nextBoolean() ? 8 : 400), random)); break;
      case 10: step[0] = "swap-keyword"; lines.set(at, swapKeyword(line, random)); break;
      case 11: step[0] = "stray-brace"; lines.set(at, insertAt(line, random.nextBoolean() ? "{" : "}", random)); break;
      case 12: step[0] = "missing-brace"; lines.set(at, line.replaceFirst(random.nextBoolean() ? "\\{" : "\\}", "")); break;
      case 13: step[0] = "word-on-brace"; wordOnBrace(lines, random); break;
      case 14: step[0] = "line-endings"; return lineEndings(lines, random, step);
      case 15: step[0] = "cr-comment-continuation"; crComment(lines, random); break;
      case 16: step[0] = "bom"; lines.set(0, "\uFEFF" + lines.get(0)); break;
      case 17: step[0] = "odd-unicode"; lines.set(at, insertAt(line, ODD[random.nextInt(ODD.length)], random)); break;
      case 18: step[0] = "hostile-text"; lines.set(at, hostile(line, random)); break;
      default: step[0] = "delete-span"; lines.set(at, deleteSpan(line, random)); break;
    }
    return String.join("\n", lines);
  }

  /** Rare, expensive shapes: the sizes that found the known slow paths and overflows. */
  private String heavy(String text, Random random, String[] step) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(4)) {
      case 0: step[0] = "huge-check-sum"; lines.add(closingBrace(lines, at), checkSum(1000 + random.nextInt(5000), random)); break;
      case 1: step[0] = "huge-unit-chain"; lines.set(at, unitChain(lines.get(at), 1000 + random.nextInt(20_000), random)); break;
      case 2: step[0] = "huge-number"; lines.set(at, NUMBER.matcher(lines.get(at)).replaceFirst(digits(random, 1000 + random.nextInt(20_000)))); break;
      default: step[0] = "many-lines"; for (int i = 0; i < 200 + random.nextInt(2000); i++) { lines.add(at, lines.get(at)); } break;
    }
    return String.join("\n", lines);
  }

  private static String replaceNumber(String line, Random random) {
    Matcher m = NUMBER.matcher(line);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    if (found.isEmpty()) {
      return line;
    }
    int[] span = found.get(random.nextInt(found.size()));
    String number;
    switch (random.nextInt(9)) {
      case 0: number = digits(random, 10 + random.nextInt(300)); break;
      case 1: number = "-" + line.substring(span[0], span[1]); break;
      case 2: number = "0." + digits(random, 5 + random.nextInt(300)); break;
      case 3: number = toFullWidth(line.substring(span[0], span[1])); break;
      case 4: number = "1" + ",000".repeat(1 + random.nextInt(12)); break;
      case 5: number = random.nextBoolean() ? "0" : "-0"; break;
      case 6: number = "1e" + random.nextInt(400); break;
      case 7: number = digits(random, 3) + "_" + "." + "," + digits(random, 2); break;
      default: number = String.valueOf(random.nextLong()); break;
    }
    return line.substring(0, span[0]) + number + line.substring(span[1]);
  }

  private static String digits(Random random, int n) {
    StringBuilder b = new StringBuilder(n);
    b.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  private static String toFullWidth(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return b.toString();
  }

  private static String unitChain(String line, int parts, Random random) {
    String op = random.nextBoolean() ? "/" : "*";
    String unit = random.nextBoolean() ? "元" : "人";
    String chain = unit + (op + unit).repeat(parts - 1);
    Matcher m = UNIT_AFTER_NUMBER.matcher(line);
    return m.find() ? line.substring(0, m.end(1)) + " " + chain + line.substring(m.end()) : line + " 1 " + chain;
  }

  private static String checkSum(int terms, Random random) {
    String op = random.nextInt(4) == 0 ? " * " : " + ";
    String term = random.nextBoolean() ? "1 元" : "(1 元)";
    StringBuilder b = new StringBuilder("  check ").append(term);
    for (int i = 1; i < terms; i++) {
      b.append(op).append(term);
    }
    return b.append(" <= funds.annual").toString();
  }

  /** The index of the next line that closes a block, from {@code at}, or {@code at}. */
  private static int closingBrace(List<String> lines, int at) {
    for (int i = at; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("}")) {
        return i;
      }
    }
    return at;
  }

  private static String swapKeyword(String line, Random random) {
    for (String k : KEYWORDS) {
      int i = line.indexOf(k + " ");
      if (i >= 0 && line.substring(0, i).isBlank()) {
        return line.substring(0, i) + KEYWORDS[random.nextInt(KEYWORDS.length)] + line.substring(i + k.length());
      }
    }
    return KEYWORDS[random.nextInt(KEYWORDS.length)] + " " + line.strip();
  }

  private static String insertAt(String line, String what, Random random) {
    int i = random.nextInt(line.length() + 1);
    return line.substring(0, i) + what + line.substring(i);
  }

  private static String deleteSpan(String line, Random random) {
    if (line.isEmpty()) {
      return line;
    }
    int i = random.nextInt(line.length());
    int j = Math.min(line.length(), i + 1 + random.nextInt(8));
    return line.substring(0, i) + line.substring(j);
  }

  private static void wordOnBrace(List<String> lines, Random random) {
    String word = random.nextBoolean() ? "西" : "unknown";
    List<Integer> braces = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.endsWith("{") || s.equals("}")) {
        braces.add(i);
      }
    }
    if (braces.isEmpty()) {
      return;
    }
    int i = braces.get(random.nextInt(braces.size()));
    String l = lines.get(i);
    lines.set(i, l.strip().equals("}") ? l.replace("}", word + "}") : l.substring(0, l.lastIndexOf('{')) + "{" + word);
  }

  private static String lineEndings(List<String> lines, Random random, String[] step) {
    int kind = random.nextInt(3);
    step[0] = new String[] {"crlf", "cr", "mixed-cr"}[kind];
    if (kind < 2) {
      return String.join(kind == 0 ? "\r\n" : "\r", lines);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      b.append(lines.get(i));
      if (i + 1 < lines.size()) {
        b.append(random.nextInt(5) == 0 ? "\r" : "\n");
      }
    }
    return b.toString();
  }

  /** A trailing comment ended by a lone CR, then a continuation string of the same field. */
  private static void crComment(List<String> lines, Random random) {
    List<Integer> strings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (STRING.matcher(lines.get(i)).find() && !lines.get(i).contains("#")) {
        strings.add(i);
      }
    }
    if (!strings.isEmpty()) {
      int i = strings.get(random.nextInt(strings.size()));
      lines.set(i, lines.get(i) + " # 注\r\"续文\"");
    }
  }

  private static String hostile(String line, Random random) {
    String h = HOSTILE[random.nextInt(HOSTILE.length)].replace("\"", random.nextBoolean() ? "'" : "\"");
    Matcher m = STRING.matcher(line);
    if (m.find()) {
      return line.substring(0, m.start() + 1) + h.replace("\"", "'") + line.substring(m.end() - 1);
    }
    String s = line.strip();
    if (s.startsWith("project ") && s.endsWith("{")) {
      return "project \"" + h.replace("\"", "'") + "\" {";
    }
    return line;
  }

  /** Byte-level: random bytes over a slice, truncation, or a slice repeated. */
  static byte[] bytes(byte[] in, Random random) {
    if (in.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    int i = random.nextInt(in.length);
    int n = 1 + random.nextInt(Math.min(64, in.length - i));
    switch (random.nextInt(4)) {
      case 0: {
        byte[] out = in.clone();
        for (int k = i; k < i + n; k++) {
          out[k] = (byte) random.nextInt(256);
        }
        return out;
      }
      case 1:
        return Arrays.copyOf(in, i);
      case 2: {
        byte[] out = in.clone();
        out[i] ^= (byte) (1 << random.nextInt(8));
        return out;
      }
      default: {
        int times = 2 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 20);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(in, 0, i + n);
        for (int t = 1; t < times; t++) {
          b.write(in, i, n);
        }
        b.write(in, i + n, in.length - i - n);
        return b.toByteArray();
      }
    }
  }
}
