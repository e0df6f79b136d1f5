package org.jixiao.syntax;

import org.jixiao.source.Span;

/**
 * One funding source: {@code local 58,372,000 43,000,000}. When only one amount is written it
 * holds for both columns, and {@code annual} is null.
 */
public record FundsRow(Name source, Amount term, Amount annual, Span span) implements Node {
  public Amount annualOrTerm() {
    return annual != null ? annual : term;
  }
}
