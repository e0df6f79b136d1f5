package org.jixiao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern PERIOD = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*(\\S+)$");
  private static final Pattern FILED_DIGITS = Pattern.compile("^([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})$");

  /** The fields written by a line of their own below; any other field the profile declares is a custom line. */
  private static final java.util.Set<String> WRITTEN = java.util.Set.of("name", "department", "implementer", "attribute",
      "period", "overview", "basis", "necessity", "measures", "plan", "goal", "leader", "handler", "phone", "filed");

  private final FormLabels labels;
  private final org.jixiao.diag.Messages messages;
  private final org.jixiao.semantics.library.Library library;
  private final FormWords words;
  private final IndicatorWriter indicators;

  /** @param emptyRowsPrinted the layout prints every category, so an empty row says nothing the office wrote */
  JxWriter(FormLabels labels, boolean emptyRowsPrinted, org.jixiao.diag.Messages messages) {
    this.labels = labels;
    this.library = labels.library;
    this.messages = messages;
    this.words = new FormWords();
    this.indicators = new IndicatorWriter(labels, emptyRowsPrinted, words);
  }

  String project(FormDraft d) {
    StringBuilder out = new StringBuilder();
    out.append("project ").append(Quoting.quote(text(d, "name"))).append(" {\n");
    department(d, out);
    line(out, "implementer", d.fields.get("implementer"));
    attribute(d, out);
    period(d, out);
    funds(d, out);
    costs(d, out);
    for (String key : List.of("overview", "basis", "necessity", "measures", "plan")) {
      narrative(out, key, d.fields.get(key));
    }
    for (var f : labels.profile.fields()) {
      Cell value = d.fields.get(f.key());
      if (value != null && !WRITTEN.contains(f.key()) && !org.jixiao.semantics.library.BuiltinFields.isBuiltin(f.key())) {
        // The key is a name, never quoted: a quoted one would read as one more line of the text above it.
        String written = f.values().contains(value.text()) ? value.text() : Quoting.quote(value.text());
        out.append("  ").append(f.key()).append(' ').append(written).append('\n');
      }
    }
    goals(d, out);
    indicators.write(d, out);
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

  /** {@code 3年} → {@code 3 年}; {@code 2026年1月至2027年6月} → {@code 2026-01 至 2027-06}. */
  private void period(FormDraft d, StringBuilder out) {
    Cell c = d.fields.get("period");
    if (c == null) {
      return;
    }
    FormWords.Date[] range = words.range(c.text());
    Matcher m = PERIOD.matcher(c.text());
    if (range == null && !m.matches()) {
      d.unmapped.add(c); // no period the language can write: left for the office to read
      d.mapped--;
      return;
    }
    String value = range != null ? range[0].iso() + " 至 " + range[1].iso() : m.group(1) + " " + m.group(2);
    out.append("  period ").append(value).append('\n');
  }

  private void funds(FormDraft d, StringBuilder out) {
    if (d.funds.isEmpty()) {
      return;
    }
    out.append("  funds ");
    // The form prints amounts in the unit its funds label or heading states, else the template's;
    // the language reads an amount without one in 元.
    String unit = d.moneyUnit != null ? d.moneyUnit : d.headingMoney != null ? d.headingMoney : labels.profile.moneyUnit();
    org.jixiao.semantics.units.Unit known = library.unit(unit);
    if (known == null || !known.scale().equals(org.jixiao.semantics.units.Rational.ONE)) {
      out.append(unit).append(' ');
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

  /**
   * The 预算成本构成 table: the years its columns are (the budget year less each column's years
   * back), then each item with its amounts, the total row under the table's total label.
   */
  private void costs(FormDraft d, StringBuilder out) {
    if (d.costs.isEmpty()) {
      return;
    }
    out.append("  costs ");
    String unit = d.costsUnit != null ? d.costsUnit : d.headingMoney != null ? d.headingMoney : labels.profile.moneyUnit();
    org.jixiao.semantics.units.Unit known = library.unit(unit);
    if (known == null || !known.scale().equals(org.jixiao.semantics.units.Rational.ONE)) {
      out.append(unit).append(' ');
    }
    out.append("{\n");
    if (d.year != null) {
      out.append("    years");
      labels.profile.costColumns().forEach(c -> out.append(' ').append(d.year - c.yearsBack()));
      out.append('\n');
    }
    for (FormDraft.CostRow row : d.costs) {
      out.append("    ").append(Quoting.quote(row.name().text()));
      row.amounts().forEach(a -> out.append(' ').append(amount(a)));
      out.append('\n');
    }
    out.append("  }\n");
  }

  /** An amount as written, full-width digits and separators (４，２００．００) as the language's. */
  private static String amount(Cell c) {
    return c == null ? "-" : java.text.Normalizer.normalize(c.text(), java.text.Normalizer.Form.NFKC).replace(" ", "");
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

  private void goals(FormDraft d, StringBuilder out) {
    Cell term = d.goals.get("term");
    Cell annual = d.goals.get("annual");
    // One text for both stages: on a template with 年度 goals only, the one goal is both.
    Cell both = term != null && annual != null && term.text().equals(annual.text()) ? term
        : !labels.profile.hasTerm() && term == null ? annual : null;
    if (both != null) {
      narrative(out, "goal", both);
      return;
    }
    if (term != null) {
      narrative(out, "goal term", term);
    }
    if (annual != null) {
      narrative(out, "goal annual", annual);
    }
  }

  /** An Excel date serial in a cell not formatted as a date (46280.43 for 2026-09-15 10:20), as a sheet pasted as values has it. */
  private static final Pattern SERIAL = Pattern.compile("^[2-9][0-9]{4}(?:\\.[0-9]+)?$");

  private static String serial(String text) {
    java.time.LocalDateTime t = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(Double.parseDouble(text), false, true);
    return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
        : t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", java.util.Locale.ROOT));
  }

  private static void filed(FormDraft d, StringBuilder out) {
    Cell c = d.fields.get("filed");
    if (c == null) {
      return;
    }
    Matcher m = FILED_DIGITS.matcher(c.text());
    String value = m.matches()
        ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) + " " + m.group(4) + ":" + m.group(5) + ":" + m.group(6)
        : SERIAL.matcher(c.text()).matches() ? serial(c.text()) : c.text();
    out.append("  filed ").append(value).append('\n');
  }
}
