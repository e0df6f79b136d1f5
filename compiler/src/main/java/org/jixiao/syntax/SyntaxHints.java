package org.jixiao.syntax;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Hint;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * What to write instead, for the syntax errors budget staff make most: a text without quotes
 * ({@code phone 0353-6021234}), {@code {} on a line of its own, an indicator's name glued to its
 * target ({@code 家长满意度不低于95%}), a word that is not a comparator, a filing date in Chinese.
 * Each hint shows the corrected line where one can be made from what was written; the rest name
 * the accepted forms. Looked at from the tokens of the line, never from the parser's internals.
 */
final class SyntaxHints {
  private final SourceFile file;
  private final TokenOffsets offsets;
  private final List<Token> tokens;

  SyntaxHints(SourceFile file, TokenOffsets offsets, List<Token> tokens) {
    this.file = file;
    this.offsets = offsets;
    this.tokens = tokens;
  }

  /**
   * A hint, and the token the diagnostic should point at when it is not the one the parser
   * stopped at (the glued name, not the % after it).
   */
  record Fix(Hint hint, Token at) {}

  /** The most specific fix for an error at {@code offending}, or null when none applies. */
  Fix specific(Token offending, IntervalSet expected) {
    List<Token> line = lineOf(offending);
    if (line.isEmpty()) {
      return null;
    }
    int first = line.get(0).getType();
    int at = indexIn(line, offending);
    Token previous = at > 0 ? line.get(at - 1) : null;
    Hint hint = braceOnNextLine(offending, expected, line);
    if (hint == null && (first == JixiaoLexer.INDICATOR || first == JixiaoLexer.FIXED)) {
      hint = gluedTarget(offending, previous, line, at);
      if (hint != null) {
        return new Fix(hint, previous); // the glued word, not the % or - the parser stopped at
      }
      Token word = notAComparator(offending, previous, line, at);
      if (word != null) {
        return new Fix(Hint.typed("hint.notComparator", TokenLabels.quoted(word.getText()), comparatorList()), word);
      }
    }
    if (hint == null && first == JixiaoLexer.ALLOW && at == 0) {
      hint = Hint.of("hint.allowAtLineEnd");
    }
    if (hint == null && first == JixiaoLexer.FILED && at == 1
        && offending.getType() != JixiaoLexer.DATE && offending.getType() != JixiaoLexer.NUMBER) {
      String iso = TargetBuilder.isoOfChineseDate(offending.getText());
      hint = iso != null
          ? Hint.typed("hint.filedAs", Arg.text(code(line, 0, offending) + iso))
          : Hint.of("hint.filedForms");
    }
    if (hint == null && expected != null && expected.contains(JixiaoLexer.STRING) && at > 0
        && isValue(offending) && TokenLabels.symbol(first) != null && Character.isLetter(TokenLabels.symbol(first).charAt(0))) {
      hint = Hint.typed("hint.quoteIt", Arg.text(code(line, 0, offending) + quote(rest(line, offending))));
    }
    if (hint == null && at > 0 && endsHere(expected)) {
      hint = Hint.typed("hint.lineEndsHere", TokenLabels.describe(offending));
    }
    if (hint == null && (expected == null || TokenLabels.expected(expected) == null)) {
      String example = LINE_EXAMPLES.get(first);
      hint = example == null ? null : Hint.typed("hint.lineExample", Arg.key(example));
    }
    return hint == null ? null : new Fix(hint, offending);
  }

  /** Only the end of the line (or of the block, or an allow) can come here: the rest is extra. */
  private static boolean endsHere(IntervalSet expected) {
    if (expected == null || !expected.contains(JixiaoLexer.NL)) {
      return false;
    }
    for (int type : expected.toList()) {
      if (type != JixiaoLexer.NL && type != JixiaoLexer.RBRACE && type != Token.EOF && type != JixiaoLexer.ALLOW) {
        return false;
      }
    }
    return true;
  }

  /** How a line of each kind is written, for errors where the expected set is too long to list. */
  private static final Map<Integer, String> LINE_EXAMPLES = Map.of(
      JixiaoLexer.INDICATOR, "example.line.indicator",
      JixiaoLexer.CHECK, "example.line.check",
      JixiaoLexer.PERIOD, "example.line.period",
      JixiaoLexer.DEPARTMENT, "example.departmentCoded",
      JixiaoLexer.IMPLEMENTER, "example.implementer",
      JixiaoLexer.ATTRIBUTE, "example.line.attribute",
      JixiaoLexer.FUNDS, "example.line.funds");

  /** {@code project 人才工作经费} then {@code {} on the next line. */
  private Hint braceOnNextLine(Token offending, IntervalSet expected, List<Token> line) {
    if (offending.getType() != JixiaoLexer.NL || expected == null || !expected.contains(JixiaoLexer.LBRACE)) {
      return null;
    }
    Token next = nextOnChannel(offending.getTokenIndex() + 1, true);
    if (next == null || next.getType() != JixiaoLexer.LBRACE) {
      return null;
    }
    return Hint.typed("hint.braceSameLine", Arg.text(text(line.get(0), last(line)) + " {"));
  }

  /**
   * {@code 家长满意度不低于95%}: the name ran into the comparator word or the number (a name may
   * hold both). The split is where a comparator word the language knows is followed by a digit,
   * else where the trailing digits start.
   */
  private Hint gluedTarget(Token offending, Token previous, List<Token> line, int at) {
    if (previous == null || previous.getType() != JixiaoLexer.NAME || at < 2
        || previous.getStopIndex() + 1 != offending.getStartIndex()) {
      return null;
    }
    String name = previous.getText();
    if (line.get(at - 2).getType() != JixiaoLexer.DOT) {
      // 不迟于2026-12-31: a comparator word glued to a date lexes as one word and a stray "-".
      for (String w : TargetBuilder.comparatorWords().keySet()) {
        if (name.startsWith(w) && name.length() > w.length() && GluedNumber.isDigit(name.charAt(w.length()))) {
          String fixed = code(line, 0, previous) + w + " " + name.substring(w.length())
              + file.text().substring(offsets.of(offending).start(), offsets.of(last(line)).end());
          return Hint.typed("hint.spaceAfterComparator", Arg.text(fixed));
        }
      }
      return null;
    }
    int split = -1;
    String word = null;
    for (int i = 1; i < name.length() && split < 0; i++) {
      for (String w : TargetBuilder.comparatorWords().keySet()) {
        int end = i + w.length();
        if (name.startsWith(w, i) && end < name.length() && GluedNumber.isDigit(name.charAt(end))) {
          split = i;
          word = w;
          break;
        }
      }
    }
    if (split < 0) {
      int j = name.length();
      while (j > 0 && GluedNumber.isDigit(name.charAt(j - 1))) {
        j--;
      }
      if (j == 0 || j == name.length()) {
        return null;
      }
      split = j;
    }
    String head = code(line, 0, previous) + name.substring(0, split);
    String value = word == null ? name.substring(split) : word + " " + name.substring(split + word.length());
    String tail = file.text().substring(offsets.of(offending).start(), offsets.of(last(line)).end());
    return Hint.typed("hint.spaceBeforeTarget", Arg.text(head + " " + value + tail));
  }

  /**
   * A word between the name and the value ({@code 资金拨付时间 之前 2026-06-30}), or after the value
   * ({@code 2026-06-30 之前}), that is not one of the comparator words (the hint lists those); null
   * when there is none.
   */
  private static Token notAComparator(Token offending, Token previous, List<Token> line, int at) {
    if (previous != null && previous.getType() == JixiaoLexer.NAME && at >= 2 && isValue(offending)
        && previous.getStartIndex() > line.get(at - 2).getStopIndex() + 1
        && (line.get(at - 2).getType() == JixiaoLexer.NAME || line.get(at - 2).getType() == JixiaoLexer.STRING)) {
      return previous;
    } else if (offending.getType() == JixiaoLexer.NAME && previous != null
        && (previous.getType() == JixiaoLexer.DATE || previous.getType() == JixiaoLexer.NUMBER)) {
      return offending;
    }
    return null;
  }

  /** >=（不低于、不少于…）、<=（不超过…）…: every comparator with its words, as the lexer has them. */
  static Arg comparatorList() {
    Map<Comparator, List<Arg>> words = new EnumMap<>(Comparator.class);
    TargetBuilder.comparatorWords().forEach((w, c) -> words.computeIfAbsent(c, k -> new ArrayList<>()).add(Arg.text(w)));
    List<Arg> groups = new ArrayList<>();
    String[] symbols = {">=", "<=", ">", "<", "="};
    for (Comparator c : Comparator.values()) {
      groups.add(Arg.key("hint.comparatorGroup", Arg.text(symbols[c.ordinal()]), Arg.list(words.getOrDefault(c, List.of()))));
    }
    return Arg.list(groups);
  }

  private static boolean isValue(Token t) {
    int type = t.getType();
    return type == JixiaoLexer.NUMBER || type == JixiaoLexer.DATE || type == JixiaoLexer.TIME
        || type == JixiaoLexer.STRING || type == JixiaoLexer.NAME || type == JixiaoLexer.PERCENT
        || type == JixiaoLexer.DASH || type == JixiaoLexer.BAD_CHAR;
  }

  /** The default-channel tokens of the line {@code t} is on (a line end belongs to the line it ends). */
  private List<Token> lineOf(Token t) {
    int index = Math.min(Math.max(t.getTokenIndex(), 0), tokens.size() - 1);
    int from = index;
    while (from > 0 && !isLineEnd(tokens.get(from - 1))) {
      from--;
    }
    List<Token> line = new ArrayList<>();
    for (int i = from; i < tokens.size() && !isLineEnd(tokens.get(i)); i++) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        line.add(tokens.get(i));
      }
    }
    return line;
  }

  private static boolean isLineEnd(Token t) {
    return t.getType() == JixiaoLexer.NL || t.getType() == Token.EOF;
  }

  private static int indexIn(List<Token> line, Token t) {
    for (int i = 0; i < line.size(); i++) {
      if (line.get(i).getTokenIndex() == t.getTokenIndex()) {
        return i;
      }
    }
    return line.size();
  }

  private Token nextOnChannel(int from, boolean skipLineEnds) {
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL && !(skipLineEnds && t.getType() == JixiaoLexer.NL)) {
        return t;
      }
    }
    return null;
  }

  private static Token last(List<Token> line) {
    return line.get(line.size() - 1);
  }

  /** The source from {@code line}'s token {@code from} up to {@code before}, which is left out. */
  private String code(List<Token> line, int from, Token before) {
    int start = offsets.of(line.get(from)).start();
    int end = offsets.of(before).start();
    return file.text().substring(start, Math.max(start, end));
  }

  /** The source from {@code from} to the end of the line's last token (comments left out). */
  private String rest(List<Token> line, Token from) {
    return text(from, last(line));
  }

  private String text(Token first, Token lastToken) {
    Span a = offsets.of(first);
    Span b = offsets.of(lastToken);
    return file.text().substring(a.start(), Math.max(a.start(), b.end()));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
