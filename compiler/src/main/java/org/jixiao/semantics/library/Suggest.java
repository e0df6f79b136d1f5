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

  /**
   * The funding sources an unknown source name may mean. A name that names a level of government
   * (the profile's {@code words levels}: 中央, 省, 市, 县 …) means the sources whose spellings (key,
   * label, aliases) name that level too: 县级 is 市县（区）财政资金. Edit distance is tried only
   * between names that name no level, since one changed character there (县级, 省级) moves the
   * money to another government.
   */
  public static List<RuleProfile.FundingSource> sources(String written, RuleProfile profile) {
    java.util.Set<String> levels = profile.words("levels");
    List<String> named = levelsIn(written, levels);
    List<RuleProfile.FundingSource> out = new java.util.ArrayList<>();
    if (!named.isEmpty()) {
      for (RuleProfile.FundingSource s : profile.sources()) {
        List<String> spellings = new java.util.ArrayList<>(s.aliases());
        spellings.add(s.key());
        spellings.add(s.label());
        if (named.stream().allMatch(level -> spellings.stream().anyMatch(sp -> sp.contains(level)))) {
          out.add(s);
        }
      }
      return out;
    }
    List<String> levelless = new java.util.ArrayList<>();
    for (String spelling : profile.sourceSpellings()) {
      if (levelsIn(spelling, levels).isEmpty()) {
        levelless.add(spelling);
      }
    }
    String closest = closest(written, levelless);
    if (closest != null) {
      out.add(profile.source(closest));
    }
    return out;
  }

  private static List<String> levelsIn(String name, java.util.Set<String> levels) {
    List<String> out = new java.util.ArrayList<>();
    for (String level : levels) {
      if (name.contains(level)) {
        out.add(level);
      }
    }
    return out;
  }

  /** JX0301 at {@code word}, with the closest keyword, or the list of keywords allowed here. */
  public static Diagnostic unknownKeyword(
      SourceFile file, Name word, List<String> keywords) {
    Diagnostic d = Diagnostic.of(
        DiagnosticCode.UNKNOWN_KEYWORD, file, word.span(), word.text());
    return withSuggestion(d, word.text(), keywords, Hint.list("hint.keywords", keywords));
  }
}
