package org.jixiao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Every CheckSnippets case rendered in English reads as English: counts agree with their nouns
 * ("1 project", never "1 projects"), no text is quoted twice ("“…”" inside "…"), and no Chinese
 * list comma or quote comes from our side of the message (the user's own text may hold both).
 * {@code snippets.en.txt} is the English golden of the cases that show the new wording.
 */
class EnglishMessagesTest {
  private static final Messages EN = new Messages(Messages.Language.EN);
  /** A count of one with a plural noun after it: 1 projects, 1 years, 1 parts. */
  private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.,])1 (projects|files|errors|warnings|years|parts|cells|columns|characters|digits|diagnostics|budgets)\\b");
  /** A quote inside a quote of the other kind, or two quotes in a row. */
  private static final Pattern DOUBLED = Pattern.compile("\"“|”\"|\"\"[^\"]|^\"\"");

  private static List<String> messageLines(Diagnostic d) {
    List<String> lines = new ArrayList<>(EN.hints(d));
    lines.add(EN.message(d));
    return lines;
  }

  @Test
  void everyCaseReadsAsEnglish() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path c : CheckSnippetsTest.cases()) {
      CompiledBudget result = CheckSnippetsTest.compile(c);
      for (Diagnostic d : result.diagnostics()) {
        for (String line : messageLines(d)) {
          Matcher one = ONE_PLURAL.matcher(line);
          if (one.find()) {
            problems.add(c.getFileName() + ": plural after 1: " + line);
          }
          if (DOUBLED.matcher(line).find()) {
            problems.add(c.getFileName() + ": doubled quotes: " + line);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The cases of the new messages, in English: the golden a translator reviews. */
  @Test
  void newWordingInEnglish() throws IOException {
    TextRenderer renderer = new TextRenderer(EN);
    StringBuilder out = new StringBuilder();
    for (Path c : CheckSnippetsTest.cases()) {
      String name = CheckSnippetsTest.INPUT.relativize(c).toString().replace('\\', '/');
      if (!NEW_WORDING.contains(name)) {
        continue;
      }
      out.append("== ").append(name).append('\n');
      for (Diagnostic d : CheckSnippetsTest.compile(c).diagnostics()) {
        out.append(renderer.render(d)).append('\n');
      }
    }
    Golden.assertMatches(CheckSnippetsTest.ROOT.resolve("snippets.en.txt"), out.toString());
  }

  private static final List<String> NEW_WORDING = List.of(
      "syntax/text-without-quotes.jx", "syntax/not-a-comparator.jx", "syntax/filed-chinese-date.jx",
      "syntax/filed-words.jx", "syntax/brace-on-next-line.jx", "syntax/name-glued-to-target.jx",
      "syntax/chinese-quotes.jx", "syntax/chinese-closing-quote.jx", "syntax/full-width-hash.jx",
      "syntax/unexpected-token.jx", "names/unknown-source-level.jx", "names/unknown-attribute.jx",
      "syntax/line-written-wrong.jx", "syntax/check-written-wrong.jx", "text/long-text-elided.jx",
      "rules/attribute-period-mismatch.jx");
}
