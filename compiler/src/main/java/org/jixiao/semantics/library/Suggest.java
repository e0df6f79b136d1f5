package org.jixiao.semantics.library;

import java.util.Collection;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Hint;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.Normalize;

/** "Did you mean …?": the closest candidate by edit distance, if it is close enough to help. */
public final class Suggest {
  private Suggest() {}

  /** The candidate nearest to {@code word}, or null when none is within a third of its length. */
  public static String closest(String word, Collection<String> candidates) {
    String key = Normalize.key(word);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(key, Normalize.key(candidate));
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, key.codePointCount(0, key.length()) / 3);
    return bestDistance <= allowed && bestDistance > 0 ? best : null;
  }

  /** Levenshtein distance over code points. */
  public static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      current[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length];
  }

  /**
   * The diagnostic of an unknown name with one hint: the closest of {@code spellings} to what was
   * written, or {@code otherwise} (the list of known names) when none is close.
   */
  public static Diagnostic withSuggestion(
      Diagnostic d, String written, Collection<String> spellings, Hint otherwise) {
    String suggestion = closest(written, spellings);
    return d.withHint(suggestion != null ? Hint.of("hint.didYouMean", suggestion) : otherwise);
  }

  /** JX0301 at {@code word}, with the closest keyword, or the list of keywords allowed here. */
  public static Diagnostic unknownKeyword(
      SourceFile file, Name word, List<String> keywords) {
    Diagnostic d = Diagnostic.of(
        DiagnosticCode.UNKNOWN_KEYWORD, file, word.span(), word.text());
    return withSuggestion(d, word.text(), keywords, Hint.of("hint.keywords", String.join("、", keywords)));
  }
}
