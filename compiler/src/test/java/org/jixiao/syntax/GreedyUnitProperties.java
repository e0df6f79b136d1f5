package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.grammar.JixiaoParser;
import org.jixiao.testing.Forms;
import org.jixiao.testing.Golden;

/**
 * {@link GreedyUnitSimulator} makes ANTLR's own choice: the SLL stage gives ANTLR's own SLL tree, or
 * fails where ANTLR's fails, and a whole parse, whose LL stage with error recovery runs on files
 * with syntax errors, gives the same declarations and the same diagnostics as with ANTLR's
 * prediction: over funds, costs and ceiling lines pieced together from numbers, units, glued
 * amounts, operators and names (most blocks of them broken), every example file and generated
 * forms, whole and broken.
 */
class GreedyUnitProperties {
  private static final List<String> CELLS = List.of(
      "0", "58,372,000", "12", "元", "万元", "5万元", "407097人", "元/人", "/", "人", "·", "月", "%", "-", "市县", "\"名称\"",
      "years", "allow JX0603 \"理由\"", "funds", "2024年月票卡亏损额", "×", "2026");

  /** An amount as tables give it: a number, with a unit or not, glued, blank. */
  private static final List<String> AMOUNTS = List.of("0", "58,372,000", "12 万元", "0 元", "5万元", "3 元/人·月", "-",
      "200,000 元", "12 万元/年", "407097人", "1.5 %");

  /**
   * A funds, costs or ceiling block: lines of a name and amounts (most of them valid), or of
   * random cells (mostly invalid: then both stages must fail alike).
   */
  @Provide
  Arbitrary<String> blocks() {
    Arbitrary<String> valid = Arbitraries.of(AMOUNTS).list().ofMinSize(1).ofMaxSize(3)
        .map(amounts -> "市县 " + String.join(" ", amounts));
    Arbitrary<String> random = Arbitraries.of(CELLS).list().ofMinSize(1).ofMaxSize(6).map(cells -> String.join(" ", cells));
    Arbitrary<String> line = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, valid), net.jqwik.api.Tuple.of(1, random));
    Arbitrary<String> lines = line.list().ofMaxSize(8).map(l -> String.join("\n    ", l));
    return Arbitraries.oneOf(
        lines.map(l -> "project 甲 {\n  funds {\n    " + l + "\n  }\n}\n"),
        lines.map(l -> "project 甲 {\n  costs 万元 {\n    years 2026 2025\n    " + l + "\n  }\n}\n"),
        line.map(l -> "budget 阳泉市 2026 {\n  ceiling 001 " + l + "\n}\n"));
  }

  /** The tree of the SLL stage as text, or null when it fails. */
  private static String sll(String text, boolean greedy) {
    JixiaoParser parser = new JixiaoParser(new CommonTokenStream(new FastLexer(CharStreams.fromString(text))));
    parser.removeErrorListeners();
    if (greedy) {
      parser.setInterpreter(new GreedyUnitSimulator(parser, false));
    }
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.file().toStringTree(parser);
    } catch (ParseCancellationException failed) {
      return null;
    }
  }

  @Property(tries = 3000)
  void sameTreeAsAntlrsPrediction(@ForAll("blocks") String text) {
    String antlrs = sll(text, false);
    assertThat(sll(text, true)).isEqualTo(antlrs);
    net.jqwik.api.statistics.Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 20));
    net.jqwik.api.statistics.Statistics.collect(antlrs != null);
  }

  /** A whole parse (SLL, then LL where SLL fails): its declarations and diagnostics, as text. */
  private static String parsed(String text, boolean greedy) {
    DiagnosticSink sink = new DiagnosticSink();
    SourceUnit unit = SourceParser.parse(new SourceFile(Path.of("t.jx"), "t.jx", text), sink, greedy);
    return unit.declarations() + "\n" + sink.sorted();
  }

  @Property(tries = 3000)
  void sameDeclarationsAndDiagnosticsAsAntlrsPrediction(@ForAll("blocks") String text) {
    assertThat(parsed(text, true)).isEqualTo(parsed(text, false));
  }

  /** Lines that break a file where the LL stage must then parse all of it: a third amount, a run cut off, a stray operator. */
  static final List<String> BREAKS = List.of("市县 5 元 3 元 1 元", "市县 5 元/", "市县 5 元 · ", "× 元", "市县 5 元 %");

  @Example
  void everyExampleAndGeneratedFormBrokenAtTheEnd() throws IOException {
    List<String> texts = new java.util.ArrayList<>();
    try (Stream<Path> walk = Files.walk(Golden.repo().resolve("examples"))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".jx")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    CorpusGenerator generator = new CorpusGenerator(11);
    for (int i = 0; i < 20; i++) {
      texts.add(generator.project(i));
    }
    int k = 0;
    for (String text : texts) {
      // A project after the file's own whose funds row is broken: the LL stage parses the whole file.
      String broken = text + "\nproject 破 {\n  funds {\n    " + BREAKS.get(k++ % BREAKS.size()) + "\n  }\n}\n";
      assertThat(parsed(broken, true)).isEqualTo(parsed(broken, false)).contains("UNEXPECTED_TOKEN");
      // A break inside the last funds block: its rows before the break parse by the LL stage.
      String inFunds = text.replaceFirst("(?m)^(\\s*funds[^\\n]*\\{\\n)", "$1    " + BREAKS.get(k % BREAKS.size()) + "\n");
      assertThat(parsed(inFunds, true)).isEqualTo(parsed(inFunds, false));
    }
  }

  @Example
  void everyExampleAndGeneratedForm() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Golden.repo().resolve("examples"))) {
      files = walk.filter(p -> p.toString().endsWith(".jx")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(sll(text, true)).as(file.toString()).isEqualTo(sll(text, false));
    }
    CorpusGenerator generator = new CorpusGenerator(11);
    for (int i = 0; i < 50; i++) {
      String text = generator.project(i);
      assertThat(sll(text, true)).isNotNull().isEqualTo(sll(text, false));
    }
    for (String text : List.of(Forms.VALID, Forms.VALID_COSTS)) {
      assertThat(sll(text, true)).isNotNull().isEqualTo(sll(text, false));
    }
  }

  @Example
  void theDecisionIsAmountsUnit() {
    assertThat(JixiaoParser._ATN.getDecisionState(GreedyUnitSimulator.UNIT_AFTER_NUMBER).ruleIndex)
        .isEqualTo(JixiaoParser.RULE_amount);
  }
}
