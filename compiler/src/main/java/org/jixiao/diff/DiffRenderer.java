package org.jixiao.diff;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.tables.TablesJson;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.DiagnosticChange;
import org.jixiao.diff.BudgetDiff.FieldChange;
import org.jixiao.diff.BudgetDiff.IndicatorChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.diff.BudgetDiff.MoneyChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;

/**
 * A {@link BudgetDiff} as text for a terminal, markdown for a review comment, or JSON. Every word
 * comes from the messages files ({@code diff.*}), in the language of the {@link Messages} the diff
 * was made with.
 */
public final class DiffRenderer {
  private static final int SHORT = 40;

  private final Messages messages;

  public DiffRenderer(Messages messages) {
    this.messages = messages;
  }

  /** The diff's own data; its labels are already in the diff's language. */
  public static String json(BudgetDiff diff) throws IOException {
    return TablesJson.toJson(diff);
  }

  static String yuan(BigDecimal v) {
    String plain = v.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    return org.jixiao.semantics.units.Measure.group(plain.endsWith(".00") ? plain.substring(0, plain.length() - 3) : plain);
  }

  static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + yuan(v);
  }

  private String say(String key, String... args) {
    return messages.get(key, args);
  }

  /** "label：text", with the colon of the language. */
  private String labelled(String label, String text) {
    return say("diff.labelled", label, text);
  }

  /** "text（qualifier）", with the brackets of the language. */
  private String paren(String text, String qualifier) {
    return say("diff.paren", text, qualifier);
  }

  String kind(IndicatorKind k) {
    return say(switch (k) {
      case ADDED -> "diff.kind.added";
      case REMOVED -> "diff.kind.removed";
      case RENAMED -> "diff.kind.renamed";
      case TIGHTENED -> "diff.kind.tightened";
      case LOOSENED -> "diff.kind.loosened";
      case CHANGED -> "diff.kind.changed";
      case UNIT_CHANGED -> "diff.kind.unitChanged";
    });
  }

  String status(BudgetDiff.Status s) {
    return say(switch (s) {
      case ADDED -> "diff.status.added";
      case REMOVED -> "diff.status.removed";
      case CHANGED -> "diff.status.changed";
    });
  }

  String column(String key) {
    return say(switch (key) {
      case Differ.TERM -> "diff.column.term";
      case Differ.ANNUAL -> "diff.column.annual";
      default -> "diff.column.both";
    });
  }

  static String shorten(String s) {
    if (s == null) {
      return "";
    }
    String one = s.replace('\n', ' ');
    return one.codePointCount(0, one.length()) <= SHORT ? one : one.substring(0, one.offsetByCodePoints(0, SHORT)) + "…";
  }

  /** Before → after in 元, with the delta and the percentage. */
  private String amounts(MoneyChange m) {
    return say("diff.amounts", yuan(m.before()), yuan(m.after()), signed(m.delta()), m.percent());
  }

  String money(MoneyChange m) {
    return say("diff.money", paren(m.what(), column(m.column())), amounts(m));
  }

  String indicator(IndicatorChange c) {
    String name = c.nameBefore() == null ? c.nameAfter() : c.nameAfter() == null || c.nameAfter().equals(c.nameBefore())
        ? c.nameBefore() : c.nameBefore() + " → " + c.nameAfter();
    String values = c.before() == null ? c.after() : c.after() == null ? c.before() : c.before() + " → " + c.after();
    String what = "[" + kind(c.kind()) + "] " + column(c.column()) + " " + c.category() + "." + name;
    return values == null || values.isEmpty() ? what : labelled(what, values);
  }

  /** A changed text, shown around its first difference so that a long paragraph stays readable. */
  String field(FieldChange f) {
    String a = f.before() == null ? "" : f.before();
    String b = f.after() == null ? "" : f.after();
    int common = 0;
    while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    int from = Math.max(0, common - 8);
    String prefix = from > 0 ? "…" : "";
    return labelled(f.field(), prefix + shorten(a.substring(Math.min(from, a.length()))) + " → " + prefix
        + shorten(b.substring(Math.min(from, b.length()))));
  }

  /** Severity and code stay as the check prints them (error[JX0503]), so they can be searched for. */
  String diagnostic(DiagnosticChange d) {
    return say(d.added() ? "diff.diagnostic.added" : "diff.diagnostic.fixed") + " " + d.severity() + "[" + d.code()
        + "] " + labelled(d.project(), d.message());
  }

  public String text(BudgetDiff diff) {
    if (diff.isEmpty()) {
      return say("diff.none") + "\n";
    }
    StringBuilder out = new StringBuilder();
    for (ProjectDiff p : diff.projects()) {
      out.append(labelled(status(p.status()), paren(p.name(), p.department()))).append('\n');
      p.funds().forEach(m -> line(out, "diff.section.funds", money(m)));
      p.indicators().forEach(c -> line(out, "diff.section.indicator", indicator(c)));
      p.fields().forEach(f -> line(out, "diff.section.field", field(f)));
    }
    if (!diff.departments().isEmpty() || !diff.totals().isEmpty()) {
      out.append(say("diff.section.totals")).append('\n');
      diff.departments().forEach(m -> line(out, "diff.section.department", money(m)));
      diff.totals().forEach(m -> line(out, "diff.section.budget", money(m)));
    }
    if (!diff.diagnostics().isEmpty()) {
      out.append(say("diff.section.diagnostics")).append('\n');
      diff.diagnostics().forEach(d -> out.append("  ").append(diagnostic(d)).append('\n'));
    }
    return out.toString();
  }

  /** An indented line of the text format under a short label: "  资金  …". */
  private void line(StringBuilder out, String label, String text) {
    out.append("  ").append(say(label)).append("  ").append(text).append('\n');
  }

  /** For a merge-request comment: a summary table first, the details folded below it. */
  public String markdown(BudgetDiff diff) {
    StringBuilder out = new StringBuilder("### ").append(say("diff.md.title")).append("\n\n");
    if (diff.isEmpty()) {
      return out.append(say("diff.none")).append('\n').toString();
    }
    out.append("| ").append(String.join(" | ", List.of(say("diff.md.project"), say("diff.md.department"),
        say("diff.md.status"), say("diff.md.termDelta"), say("diff.md.annualDelta"), say("diff.md.indicators"),
        say("diff.md.loosened")))).append(" |\n");
    out.append("|---|---|---|---:|---:|---:|---:|\n");
    for (ProjectDiff p : diff.projects()) {
      out.append("| ").append(cell(p.name())).append(" | ").append(cell(p.department())).append(" | ")
          .append(status(p.status())).append(" | ").append(delta(p.funds(), Differ.TERM)).append(" | ")
          .append(delta(p.funds(), Differ.ANNUAL)).append(" | ").append(p.indicators().size()).append(" | ")
          .append(p.indicators().stream().filter(c -> c.kind() == IndicatorKind.LOOSENED).count()).append(" |\n");
    }
    for (MoneyChange m : diff.totals()) {
      out.append('\n').append(labelled("**" + paren(m.what(), column(m.column())) + "**", amounts(m))).append('\n');
    }
    out.append('\n').append(diagnosticsSummary(diff.diagnostics())).append('\n');
    for (ProjectDiff p : diff.projects()) {
      out.append("\n<details><summary>").append(paren(html(p.name()), status(p.status()))).append("</summary>\n\n");
      p.funds().forEach(m -> item(out, "diff.section.funds", money(m)));
      p.indicators().forEach(c -> item(out, "diff.section.indicator", indicator(c)));
      p.fields().forEach(f -> item(out, "diff.section.field", field(f)));
      out.append("\n</details>\n");
    }
    if (!diff.departments().isEmpty()) {
      out.append("\n<details><summary>").append(say("diff.md.departments")).append("</summary>\n\n");
      diff.departments().forEach(m -> out.append("- ").append(cell(money(m))).append('\n'));
      out.append("\n</details>\n");
    }
    if (!diff.diagnostics().isEmpty()) {
      out.append("\n<details><summary>").append(say("diff.md.diagnosticChanges")).append("</summary>\n\n");
      diff.diagnostics().forEach(d -> out.append("- ").append(cell(diagnostic(d))).append('\n'));
      out.append("\n</details>\n");
    }
    return out.toString();
  }

  /** A markdown list item under a short label: "- 资金：…". */
  private void item(StringBuilder out, String label, String text) {
    out.append("- ").append(labelled(say(label), cell(text))).append('\n');
  }

  /** Added, of them errors (what would now fail the check), and fixed. */
  private String diagnosticsSummary(List<DiagnosticChange> diagnostics) {
    long added = diagnostics.stream().filter(DiagnosticChange::added).count();
    long errors = diagnostics.stream().filter(d -> d.added() && d.severity().equals(ERROR)).count();
    long fixed = diagnostics.size() - added;
    return say("diff.md.diagnostics", String.valueOf(added), String.valueOf(errors), String.valueOf(fixed));
  }

  private static final String ERROR = org.jixiao.diag.Severity.ERROR.name().toLowerCase(java.util.Locale.ROOT);

  /** The project's column total: the funds row the diff labels with {@code diff.total}. */
  private String delta(List<MoneyChange> funds, String column) {
    String total = say("diff.total");
    for (MoneyChange m : funds) {
      if (m.what().equals(total) && m.column().equals(column)) {
        return signed(m.delta());
      }
    }
    return "0";
  }

  /** Markdown and HTML special characters in user text are neutralised. */
  static String cell(String s) {
    return html(s).replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
        .replace("[", "\\[").replace("]", "\\]");
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
