package org.jixiao.syntax;

import org.jixiao.source.Span;

/** A node of the syntax tree. Every node knows exactly where in its file it was written. */
public interface Node {
  Span span();
}
