package org.jixiao.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jixiao.diag.Arg;
import org.jixiao.grammar.JixiaoLexer;

/**
 * What a reader is told a token is: a phrase of ours ({@code token.NAME}: 名称, a name) or the
 * text to type, quoted in the reader's language. Never the grammar's token names: those are
 * internals (UNTERMINATED_STRING, RANGE), and {@code TokenLabelsTest} holds every token type and
 * every expected set the grammar can produce to that.
 */
final class TokenLabels {
  /** Longer expected lists say nothing a reader can act on; the hint is left out then. */
  static final int MAX_EXPECTED = 8;

  private TokenLabels() {}

  /** A token type as a reader knows it. */
  static Arg label(int type) {
    switch (type) {
      case Token.EOF:
        return phrase("token.EOF");
      case JixiaoLexer.NL:
        return phrase("token.NL");
      case JixiaoLexer.NAME:
        return phrase("token.NAME");
      case JixiaoLexer.NUMBER:
        return phrase("token.NUMBER");
      case JixiaoLexer.STRING:
      case JixiaoLexer.UNTERMINATED_STRING:
        return phrase("token.STRING");
      case JixiaoLexer.DATE:
        return phrase("token.DATE");
      case JixiaoLexer.TIME:
        return phrase("token.TIME");
      case JixiaoLexer.RANGE:
        return phrase("token.RANGE");
      case JixiaoLexer.COMMENT:
        return phrase("token.COMMENT");
      case JixiaoLexer.WS:
        return phrase("token.WS");
      case JixiaoLexer.BOM:
        return phrase("token.BOM");
      case JixiaoLexer.BAD_CHAR:
        return phrase("token.BAD_CHAR");
      default:
        String symbol = symbol(type);
        return symbol == null ? phrase("token.other") : quoted(symbol);
    }
  }

  /**
   * The half-width text of a punctuation or keyword token: what to type. Tokens that accept
   * several spellings (≥ and >=, ｛ and {) are shown in the one every keyboard has.
   */
  static String symbol(int type) {
    switch (type) {
      case JixiaoLexer.LBRACE:
        return "{";
      case JixiaoLexer.RBRACE:
        return "}";
      case JixiaoLexer.LPAREN:
        return "(";
      case JixiaoLexer.RPAREN:
        return ")";
      case JixiaoLexer.DOT:
        return ".";
      case JixiaoLexer.SLASH:
        return "/";
      case JixiaoLexer.DASH:
        return "-";
      case JixiaoLexer.COLON:
        return ":";
      case JixiaoLexer.PERCENT:
        return "%";
      case JixiaoLexer.TIMES:
        return "*";
      case JixiaoLexer.PLUS:
        return "+";
      case JixiaoLexer.GE:
        return ">=";
      case JixiaoLexer.LE:
        return "<=";
      case JixiaoLexer.GT:
        return ">";
      case JixiaoLexer.LT:
        return "<";
      case JixiaoLexer.EQ:
        return "=";
      default:
        Vocabulary vocabulary = org.jixiao.grammar.JixiaoParser.VOCABULARY; // the lexer's class would load its state machine
        String literal = type > 0 && type <= vocabulary.getMaxTokenType() ? vocabulary.getLiteralName(type) : null;
        return literal == null ? null : literal.substring(1, literal.length() - 1);
    }
  }

  /**
   * The expected set as one argument: the labels in the grammar's order, each once; the five
   * comparators as one phrase. Null when the set is empty or too long to help.
   */
  static Arg expected(IntervalSet set) {
    List<Integer> types = new ArrayList<>(set.toList());
    types.removeIf(t -> t == Token.EPSILON);
    if (types.isEmpty() || types.size() > MAX_EXPECTED + COMPARATORS.size() - 1) {
      return null;
    }
    boolean allComparators = types.containsAll(COMPARATORS);
    List<Arg> labels = new ArrayList<>();
    for (int type : types) {
      Arg label = allComparators && COMPARATORS.contains(type) ? phrase("token.comparator") : label(type);
      if (!labels.contains(label)) {
        labels.add(label);
      }
    }
    return labels.size() > MAX_EXPECTED ? null : Arg.list(labels);
  }

  private static final List<Integer> COMPARATORS =
      List.of(JixiaoLexer.GE, JixiaoLexer.LE, JixiaoLexer.GT, JixiaoLexer.LT, JixiaoLexer.EQ);

  /**
   * The token a reader wrote, for "此处不应出现…": a line end or the end of the file by name, a
   * quoted text as it stands (it has its quotes), anything else quoted, cut short when long.
   */
  static Arg describe(Token token) {
    switch (token.getType()) {
      case Token.EOF:
        return phrase("token.EOF");
      case JixiaoLexer.NL:
        return phrase("token.NL");
      case JixiaoLexer.STRING:
      case JixiaoLexer.UNTERMINATED_STRING:
        return Arg.key("token.text", Arg.text(shortened(token.getText())));
      default:
        return quoted(shortened(token.getText()));
    }
  }

  private static String shortened(String text) {
    int limit = 30;
    if (text.codePointCount(0, text.length()) <= limit) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "…";
  }

  static Arg quoted(String text) {
    return Arg.key("token.quoted", Arg.text(text));
  }

  static Arg phrase(String key) {
    return Arg.key(key);
  }
}
