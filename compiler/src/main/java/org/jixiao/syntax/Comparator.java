package org.jixiao.syntax;

/** The comparison of a target: ≥ ≤ ＝ ＞ ＜, as the official form prints them. */
public enum Comparator {
  GE("≥"),
  LE("≤"),
  GT(">"),
  LT("<"),
  EQ("=");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
