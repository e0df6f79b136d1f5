package org.jixiao.semantics.library;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * Where a name of the library was declared: the file (a stdlib file or one of the budget folder's)
 * and the span of the declared name itself, so that an editor's "go to definition" lands on the
 * word, not on the start of a block.
 */
public record Definition(SourceFile file, Span span) {
  /**
   * What a name names. Each kind is its own namespace: 满意度 is a first-level indicator's short
   * name and an alias of a category in the same framework, and 人次 is a dimension and a unit.
   */
  public enum Kind {
    DIMENSION,
    UNIT,
    PREFIX,
    COUNTER,
    FRAMEWORK,
    /** A first-level indicator (产出指标, short 产出), looked up within its framework. */
    LEVEL,
    /** A second-level category (数量指标, short 数量), looked up within its framework. */
    CATEGORY,
    PROFILE,
    LAYOUT
  }
}
