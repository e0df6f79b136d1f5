package org.jixiao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.syntax.Quoting;

/**
 * A {@link FormDraft} as a project in {@code .jx}: each value written as the language writes it
 * (names and texts quoted, {@code ≥500人/年} as {@code >= 500 人/年}, 一次性项目（1年结束） as its
 * attribute key, a blank funds cell as {@code -}), a long text one sentence a line, as a careful
 * transcription splits it. The text is not canonical yet: {@code jixiao fmt} makes it so (the
 * importer formats what it writes), so this class only has to be right, not tidy.
 */
final class JxWriter {
  private static final Pattern DEPARTMENT = Pattern.compile("^([0-9]+)\\s*[-－—]\\s*(.+)$");
  private static final Pattern QUANTITY =
      Pattern.compile("^(≥|≤|>=|<=|＞＝|＜＝|>|<|＞|＜|=|＝)?\\s*([+-]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(%|％|[^\\s0-9\"“”,，;；。、]{0,12})$");
  private static final Pattern PERIOD = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*(\\S+)$");
  private static final Pattern FILED_DIGITS = Pattern.compile("^([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})$");

  /** The fields written by a line of their own below; any other field the profile declares is a custom line. */
  private static final java.util.Set<String> WRITTEN = java.util.Set.of("name", "department", "implementer", "attribute",
      "period", "overview", "basis", "necessity", "measures", "plan", "goal", "leader", "handler", "phone", "filed");

  private final FormLabels labels;
  private final boolean emptyRowsPrinted;
  private final org.jixiao.diag.Messages messages;
  private final org.jixiao.semantics.library.Library library;

  /** @param emptyRowsPrinted the layout prints every category, so an empty row says nothing the office wrote */
  JxWriter(FormLabels labels, boolean emptyRowsPrinted, org.jixiao.diag.Messages messages) {
    this.labels = labels;
    this.library = labels.library;
    this.emptyRowsPrinted = emptyRowsPrinted;
    this.messages = messages;
  }

  String project(FormDraft d) {
    StringBuilder out = new StringBuilder();
    out.append("project ").append(Quoting.quote(text(d, "name"))).append(" {\n");
    department(d, out);
    line(out, "implementer", d.fields.get("implementer"));
    attribute(d, out);
    period(d, out);
    funds(d, out);
    for (String key : List.of("overview", "basis", "necessity", "measures", "plan")) {
      narrative(out, key, d.fields.get(key));
    }
    for (var f : labels.profile.fields()) {
      Cell value = d.fields.get(f.key());
      if (value != null && !WRITTEN.contains(f.key()) && !org.jixiao.semantics.library.BuiltinFields.isBuiltin(f.key())) {
        out.append("  ").append(Quoting.quote(f.key())).append(' ').append(Quoting.quote(value.text())).append('\n');
      }
    }
    goals(d, out);
    indicators(d, out);
    for (String key : List.of("leader", "handler", "phone")) {
      line(out, key, d.fields.get(key));
    }
    filed(d, out);
    for (Cell c : d.unmapped) {
      out.append("  # ").append(messages.get("import.unmappedComment", c.ref(), oneLine(c.text()))).append('\n');
    }
    return out.append("}\n").toString();
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  private static String text(FormDraft d, String key) {
    Cell c = d.fields.get(key);
    return c == null ? "" : c.text();
  }

  private static void line(StringBuilder out, String keyword, Cell value) {
    if (value != null) {
      out.append("  ").append(keyword).append(' ').append(Quoting.quote(value.text())).append('\n');
    }
  }

  private void department(FormDraft d, StringBuilder out) {
    Cell c = d.fields.get("department");
    if (c == null) {
      return;
    }
    Matcher m = DEPARTMENT.matcher(c.text());
    out.append("  department ");
    if (m.matches()) {
      out.append(m.group(1)).append(' ').append(Quoting.quote(m.group(2).strip()));
    } else {
      out.append(Quoting.quote(c.text()));
    }
    out.append('\n');
  }

  private void attribute(FormDraft d, StringBuilder out) {
    Cell c = d.fields.get("attribute");
    if (c == null) {
      return;
    }
    String key = FormLabels.key(c.text());
    for (RuleProfile.AttributeValue a : labels.profile.attributes()) {
      if (FormLabels.key(a.label()).equals(key) || a.key().equals(key)
          || a.aliases().stream().anyMatch(x -> FormLabels.key(x).equals(key))) {
        out.append("  attribute ").append(a.key()).append('\n');
        return;
      }
    }
    out.append("  attribute ").append(Quoting.quote(c.text())).append('\n');
  }

  private static void period(FormDraft d, StringBuilder out) {
    Cell c = d.fields.get("period");
    if (c == null) {
      return;
    }
    Matcher m = PERIOD.matcher(c.text());
    out.append("  period ").append(m.matches() ? m.group(1) + " " + m.group(2) : c.text()).append('\n');
  }

  private void funds(FormDraft d, StringBuilder out) {
    if (d.funds.isEmpty()) {
      return;
    }
    out.append("  funds ");
    if (d.moneyUnit != null && !d.moneyUnit.equals(labels.profile.moneyUnit())) {
      out.append(d.moneyUnit).append(' ');
    }
    out.append("{\n");
    boolean term = labels.profile.hasColumn("term");
    Map<String, FormDraft.FundsRow> rows = new LinkedHashMap<>();
    d.funds.forEach(r -> rows.putIfAbsent(r.source(), r));
    List<String> order = new ArrayList<>();
    labels.profile.sources().forEach(s -> order.add(s.key()));
    order.add("total");
    for (String key : order) {
      FormDraft.FundsRow r = rows.get(key);
      if (r != null) {
        out.append("    ").append(key).append(' ');
        if (term) {
          out.append(amount(r.term())).append(' ');
        }
        out.append(amount(r.annual())).append('\n');
      }
    }
    out.append("  }\n");
  }

  private static String amount(Cell c) {
    return c == null ? "-" : c.text().replace('，', ',');
  }

  /**
   * A long text a sentence a line: each 。 or ； that more words follow ends a line, and a ： before a
   * numbered list (主要有：1.…).
   */
  private static void narrative(StringBuilder out, String keyword, Cell value) {
    if (value == null) {
      return;
    }
    out.append("  ").append(keyword);
    String indent = " ".repeat(keyword.length() + 3);
    List<String> sentences = sentences(value.text());
    for (int i = 0; i < sentences.size(); i++) {
      out.append(i == 0 ? " " : "\n" + indent).append(Quoting.quote(sentences.get(i)));
    }
    out.append('\n');
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '。' || c == '；' || (c == '：' && LIST_ITEM.matcher(text).region(i + 1, text.length()).lookingAt());
      // Only where words follow: a closing tag or bracket stays on its sentence's line.
      if (end && !TAGS.matcher(text.substring(i + 1)).replaceAll("").isBlank()) {
        out.add(text.substring(from, i + 1));
        from = i + 1;
      }
    }
    out.add(text.substring(from));
    return out;
  }

  private static final Pattern LIST_ITEM = Pattern.compile("\\s*[0-9]+[.．、]");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>|[)）」』”\\s]");

  private static void goals(FormDraft d, StringBuilder out) {
    Cell term = d.goals.get("term");
    Cell annual = d.goals.get("annual");
    if (term != null && annual != null && term.text().equals(annual.text())) {
      narrative(out, "goal", term);
      return;
    }
    if (term != null) {
      narrative(out, "goal term", term);
    }
    if (annual != null) {
      narrative(out, "goal annual", annual);
    }
  }

  /** Row by row: halves alike are one line; halves that differ, or a half alone, say their column. */
  private void indicators(FormDraft d, StringBuilder out) {
    Map<Integer, List<FormDraft.IndicatorCell>> rows = new LinkedHashMap<>();
    d.indicators.forEach(i -> rows.computeIfAbsent(i.row(), k -> new ArrayList<>()).add(i));
    for (List<FormDraft.IndicatorCell> row : rows.values()) {
      FormDraft.IndicatorCell term = row.stream().filter(i -> i.stage().equals("term")).findFirst().orElse(null);
      FormDraft.IndicatorCell annual = row.stream().filter(i -> i.stage().equals("annual")).findFirst().orElse(null);
      if (term != null && annual != null && same(term, annual)) {
        indicator(out, null, term);
      } else {
        indicator(out, labels.profile.hasTerm() ? "term" : null, term);
        indicator(out, labels.profile.hasTerm() ? "annual" : null, annual);
      }
    }
  }

  private static boolean same(FormDraft.IndicatorCell a, FormDraft.IndicatorCell b) {
    return a.category() == b.category() && text(a.name()).equals(text(b.name())) && text(a.target()).equals(text(b.target()));
  }

  private static String text(Cell c) {
    return c == null ? "" : c.text();
  }

  private void indicator(StringBuilder out, String column, FormDraft.IndicatorCell i) {
    if (i == null || i.category() == null || (i.name() == null && emptyRowsPrinted)) {
      return;
    }
    IndicatorFramework.Category c = i.category();
    String category = c.shortName() != null ? c.shortName() : c.name();
    out.append("  indicator ").append(column == null ? "" : column + " ");
    // A 一级 written that is not the category's own is kept, so that the check reports it.
    IndicatorFramework.Level own = labels.framework.levelOf(c);
    if (i.level() != null && (own == null || labels.level(i.level().text()) != own)) {
      out.append(Quoting.quote(FormLabels.key(i.level().text()))).append('.');
      category = FormLabels.key(i.category().name()).equals(FormLabels.key(i.categoryCell().text())) ? c.name()
          : FormLabels.key(i.categoryCell().text());
    }
    out.append(Quoting.quote(category));
    if (i.name() != null) {
      out.append('.').append(Quoting.quote(i.name().text()));
      if (i.target() != null) {
        out.append(' ').append(target(i.target().text()));
      }
    }
    out.append('\n');
  }

  /** {@code ≥500人/年} → {@code >= 500 人/年}; {@code 100%} stays; anything else is a qualitative text, quoted. */
  String target(String written) {
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
      if (factor.isEmpty() || library.unit(factor) == null) {
        return false;
      }
    }
    return true;
  }

  private static void filed(FormDraft d, StringBuilder out) {
    Cell c = d.fields.get("filed");
    if (c == null) {
      return;
    }
    Matcher m = FILED_DIGITS.matcher(c.text());
    String value = m.matches()
        ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) + " " + m.group(4) + ":" + m.group(5) + ":" + m.group(6)
        : c.text();
    out.append("  filed ").append(value).append('\n');
  }
}
