package org.jixiao.syntax;

/**
 * Which column of the form a goal or indicator belongs to. {@link #BOTH} is the common case, where
 * the 实施期 and 年度 columns say the same thing and the line is written once.
 */
public enum Column {
  BOTH,
  /** 实施期: the whole implementation period. Keyword {@code term}. */
  TERM,
  /** 年度: the budget year. Keyword {@code annual}. */
  ANNUAL;

  public boolean coversTerm() {
    return this != ANNUAL;
  }

  public boolean coversAnnual() {
    return this != TERM;
  }
}
