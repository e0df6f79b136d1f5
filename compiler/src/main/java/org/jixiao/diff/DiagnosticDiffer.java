package org.jixiao.diff;

import org.jixiao.semantics.CheckedBudget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.DiagnosticChange;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.syntax.Normalize;
import org.jixiao.source.SourceFile;

/**
 * The diagnostics a change adds to a budget and the ones it fixes. A diagnostic is the same on
 * both sides when its project, code and arguments ({@link org.jixiao.diag.Arg#key()}) are: never
 * its line (moving a block fixes nothing) and never its rendered text, so that which diagnostics
 * match, and their order, do not depend on the language. Repeats count: two identical warnings
 * before and one after is one fixed.
 */
final class DiagnosticDiffer {
  private final Messages messages;

  DiagnosticDiffer(Messages messages) {
    this.messages = messages;
  }

  /**
   * In the order of project, code and arguments; {@code renamed} gives the new name of a renamed
   * project (by old name), so that its unchanged problems match. A null side is a budget that is
   * only on the other side.
   */
  List<DiagnosticChange> changes(CheckedBudget before, CheckedBudget after, Map<String, String> renamed) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, DiagnosticChange> examples = new HashMap<>();
    tally(before, -1, counts, examples, renamed);
    tally(after, 1, counts, examples, Map.of());
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.naturalOrder());
    List<DiagnosticChange> out = new ArrayList<>();
    for (String key : keys) {
      DiagnosticChange d = examples.get(key);
      int count = counts.get(key);
      for (int i = 0; i < Math.abs(count); i++) {
        out.add(new DiagnosticChange(count > 0, d.code(), d.severity(), d.project(), d.message(), d.args()));
      }
    }
    return out;
  }

  /** Adds {@code sign} per diagnostic to its key's count; the first of each key is its example. */
  private void tally(CheckedBudget b, int sign, Map<String, Integer> counts, Map<String, DiagnosticChange> examples,
      Map<String, String> renamed) {
    if (b != null) {
      Map<SourceFile, List<ProjectFile>> byFile = new IdentityHashMap<>();
      if (b.context() != null) {
        b.context().projects().forEach(pf -> byFile.computeIfAbsent(pf.file(), f -> new ArrayList<>()).add(pf));
      }
      for (Diagnostic d : b.diagnostics()) {
        String project = projectOf(byFile, d);
        project = renamed.getOrDefault(project, project);
        String key = key(project, d);
        counts.merge(key, sign, Integer::sum);
        examples.putIfAbsent(key, new DiagnosticChange(sign > 0, d.code().code(),
            d.severity().name().toLowerCase(Locale.ROOT), project, messages.message(d), d.args()));
      }
    }
    counts.values().removeIf(v -> v == 0);
  }

  /**
   * Arguments are folded like names, so that a full-width bracket in a quoted text is no change;
   * the severity is part of the key, so that a warning a profile now makes an error shows.
   */
  private static String key(String project, Diagnostic d) {
    StringBuilder key = new StringBuilder(project).append('\u0000').append(d.code().code())
        .append('\u0000').append(d.severity().ordinal());
    d.argKeys().forEach(a -> key.append('\u0000').append(Normalize.key(a)));
    return key.toString();
  }

  /** The project whose block holds the diagnostic, else its file's name (a budget-wide problem). */
  private static String projectOf(Map<SourceFile, List<ProjectFile>> byFile, Diagnostic d) {
    for (ProjectFile pf : byFile.getOrDefault(d.file(), List.of())) {
      if (pf.project().span().contains(d.span())) {
        return pf.project().name().text();
      }
    }
    return d.file() == null ? "" : d.file().path().getFileName().toString();
  }
}
