package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CompiledBudget;

/**
 * Whatever the input, the parser and checker return diagnostics with valid spans and a syntax
 * tree whose every node lies inside its file; they never throw.
 */
class ParserProperties {
  static final String VALID = org.jixiao.testing.Forms.VALID;

  private static final List<String> TOKENS =
      List.of("budget", "project", "funds", "indicator", "term", "annual", "goal", "filed", "check",
          "unit", "profile", "framework", "level", "category", "{", "}", "(", ")", "｛", "\"", "\"文字\"",
          ".", "．", "/", "%", "％", ">=", "≥", "＞＝", "<=", "=", "-", "*", ":", "\n", "\r\n", " ", "\t",
          "数量", "人/年", "元", "万元", "costs", "years", "2025", "58,372,000", "1,2,3", "407097人", "2026-12-31", "2026-13-40",
          "18:10:34", "2025122620250", "#", "@", "\u0000", "😀", "𠀀", "\uFEFF", "数普", "一次性", "local");

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutatedForm() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, Math.max(VALID.length(), org.jixiao.testing.Forms.VALID_COSTS.length()));
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    Arbitrary<String> insert = Arbitraries.of(TOKENS);
    // Either form: the 湖北 one has a cost table, whose broken rows and cells the rules must survive.
    Arbitrary<String> base = Arbitraries.of(VALID, org.jixiao.testing.Forms.VALID_COSTS);
    return Combinators.combine(base, position, length, insert, Arbitraries.integers().between(0, 2))
        .as((form, at, len, text, kind) -> mutate(form, Math.min(at, form.length()), len, text, kind));
  }

  private static String mutate(String form, int at, int len, String text, int kind) {
    int end = Math.min(form.length(), at + len);
    return switch (kind) {
      case 0 -> form.substring(0, at) + form.substring(end); // delete
      case 1 -> form.substring(0, at) + text + form.substring(at); // insert
      default -> form.substring(0, at) + text + form.substring(end); // replace
    };
  }

  @Property(tries = 400)
  void arbitraryTextNeverThrows(@ForAll String text) {
    assertParsesCleanly(text);
  }

  @Property(tries = 400)
  void tokenSoupNeverThrows(@ForAll("tokenSoup") String text) {
    assertParsesCleanly(text);
  }

  @Property(tries = 300)
  void mutatedFormsGetValidDiagnostics(@ForAll("mutatedForm") String text) throws IOException {
    CompiledBudget result = org.jixiao.testing.Forms.compileAlone(text);
    TextRenderer renderer = new TextRenderer(new Messages(Messages.Language.ZH));
    for (Diagnostic d : result.diagnostics()) {
      assertSpanInside(d.span(), d.file().text().length());
      assertThat(d.code().code()).isNotEqualTo("JX9999");
      assertThat(renderer.render(d)).isNotBlank();
    }
    for (SourceUnit unit : result.units()) {
      assertNodesInside(unit.declarations(), unit.file().text().length());
    }
  }

  @Property(tries = 50)
  void validFormHasNoSyntaxErrors(@ForAll("indentation") String indent) {
    DiagnosticSink sink = new DiagnosticSink();
    SourceParser.parse(SourceFile.ofString("a.jx", VALID.replace("\n  ", "\n" + indent)), sink);
    assertThat(sink.sorted()).isEmpty();
  }

  /** The cost form is valid as a whole (names, rules, sums), so its mutations start from no diagnostic. */
  @Property(tries = 1)
  void validCostFormChecksClean() throws IOException {
    assertThat(org.jixiao.testing.Forms.compileAlone(org.jixiao.testing.Forms.VALID_COSTS).diagnostics()).isEmpty();
  }

  @Provide
  Arbitrary<String> indentation() {
    return Arbitraries.of(" ", "\t", "\u3000", "    ").list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
  }

  private static void assertParsesCleanly(String text) {
    SourceFile file = SourceFile.ofString("a.jx", text);
    DiagnosticSink sink = new DiagnosticSink();
    SourceUnit unit = SourceParser.parse(file, sink);
    for (Diagnostic d : sink.sorted()) {
      assertSpanInside(d.span(), text.length());
      assertThat(d.line()).isBetween(1, file.lineCount());
      assertThat(d.column()).isPositive();
    }
    assertNodesInside(unit.declarations(), text.length());
  }

  private static void assertSpanInside(Span span, int length) {
    assertThat(span.start()).isBetween(0, length);
    assertThat(span.end()).isBetween(span.start(), length);
  }

  /** Walks every record component that is a node or a list of nodes. */
  private static void assertNodesInside(Object value, int length) {
    if (value instanceof List<?> list) {
      list.forEach(item -> assertNodesInside(item, length));
    } else if (value instanceof Node node) {
      assertSpanInside(node.span(), length);
      if (node.getClass().isRecord()) {
        for (RecordComponent c : node.getClass().getRecordComponents()) {
          try {
            assertNodesInside(c.getAccessor().invoke(node), length);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
  }
}
