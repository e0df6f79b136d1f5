package org.jixiao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.BudgetCompiler;
import org.jixiao.driver.BudgetInput;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.driver.Workspace;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of {@code jixiao check}: each case under {@code src/test/files/CheckSnippets/input}
 * (a file, or a folder checked as one budget) declares the codes it must produce in {@code #
 * expect:} lines, and its rendered diagnostics are compared with {@code output/…/name.err}.
 */
public class CheckSnippetsTest {
  static final Path ROOT = Golden.repo().resolve("compiler/src/test/files/CheckSnippets");
  static final Path INPUT = ROOT.resolve("input");
  static final Path OUTPUT = ROOT.resolve("output");
  private static final Pattern EXPECT = Pattern.compile("# expect: ([A-Za-z0-9 ]+)");

  @TestFactory
  Stream<DynamicTest> snippets() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(INPUT.relativize(c).toString(), () -> run(c)));
  }

  private static void run(Path testCase) throws IOException {
    CompiledBudget result = compile(testCase);
    TextRenderer renderer = new TextRenderer(new Messages(Messages.Language.ZH));
    StringBuilder rendered = new StringBuilder();
    for (Diagnostic d : result.diagnostics()) {
      rendered.append(renderer.render(d)).append('\n');
    }
    List<String> produced = result.diagnostics().stream().map(d -> d.code().code()).sorted().toList();
    assertThat(produced).as("codes produced by " + testCase).isEqualTo(expectedCodes(testCase));
    Golden.assertMatches(outputFor(testCase), rendered.toString());
  }

  public static CompiledBudget compile(Path testCase) throws IOException {
    Workspace workspace = new Workspace(INPUT);
    List<Path> files = Files.isDirectory(testCase) ? jxFiles(testCase) : List.of(testCase);
    Path folder = Files.isDirectory(testCase) ? testCase : testCase.getParent();
    BudgetInput input = new BudgetInput(folder, workspace.display(folder), files, Set.copyOf(files));
    return new BudgetCompiler(workspace).compile(input);
  }

  /** Every case: the .jx files directly in a phase folder, and the folders beside them. */
  static List<Path> cases() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> phases = Files.list(INPUT)) {
      for (Path phase : phases.sorted().toList()) {
        try (Stream<Path> entries = Files.list(phase)) {
          entries.sorted().filter(p -> Files.isDirectory(p) || p.toString().endsWith(".jx")).forEach(out::add);
        }
      }
    }
    return out;
  }

  static List<String> expectedCodes(Path testCase) throws IOException {
    List<String> codes = new ArrayList<>();
    List<Path> files = Files.isDirectory(testCase) ? jxFiles(testCase) : List.of(testCase);
    for (Path file : files) {
      // ISO-8859-1 reads any bytes, so that the non-UTF-8 case can declare its code too.
      Matcher m = EXPECT.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      while (m.find()) {
        for (String code : m.group(1).trim().split("\\s+")) {
          if (!code.equals("none")) {
            codes.add(code);
          }
        }
      }
    }
    return codes.stream().sorted().toList();
  }

  private static Path outputFor(Path testCase) {
    String relative = INPUT.relativize(testCase).toString();
    return OUTPUT.resolve(relative.endsWith(".jx") ? relative.substring(0, relative.length() - 3) + ".err" : relative + ".err");
  }

  private static List<Path> jxFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".jx")).sorted().toList();
    }
  }

  @Test
  void everyCodeHasAnExample() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (Path c : cases()) {
      covered.addAll(expectedCodes(c));
    }
    covered.addAll(coveredElsewhere());
    Set<String> missing = new TreeSet<>();
    for (DiagnosticCode code : EnumSet.allOf(DiagnosticCode.class)) {
      if (!covered.contains(code.code())) {
        missing.add(code.code());
      }
    }
    assertThat(missing).as("codes with no example input (add one, or list it in covered-elsewhere.txt with its test)").isEmpty();
  }

  @Test
  void noOutputWithoutInput() throws IOException {
    Set<Path> expected = new TreeSet<>();
    for (Path c : cases()) {
      expected.add(outputFor(c));
    }
    try (Stream<Path> s = Files.walk(OUTPUT)) {
      List<Path> stray = s.filter(Files::isRegularFile).filter(p -> !expected.contains(p)).toList();
      assertThat(stray).as("golden outputs whose input is gone").isEmpty();
    }
  }

  /** Codes no single input can produce (a 5 MB file, a missing path), each with its own test. */
  static Set<String> coveredElsewhere() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String line : Files.readAllLines(ROOT.resolve("covered-elsewhere.txt"))) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        codes.add(trimmed.split("\\s+")[0]);
      }
    }
    return codes;
  }
}
