package org.jixiao.diff;

import static org.jixiao.diff.Differ.ANNUAL;
import static org.jixiao.diff.Differ.BOTH;
import static org.jixiao.diff.Differ.TERM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.tables.ProjectView;
import org.jixiao.diff.BudgetDiff.IndicatorChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.syntax.Normalize;

/**
 * The indicators that changed, column by column. Indicators are matched by category and folded
 * name, then by alike names within a category (a rename); targets are compared by value in base
 * units and by the direction of their comparator, so that a reviewer sees which targets got
 * weaker (loosened) and which stronger (tightened), not only that a number changed.
 */
final class IndicatorDiffer {
  private IndicatorDiffer() {}

  /** Every indicator of a project that was added or removed as a whole. */
  static List<IndicatorChange> whole(ProjectView p, IndicatorKind kind) {
    List<IndicatorChange> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, ProjectView.Indicator>> column : columns(p).entrySet()) {
      for (ProjectView.Indicator i : column.getValue().values()) {
        out.add(one(kind, column.getKey(), i));
      }
    }
    return bothColumns(out);
  }

  /**
   * {@code yearShift}: the years between the budgets (0 for two versions of one budget); a
   * deadline that moved by just that many years is the same target in next year's budget.
   */
  static List<IndicatorChange> changes(ProjectView before, ProjectView after, int yearShift) {
    List<IndicatorChange> out = new ArrayList<>();
    Map<String, Map<String, ProjectView.Indicator>> b = columns(before);
    Map<String, Map<String, ProjectView.Indicator>> a = columns(after);
    for (String column : List.of(TERM, ANNUAL)) {
      Map<String, ProjectView.Indicator> removed = new LinkedHashMap<>(b.get(column));
      Map<String, ProjectView.Indicator> added = new LinkedHashMap<>(a.get(column));
      for (Map.Entry<String, ProjectView.Indicator> e : b.get(column).entrySet()) {
        ProjectView.Indicator n = a.get(column).get(e.getKey());
        if (n != null) {
          removed.remove(e.getKey());
          added.remove(e.getKey());
          IndicatorChange c = compare(column, e.getValue(), n, yearShift);
          if (c == null && !Objects.equals(e.getValue().parts(), n.parts())) {
            // Same target, other 分值, 指标性质, 绩效标准 …: shown with the parts, as the line writes them.
            c = new IndicatorChange(IndicatorKind.CHANGED, column, n.category(), e.getValue().name(), n.name(),
                withParts(e.getValue()), withParts(n));
          }
          if (c != null) {
            out.add(c);
          }
        }
      }
      renames(column, removed, added, out);
      removed.values().forEach(i -> out.add(one(IndicatorKind.REMOVED, column, i)));
      added.values().forEach(i -> out.add(one(IndicatorKind.ADDED, column, i)));
    }
    return bothColumns(out);
  }

  /** An indicator that is only on one side: the old side for REMOVED, the new side for ADDED. */
  private static IndicatorChange one(IndicatorKind kind, String column, ProjectView.Indicator i) {
    return kind == IndicatorKind.ADDED
        ? new IndicatorChange(kind, column, i.category(), null, i.name(), null, display(i))
        : new IndicatorChange(kind, column, i.category(), i.name(), null, display(i), null);
  }

  /** Per column (实施期, 年度): indicators by category and name key, in framework order. */
  private static Map<String, Map<String, ProjectView.Indicator>> columns(ProjectView p) {
    Map<String, Map<String, ProjectView.Indicator>> out = new LinkedHashMap<>();
    out.put(TERM, new LinkedHashMap<>());
    out.put(ANNUAL, new LinkedHashMap<>());
    for (ProjectView.Indicator i : p.indicators()) {
      String key = i.category() + "\u0000" + Normalize.key(i.name());
      // The view's column is "term", "annual" or "both" (written once for both columns).
      if (!i.column().equals("annual")) {
        out.get(TERM).putIfAbsent(key, i);
      }
      if (!i.column().equals("term")) {
        out.get(ANNUAL).putIfAbsent(key, i);
      }
    }
    return out;
  }

  /**
   * The same change in both columns is one change of both columns: most indicators are written
   * once for both, and a reviewer should read such a change once.
   */
  private static List<IndicatorChange> bothColumns(List<IndicatorChange> changes) {
    List<IndicatorChange> out = new ArrayList<>();
    List<IndicatorChange> annual = new ArrayList<>();
    changes.stream().filter(c -> c.column().equals(ANNUAL)).forEach(annual::add);
    for (IndicatorChange c : changes) {
      if (!c.column().equals(TERM)) {
        continue;
      }
      out.add(annual.remove(inColumn(c, ANNUAL)) ? inColumn(c, BOTH) : c);
    }
    out.addAll(annual);
    return out;
  }

  private static IndicatorChange inColumn(IndicatorChange c, String column) {
    return new IndicatorChange(c.kind(), column, c.category(), c.nameBefore(), c.nameAfter(), c.before(), c.after());
  }

  /** A pairing of a removed with an added indicator, and how alike their names are. */
  private record Candidate(double score, String removed, String added) {
    /** The same for both directions of the diff, so that diff(y, x) mirrors diff(x, y). */
    String symmetricKey() {
      return removed.compareTo(added) <= 0 ? removed + "\u0001" + added : added + "\u0001" + removed;
    }
  }

  /**
   * Pairs removed and added indicators of one category whose names are alike (at least half the
   * characters shared), best pairs first; the pairing does not depend on which side is old.
   */
  private static void renames(String column, Map<String, ProjectView.Indicator> removed,
      Map<String, ProjectView.Indicator> added, List<IndicatorChange> out) {
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, ProjectView.Indicator> r : removed.entrySet()) {
      for (Map.Entry<String, ProjectView.Indicator> n : added.entrySet()) {
        if (r.getValue().category().equals(n.getValue().category())) {
          double score = NameSimilarity.of(Normalize.key(r.getValue().name()), Normalize.key(n.getValue().name()));
          if (score >= NameSimilarity.ALIKE) {
            candidates.add(new Candidate(score, r.getKey(), n.getKey()));
          }
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::symmetricKey));
    for (Candidate c : candidates) {
      ProjectView.Indicator r = removed.get(c.removed());
      ProjectView.Indicator n = added.get(c.added());
      if (r == null || n == null) {
        continue;
      }
      removed.remove(c.removed());
      added.remove(c.added());
      out.add(new IndicatorChange(IndicatorKind.RENAMED, column, n.category(), r.name(), n.name(), display(r), display(n)));
    }
  }

  /** The target and the indicator's parts as the line writes them: ≥2000人次 weight 10 direction 正向. */
  private static String withParts(ProjectView.Indicator i) {
    StringBuilder b = new StringBuilder(display(i));
    ProjectView.Parts p = i.parts();
    if (p != null) {
      part(b, "weight", p.weight());
      part(b, "direction", p.direction());
      part(b, "kind", p.kind());
      part(b, "standard", p.standard());
      part(b, "explain", p.explain());
      part(b, "scoring", p.scoring());
      part(b, "note", p.note());
    }
    return b.toString().strip();
  }

  private static void part(StringBuilder b, String keyword, String value) {
    if (value != null) {
      b.append(' ').append(keyword).append(' ').append(value);
    }
  }

  private static String display(ProjectView.Indicator i) {
    return i.target() == null ? "" : i.target().display();
  }

  /** Tightened or loosened by the comparator's direction: ≥ wants more, ≤ wants less. */
  private static IndicatorChange compare(String column, ProjectView.Indicator before, ProjectView.Indicator after, int yearShift) {
    ProjectView.Target b = before.target();
    ProjectView.Target a = after.target();
    String db = display(before);
    String da = display(after);
    if (b == null || a == null) {
      return Objects.equals(db, da) ? null : change(IndicatorKind.CHANGED, column, before, after);
    }
    if (b.kind().equals("quantity") && a.kind().equals("quantity") && b.base() != null && a.base() != null) {
      if (!Objects.equals(b.dimension(), a.dimension())) {
        return change(IndicatorKind.UNIT_CHANGED, column, before, after);
      }
      int order = new BigDecimal(a.base()).compareTo(new BigDecimal(b.base()));
      if (order == 0 && b.comparator().equals(a.comparator())) {
        return null;
      }
      return change(direction(b.comparator(), a.comparator(), order), column, before, after);
    }
    if (b.kind().equals("deadline") && a.kind().equals("deadline")) {
      int order = LocalDate.parse(a.value()).compareTo(shifted(LocalDate.parse(b.value()), yearShift));
      if (order == 0 && b.comparator().equals(a.comparator())) {
        return null;
      }
      // An earlier deadline asks more of the project, whatever the comparator.
      return change(!b.comparator().equals(a.comparator()) ? IndicatorKind.CHANGED
          : order < 0 ? IndicatorKind.TIGHTENED : IndicatorKind.LOOSENED, column, before, after);
    }
    return Normalize.key(db).equals(Normalize.key(da)) ? null : change(IndicatorKind.CHANGED, column, before, after);
  }

  /** A date moved by whole years; the end of a month stays the end of it (2023-02-28 → 2024-02-29). */
  private static LocalDate shifted(LocalDate date, int years) {
    LocalDate moved = date.plusYears(years);
    return date.getDayOfMonth() == date.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
  }

  /** A changed comparator is neither tighter nor looser: the target means something else. */
  private static IndicatorKind direction(String before, String after, int order) {
    if (!before.equals(after)) {
      return IndicatorKind.CHANGED;
    }
    return switch (before) {
      case "≥", ">" -> order > 0 ? IndicatorKind.TIGHTENED : IndicatorKind.LOOSENED;
      case "≤", "<" -> order < 0 ? IndicatorKind.TIGHTENED : IndicatorKind.LOOSENED;
      default -> IndicatorKind.CHANGED;
    };
  }

  private static IndicatorChange change(IndicatorKind kind, String column, ProjectView.Indicator b, ProjectView.Indicator a) {
    return new IndicatorChange(kind, column, a.category(), b.name(), a.name(), display(b), display(a));
  }
}
