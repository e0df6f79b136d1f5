package org.jixiao.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.diag.Diagnostic;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Allow;

/**
 * The {@code allow} clauses of some projects: which one covers a diagnostic, which were used,
 * which were refused (on an error), and the warnings they silenced. A budget's context keeps one
 * for the budget-wide checks and takes in each project's, so that "this allow silenced nothing"
 * is decided on everything the allow could have silenced.
 */
final class Allows {
  /** A project's place in its file and its allows (nothing else of its tree). */
  private record Scope(Span span, List<Allow> allows) {}

  /** The projects with allow clauses of each file, by position, for finding the one a diagnostic is in. */
  private final Map<SourceFile, List<Scope>> byFile = new IdentityHashMap<>();
  private boolean sorted = true;

  final List<BudgetContext.Silenced> silenced = new ArrayList<>();
  final Set<Allow> used = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Allow> refused = Collections.newSetFromMap(new IdentityHashMap<>());

  /** A project's allows, that may silence what is reported in its span. */
  void add(SourceFile file, Span span, List<Allow> allows) {
    if (!allows.isEmpty()) {
      // Only projects that have allows can silence anything.
      byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new Scope(span, allows));
      sorted = false;
    }
  }

  /** What another set of allows found (one project's analysis), as if found here. */
  void include(Allows other) {
    silenced.addAll(other.silenced);
    used.addAll(other.used);
    refused.addAll(other.refused);
  }

  /** The allow whose scope holds the diagnostic and names its code; null when none does. */
  Allow covering(Diagnostic d) {
    if (!sorted) {
      // In the order of the file, so the one holding a diagnostic is found by binary search
      // (projects of one file do not overlap).
      byFile.values().forEach(list -> list.sort(Comparator.comparingInt(s -> s.span().start())));
      sorted = true;
    }
    List<Scope> candidates = byFile.get(d.file());
    if (candidates == null) {
      return null;
    }
    int low = 0;
    int high = candidates.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Scope scope = candidates.get(mid);
      if (scope.span().start() > d.span().start()) {
        high = mid - 1;
      } else if (scope.span().contains(d.span())) {
        for (Allow allow : scope.allows()) {
          if (allow.code().text().equalsIgnoreCase(d.code().code()) && allow.scope().contains(d.span())) {
            return allow;
          }
        }
        return null;
      } else {
        low = mid + 1;
      }
    }
    return null;
  }
}
