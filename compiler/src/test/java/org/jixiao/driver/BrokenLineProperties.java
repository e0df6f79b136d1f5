package org.jixiao.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.testing.Golden;

/**
 * A line being typed costs the form only that line: when one line of a form stops short, as it
 * does under the caret, the check reports the syntax error there and nothing anywhere else that
 * the whole form does not report (no echo: no "missing field", no wrong total, no "allow can be
 * removed", no second syntax error on a correct line), and the findings of the rules that read
 * one line at a time stay on every other line.
 */
class BrokenLineProperties {
  private static final Path REPO = Golden.repo();
  private static final List<String> EXAMPLES = List.of("examples/yangquan-2026", "examples/yangquan-2026-published", "examples/templates/hubei-mistakes",
      "examples/templates/quanguo-mistakes", "examples/templates/gansu", "examples/templates/anhui-mistakes");
  /** Per-line rules whose findings must survive a broken line elsewhere (text, dates, indicator parts). */
  private static final List<String> ONE_LINE_CODES = List.of("JX0601", "JX0602", "JX0604", "JX0608", "JX0622",
      "JX0624", "JX0625", "JX0630", "JX0631", "JX0632", "JX0633", "JX0635", "JX0637", "JX0701");

  private static final List<String> PAIRING_CODES = List.of("JX0636", "JX0634");

  private static final Map<String, List<String>> CLEAN = new ConcurrentHashMap<>();

  record Cut(String example, int file, double line, double at) {}

  @Provide
  Arbitrary<Cut> cuts() {
    return net.jqwik.api.Combinators.combine(Arbitraries.of(EXAMPLES), Arbitraries.integers().between(0, 40),
        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0.05, 0.95)).as(Cut::new);
  }

  @Property(tries = 200, maxDiscardRatio = 10)
  void aLineCutShortCostsTheFormThatLineAlone(@ForAll("cuts") Cut cut) throws IOException {
    Path folder = REPO.resolve(cut.example());
    List<Path> forms = forms(folder);
    Path form = forms.get(cut.file() % forms.size());
    String text = Files.readString(form);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      // A block's braces stay: a lost brace is a syntax error of the whole block, honestly reported.
      // A text of several lines is one item: cutting one of its lines changes the others' meaning.
      boolean continued = i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("\"");
      if (l.startsWith("  ") && !l.strip().startsWith("#") && !l.contains("{") && !l.contains("}")
          && !l.strip().startsWith("\"") && !continued) {
        candidates.add(i + 1);
      }
    }
    Assume.that(!candidates.isEmpty());
    int lineNo = candidates.get(Math.min(candidates.size() - 1, (int) (cut.line() * candidates.size())));
    String line = lines.get(lineNo - 1);
    // Cut short, with a comparator that waits for its value: as a line is while it is typed.
    int keep = Math.max(1, (int) (cut.at() * line.length()));
    lines.set(lineNo - 1, line.substring(0, keep) + " >=");

    BudgetSession session = new BudgetSession(new Workspace(folder));
    session.overlay(form, String.join("\n", lines));
    List<Diagnostic> broken = session.compile(input(folder)).diagnostics();
    String name = form.getFileName().toString();
    Assume.that(broken.stream().anyMatch(d -> d.line() == lineNo && fileIs(d, name) && d.code().code().startsWith("JX02")));

    List<String> clean = CLEAN.computeIfAbsent(cut.example(), e -> keys(new BudgetCompiler(new Workspace(folder))
        .compile(input(folder)).diagnostics()));
    // A finding that pairs two lines (two texts alike, department and implementer) may pair others
    // when one of them is broken: true, and not an echo.
    List<String> elsewhere = keys(broken.stream().filter(d -> !(fileIs(d, name) && d.line() == lineNo))
        .filter(d -> !PAIRING_CODES.contains(d.code().code())).toList());
    assertThat(clean).as("what the broken line %s:%d (%s) costs elsewhere", name, lineNo, lines.get(lineNo - 1))
        .containsAll(elsewhere);
    List<String> kept = clean.stream().filter(k -> ONE_LINE_CODES.stream().anyMatch(k::contains))
        .filter(k -> !k.startsWith(name + ":" + lineNo + ":")).toList();
    assertThat(keys(broken)).as("one-line findings after breaking %s:%d", name, lineNo).containsAll(kept);
  }

  private static boolean fileIs(Diagnostic d, String name) {
    return d.file().path().getFileName().toString().equals(name);
  }

  private static List<String> keys(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.file().path().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.code().code() + " " + d.argKeys())
        .toList();
  }

  private static List<Path> forms(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(".jx") && !p.getFileName().toString().equals("budget.jx"))
          .sorted().toList();
    }
  }

  private static BudgetInput input(Path folder) {
    DiagnosticSink problems = new DiagnosticSink();
    List<BudgetInput> inputs = new Workspace(folder).budgets(List.of(folder), problems);
    assertThat(inputs).hasSize(1);
    return inputs.get(0);
  }
}
