package org.jixiao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.syntax.Quoting;

/**
 * A draft's indicator rows as {@code indicator} lines: halves alike are one line, halves that
 * differ say their column; the target as the language writes it ({@code ≥500人/年} is
 * {@code >= 500 人/年}, {@code 2026年6月30日前} is {@code <= 2026-06-30}, a target in three
 * columns is put together again), then the row's other columns as the line's parts
 * ({@code weight 10 direction 正向 explain "…"}).
 */
final class IndicatorWriter {
  private static final Pattern QUANTITY =
      Pattern.compile("^(≥|≤|>=|<=|＞＝|＜＝|>|<|＞|＜|=|＝)?\\s*([+-]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(%|％|[^\\s0-9\"“”,，;；。、]{0,12})$");
  private static final Pattern NUMBER = Pattern.compile("^[+-]?[0-9][0-9,]*(?:\\.[0-9]+)?$");
  /** The parts a line can have after its target, in the order the language documents them. */
  private static final List<String> PARTS = List.of("weight", "direction", "kind", "standard", "explain", "scoring", "note");

  private final FormLabels labels;
  private final boolean emptyRowsPrinted;
  private final FormWords words;

  IndicatorWriter(FormLabels labels, boolean emptyRowsPrinted, FormWords words) {
    this.labels = labels;
    this.emptyRowsPrinted = emptyRowsPrinted;
    this.words = words;
  }

  /**
   * Row by row, each indicator by its identity (category and name): its 实施期 and 年度 halves are
   * one line when alike, a {@code term} and an {@code annual} line side by side when not, wherever
   * the two halves are in the table (a page break, or halves in another order, puts them in
   * different rows); a half alone says its column.
   */
  void write(FormDraft d, StringBuilder out) {
    this.declared = new java.util.HashSet<>(d.declaredEmpty);
    List<FormDraft.IndicatorCell[]> slots = new ArrayList<>(); // term, annual
    Map<String, FormDraft.IndicatorCell[]> open = new LinkedHashMap<>();
    Map<Integer, List<FormDraft.IndicatorCell>> rows = new LinkedHashMap<>();
    d.indicators.forEach(i -> rows.computeIfAbsent(i.row(), k -> new ArrayList<>()).add(i));
    boolean stages = labels.profile.hasTerm();
    for (List<FormDraft.IndicatorCell> row : rows.values()) {
      FormDraft.IndicatorCell term = row.stream().filter(i -> i.stage().equals("term")).findFirst().orElse(null);
      FormDraft.IndicatorCell annual = row.stream().filter(i -> i.stage().equals("annual")).findFirst().orElse(null);
      if (!stages || (term != null && annual != null && identity(term).equals(identity(annual)))) {
        slots.add(new FormDraft.IndicatorCell[] {term, annual});
        continue;
      }
      for (FormDraft.IndicatorCell each : java.util.Arrays.asList(term, annual)) {
        FormDraft.IndicatorCell half = each;
        if (half == null) {
          continue;
        }
        int side = half.stage().equals("term") ? 0 : 1;
        String key = (1 - side) + identity(half);
        FormDraft.IndicatorCell[] waiting = half.name() == null ? null : open.remove(key);
        if (waiting == null && half.borrowed() && half.name() != null) {
          // A half whose category is the other column's stand-in: matched by its name alone, it takes its partner's.
          String other = String.valueOf(1 - side);
          String suffix = "\u0000" + FormLabels.key(half.name().text());
          String byName = open.keySet().stream().filter(k -> k.startsWith(other) && k.endsWith(suffix)).findFirst().orElse(null);
          waiting = byName == null ? null : open.remove(byName);
          if (waiting != null) {
            FormDraft.IndicatorCell partner = waiting[1 - side];
            half = new FormDraft.IndicatorCell(half.stage(), partner.category(), half.cells(), half.row(), partner.level(),
                partner.categoryCell(), false);
          }
        }
        if (waiting != null) {
          waiting[side] = half;
        } else {
          FormDraft.IndicatorCell[] slot = new FormDraft.IndicatorCell[2];
          slot[side] = half;
          slots.add(slot);
          if (half.name() != null) {
            open.putIfAbsent(side + identity(half), slot);
          }
        }
      }
    }
    for (FormDraft.IndicatorCell[] slot : slots) {
      if (slot[0] != null && slot[1] != null && same(slot[0], slot[1])) {
        line(out, null, slot[0], d);
      } else {
        line(out, stages ? "term" : null, slot[0], d);
        line(out, stages ? "annual" : null, slot[1], d);
      }
    }
    // A declared empty row whose category the table did not show (a workbook edited since) still says what the office wrote.
    for (String name : declared) {
      IndicatorFramework.Category c = labels.category(name);
      if (c != null) {
        out.append("  indicator ").append(Quoting.quote(c.shortName() != null ? c.shortName() : c.name())).append('\n');
      }
    }
  }

  /** An indicator's identity in the table: its category and its name. */
  private static String identity(FormDraft.IndicatorCell i) {
    return (i.category() == null ? "" : i.category().name()) + "\u0000" + (i.name() == null ? "" : FormLabels.key(i.name().text()));
  }

  /** The declared empty rows not written yet. */
  private java.util.Set<String> declared = java.util.Set.of();

  private static boolean same(FormDraft.IndicatorCell a, FormDraft.IndicatorCell b) {
    if (a.category() != b.category() || !a.cells().keySet().equals(b.cells().keySet())) {
      return false;
    }
    return a.cells().keySet().stream().allMatch(k -> a.get(k).text().equals(b.get(k).text()));
  }

  private void line(StringBuilder out, String column, FormDraft.IndicatorCell i, FormDraft d) {
    if (i == null) {
      return;
    }
    if (i.category() == null) {
      // No 二级指标 above it in either column: its cells are left for the office to read, never dropped.
      i.cells().values().forEach(c -> {
        d.unmapped.add(c);
        d.mapped--;
      });
      return;
    }
    boolean declaredEmpty = i.name() == null && declared.remove(i.category().name());
    if (i.name() == null && emptyRowsPrinted && !declaredEmpty) {
      return;
    }
    IndicatorFramework.Category c = i.category();
    String category = c.shortName() != null ? c.shortName() : c.name();
    out.append("  indicator ").append(column == null ? "" : column + " ");
    // A 一级 written that is not the category's own is kept, so that the check reports it.
    IndicatorFramework.Level own = labels.framework.levelOf(c);
    if (i.level() != null && (own == null || labels.level(i.level().text()) != own)) {
      out.append(Quoting.quote(FormLabels.key(i.level().text()))).append('.');
      category = FormLabels.key(c.name()).equals(FormLabels.key(i.categoryCell().text())) ? c.name()
          : FormLabels.key(i.categoryCell().text());
    }
    out.append(Quoting.quote(category));
    if (i.name() != null) {
      out.append('.').append(Quoting.quote(i.name().text()));
      String target = target(i);
      if (target != null) {
        out.append(' ').append(target);
      }
      for (String part : PARTS) {
        Cell cell = i.get(part);
        if (cell == null) {
          continue;
        }
        if (part.equals("weight") && !NUMBER.matcher(cell.text()).matches()) {
          d.unmapped.add(cell); // 分值 is a number: anything else is left for the office to read
          d.mapped--;
          continue;
        }
        // 正向 and 定量 are names and the rest texts; a quoted name is the same name, so all but 分值 are quoted.
        out.append(' ').append(part).append(' ').append(part.equals("weight") ? cell.text().replace(",", "")
            : Quoting.quote(cell.text()));
      }
    }
    out.append('\n');
  }

  /** The target from its one column, or from 指标方向, 目标值 and 计量单位 put together. */
  private String target(FormDraft.IndicatorCell i) {
    Cell whole = i.get("target");
    if (whole != null) {
      return target(whole.text());
    }
    Cell value = i.get("value");
    if (value == null) {
      return null;
    }
    if (!NUMBER.matcher(value.text()).matches()) {
      return target(value.text()); // a qualitative value or a deadline is printed whole in 目标值
    }
    Cell comparator = i.get("comparator");
    Cell unit = i.get("unit");
    return target((comparator == null ? "" : comparator.text()) + value.text() + (unit == null ? "" : unit.text()));
  }

  /**
   * {@code ≥500人/年} → {@code >= 500 人/年}; {@code 100%} stays; {@code 2026年6月30日前} →
   * {@code <= 2026-06-30}; anything else is a qualitative text, quoted.
   */
  String target(String written) {
    FormWords.Deadline deadline = words.deadline(written);
    if (deadline != null) {
      return (deadline.comparator().equals("=") ? "" : deadline.comparator() + " ") + deadline.date().iso();
    }
    Matcher m = QUANTITY.matcher(written.strip());
    if (!m.matches() || !knownUnit(m.group(3))) {
      return Quoting.quote(written);
    }
    String comparator = m.group(1) == null ? "" : switch (m.group(1)) {
      case "≥", ">=", "＞＝" -> ">= ";
      case "≤", "<=", "＜＝" -> "<= ";
      case ">", "＞" -> "> ";
      case "<", "＜" -> "< ";
      default -> "= ";
    };
    String unit = m.group(3);
    String number = m.group(2);
    return comparator + number + (unit.isEmpty() ? "" : unit.equals("%") || unit.equals("％") ? "%" : " " + unit);
  }

  /** A unit the library knows, factor by factor (人/年, 元/人/月, 万人次): else the text is a qualitative value (2026年年底前). */
  private boolean knownUnit(String unit) {
    if (unit.isEmpty() || unit.equals("%") || unit.equals("％")) {
      return true;
    }
    for (String factor : unit.split("[/／·]", -1)) {
      if (factor.isEmpty() || labels.library.unit(factor) == null) {
        return false;
      }
    }
    return true;
  }
}
