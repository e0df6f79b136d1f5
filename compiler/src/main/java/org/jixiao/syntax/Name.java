package org.jixiao.syntax;

import org.jixiao.source.Span;

/**
 * A name as written (quotes removed, escapes resolved). {@link #key()} is the spelling used to
 * look names up: full-width forms folded to half-width and spaces removed, so that {@code 数量 指标}
 * pasted from the form finds {@code 数量指标}.
 */
public record Name(String text, Span span) implements Node {
  public String key() {
    return Normalize.key(text);
  }
}
