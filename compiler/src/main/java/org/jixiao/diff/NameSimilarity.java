package org.jixiao.diff;

import org.jixiao.semantics.library.Suggest;

/**
 * How alike two names are, for telling a rename from a removal and an addition: projects and
 * indicators are often renamed by completing a name that the old form cut off.
 */
final class NameSimilarity {
  /** At least half the characters shared: a completed or corrected name, not another name. */
  static final double ALIKE = 0.5;

  private NameSimilarity() {}

  /** 1 for equal names, 0 for names with nothing in common; by edit distance over code points. */
  static double of(String a, String b) {
    int longest = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
    return longest == 0 ? 1 : 1.0 - (double) Suggest.distance(a, b) / longest;
  }
}
