package org.jixiao.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.BudgetSide;
import org.jixiao.semantics.CheckedBudget;
import org.jixiao.syntax.Decl;
import org.jixiao.tables.BudgetTables;

/**
 * Which budget of the old side is which of the new. A budget is a folder with its declaration
 * ({@code budget 阳泉市 2026}); projects are only ever matched within a pair of budgets, so that
 * one region's or year's project never hides another's of the same name.
 *
 * <p>Budgets pair, in this order, by region, year and folder; by region and year (the folder was
 * moved); by folder (the declaration was edited in place). Each of these pairs only keys that are
 * unique on both sides, so that the pairing does not depend on the order of the folders. When
 * each side is one budget, the two are paired whatever they declare: that is how a year is
 * compared with the next ({@code jixiao diff budgets/2025 budgets/2026}), or a budget with
 * itself after its region was corrected.
 */
final class BudgetMatching {
  /** One side's budget: what the diff reads of it, and where it is. */
  record Version(CheckedBudget checked, BudgetTables tables, BudgetSide side, String relativeFolder) {
    String region() {
      return side.region();
    }

    Integer year() {
      return side.year();
    }
  }

  /** A budget of either side or both; one of them is null for a budget that is only on one side. */
  record Pair(Version before, Version after) {
    /** The years apart when a budget is compared with another year's (0 otherwise). */
    int yearShift() {
      if (before == null || after == null || before.year() == null || after.year() == null) {
        return 0;
      }
      return after.year() - before.year();
    }
  }

  private BudgetMatching() {}

  /** A side's budgets; folders are made relative to {@code root} (the path the side was given as). */
  static List<Version> versions(List<CheckedBudget> run, String root, Messages messages) {
    List<Version> out = new ArrayList<>();
    for (CheckedBudget b : run) {
      BudgetTables tables = b.context() == null ? null : BudgetTables.of(b, messages);
      Decl.Budget decl = b.context() == null ? null : b.context().budget();
      BudgetSide side = decl == null ? new BudgetSide(null, null, b.displayName())
          : new BudgetSide(decl.region().text(), decl.year(), b.displayName());
      out.add(new Version(b, tables, side, relative(b.displayName(), root)));
    }
    return out;
  }

  /** The pairs, ordered by region, year and folder (of the new side where there is one). */
  static List<Pair> pairs(List<Version> before, List<Version> after) {
    List<Version> old = new ArrayList<>(before);
    List<Version> now = new ArrayList<>(after);
    List<Pair> out = new ArrayList<>();
    pairBy(old, now, out, v -> v.region() == null ? null : v.region() + "\u0000" + v.year() + "\u0000" + v.relativeFolder());
    pairBy(old, now, out, v -> v.region() == null ? null : v.region() + "\u0000" + v.year());
    pairBy(old, now, out, Version::relativeFolder);
    if (before.size() == 1 && after.size() == 1 && old.size() == 1 && now.size() == 1) {
      out.add(new Pair(old.remove(0), now.remove(0)));
    }
    old.forEach(v -> out.add(new Pair(v, null)));
    now.forEach(v -> out.add(new Pair(null, v)));
    out.sort(Comparator.comparing(BudgetMatching::order, BudgetMatching::byCodePoints));
    return out;
  }

  /** Pairs the budgets whose key is the same and held by exactly one budget of each side. */
  private static void pairBy(List<Version> old, List<Version> now, List<Pair> out, Function<Version, String> key) {
    Map<String, List<Version>> byOld = group(old, key);
    Map<String, List<Version>> byNew = group(now, key);
    byOld.forEach((k, olds) -> {
      List<Version> news = byNew.get(k);
      if (olds.size() == 1 && news != null && news.size() == 1) {
        out.add(new Pair(olds.get(0), news.get(0)));
        old.remove(olds.get(0));
        now.remove(news.get(0));
      }
    });
  }

  private static Map<String, List<Version>> group(List<Version> side, Function<Version, String> key) {
    Map<String, List<Version>> out = new LinkedHashMap<>();
    for (Version v : side) {
      String k = key.apply(v);
      if (k != null) {
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    return out;
  }

  private static String order(Pair p) {
    Version v = p.after() != null ? p.after() : p.before();
    String year = v.year() == null ? "" : String.format(java.util.Locale.ROOT, "%06d", v.year());
    return Objects.toString(v.region(), "") + "\u0000" + year + "\u0000" + v.side().folder()
        + "\u0000" + (p.before() == null ? "" : p.before().side().folder());
  }

  /** Code point order (not UTF-16's), as file names are ordered everywhere in jixiao. */
  private static int byCodePoints(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** {@code budgets/2026} under the root {@code budgets} is {@code 2026}; the root itself is {@code .}. */
  static String relative(String folder, String root) {
    if (root == null || root.isEmpty() || root.equals(".")) {
      return folder;
    }
    if (folder.equals(root)) {
      return ".";
    }
    return folder.startsWith(root + "/") ? folder.substring(root.length() + 1) : folder;
  }
}
