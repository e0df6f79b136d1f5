package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Messages;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.grammar.JixiaoParser;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * No message names a token the way the grammar does (UNTERMINATED_STRING, RANGE, NL): every token
 * type has a label a budget officer can read, in both languages, and so has every set of tokens
 * the parser can expect, which is read off the grammar's ATN, state by state.
 */
class TokenLabelsTest {
  private static final List<Messages> LANGUAGES =
      List.of(new Messages(Messages.Language.ZH), new Messages(Messages.Language.EN));

  /** The grammar's token names, which must never reach a reader. */
  private static final Set<String> SYMBOLIC = symbolicNames();

  private static Set<String> symbolicNames() {
    Set<String> names = new LinkedHashSet<>();
    for (int t = 1; t <= JixiaoLexer.VOCABULARY.getMaxTokenType(); t++) {
      String name = JixiaoLexer.VOCABULARY.getSymbolicName(t);
      if (name != null) {
        names.add(name);
      }
    }
    names.add("EOF");
    names.remove("BOM"); // the byte order mark is BOM to readers too (JX0004 says so)
    return names;
  }

  private static void assertReadable(Arg label, String what) {
    for (Messages m : LANGUAGES) {
      String text = m.render(label);
      assertThat(text).as(what + " in " + m.language()).isNotBlank().doesNotContain("@").doesNotContain("token.");
      for (String word : text.split("[^A-Za-z_]+")) {
        assertThat(SYMBOLIC).as(what + " in " + m.language() + ": " + text).doesNotContain(word);
      }
    }
  }

  @Test
  void everyTokenTypeHasALabelInBothLanguages() {
    for (int type = 1; type <= JixiaoLexer.VOCABULARY.getMaxTokenType(); type++) {
      assertReadable(TokenLabels.label(type), JixiaoLexer.VOCABULARY.getSymbolicName(type));
    }
    assertReadable(TokenLabels.label(Token.EOF), "EOF");
  }

  @Test
  void everyExpectedSetOfTheGrammarReads() {
    ATN atn = new JixiaoParser(null).getATN();
    int sets = 0;
    int shown = 0;
    for (ATNState state : atn.states) {
      if (state == null) {
        continue;
      }
      IntervalSet expected = atn.nextTokens(state);
      sets++;
      Arg list = TokenLabels.expected(expected);
      if (list != null) {
        shown++;
        assertReadable(list, "state " + state.stateNumber + " " + expected.toString(JixiaoLexer.VOCABULARY));
      }
    }
    assertThat(sets).isGreaterThan(500);
    assertThat(shown).as("sets short enough to list").isGreaterThan(100);
  }

  @Test
  void aQuotedAndAnUnquotedStringAreTheSameThingToAReader() {
    IntervalSet set = IntervalSet.of(JixiaoLexer.STRING);
    set.add(JixiaoLexer.UNTERMINATED_STRING);
    assertThat(new Messages(Messages.Language.ZH).render(TokenLabels.expected(set))).isEqualTo("带引号的文字");
    assertThat(new Messages(Messages.Language.EN).render(TokenLabels.expected(set))).isEqualTo("quoted text");
  }

  @Test
  void theFiveComparatorsAreOnePhrase() {
    IntervalSet set = IntervalSet.of(JixiaoLexer.GE, JixiaoLexer.EQ);
    set.add(JixiaoLexer.NUMBER);
    assertThat(new Messages(Messages.Language.EN).render(TokenLabels.expected(set)))
        .isEqualTo("a comparator (>=, <=, >, <, =, or a word such as 不低于 or 不超过), a number");
  }

  /** The words the hints list are the lexer's, and the lexer has no others. */
  @Test
  void comparatorWordsAreTheLexers() throws IOException {
    for (var word : TargetBuilder.comparatorWords().entrySet()) {
      JixiaoLexer lexer = new JixiaoLexer(CharStreams.fromString(word.getKey()));
      Token t = lexer.nextToken();
      assertThat(t.getText()).as(word.getKey()).isEqualTo(word.getKey());
      assertThat(JixiaoLexer.VOCABULARY.getSymbolicName(t.getType())).as(word.getKey()).isEqualTo(word.getValue().name());
    }
    String grammar = Files.readString(Golden.repo().resolve("grammar/src/main/antlr4/org/jixiao/grammar/JixiaoLexer.g4"));
    List<String> inGrammar = new ArrayList<>();
    Matcher rule = Pattern.compile("(?m)^(GE|LE|GT|LT|EQ)\\s*:(.*);").matcher(grammar);
    while (rule.find()) {
      Matcher literal = Pattern.compile("'([^']+)'").matcher(rule.group(2));
      while (literal.find()) {
        if (literal.group(1).codePoints().anyMatch(Character::isIdeographic)) {
          inGrammar.add(literal.group(1));
        }
      }
    }
    assertThat(inGrammar).hasSize(TargetBuilder.comparatorWords().size())
        .containsExactlyInAnyOrderElementsOf(TargetBuilder.comparatorWords().keySet());
  }
}
