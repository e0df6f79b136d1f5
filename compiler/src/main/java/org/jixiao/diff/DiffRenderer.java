package org.jixiao.diff;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.tables.TablesJson;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.diff.BudgetDiff.BudgetChange;
import org.jixiao.diff.BudgetDiff.DiagnosticChange;
import org.jixiao.diff.BudgetDiff.FieldChange;
import org.jixiao.diff.BudgetDiff.IndicatorChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.diff.BudgetDiff.MoneyChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;

/**
 * A {@link BudgetDiff} as text for a terminal, markdown for a review comment ({@link
 * DiffMarkdown}), or JSON. Every change is printed under the heading of its budget. Every word
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

  String say(String key, String... args) {
    return messages.get(key, args);
  }

  /** "label：text", with the colon of the language. */
  String labelled(String label, String text) {
    return say("diff.labelled", label, text);
  }

  /** "text（qualifier）", with the brackets of the language. */
  String paren(String text, String qualifier) {
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
  String amounts(MoneyChange m) {
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
    for (BudgetChange b : diff.budgets()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(heading(b)).append('\n');
      b.fields().forEach(f -> line(out, "diff.section.declaration", field(f)));
      for (ProjectDiff p : b.projects()) {
        out.append(labelled(status(p.status()), paren(p.name(), p.department()))).append('\n');
        p.funds().forEach(m -> line(out, "diff.section.funds", money(m)));
        p.indicators().forEach(c -> line(out, "diff.section.indicator", indicator(c)));
        p.fields().forEach(f -> line(out, "diff.section.field", field(f)));
      }
      if (!b.departments().isEmpty() || !b.totals().isEmpty()) {
        out.append(say("diff.section.totals")).append('\n');
        b.departments().forEach(m -> line(out, "diff.section.department", money(m)));
        b.totals().forEach(m -> line(out, "diff.section.budget", money(m)));
      }
      if (!b.diagnostics().isEmpty()) {
        out.append(diagnosticsSummary(b.diagnostics())).append('\n');
        b.diagnostics().forEach(d -> out.append("  ").append(diagnostic(d)).append('\n'));
      }
    }
    return out.toString();
  }

  /**
   * 预算：阳泉市 2026年度（budgets/2026）, or 新增预算 / 删除预算: every change below it is that
   * budget's. Both folders are shown when they differ (two years, or two copies).
   */
  String heading(BudgetChange b) {
    String key = switch (b.status()) {
      case ADDED -> "diff.budget.added";
      case REMOVED -> "diff.budget.removed";
      case CHANGED -> "diff.budget.changed";
    };
    String before = b.before() == null ? null : b.before().folder();
    String after = b.after() == null ? null : b.after().folder();
    String folders = before == null ? after : after == null || after.equals(before) ? before : before + " → " + after;
    return say(key, folders.equals(b.name()) ? b.name() : paren(b.name(), folders));
  }

  /** An indented line of the text format under a short label: "  资金  …". */
  private void line(StringBuilder out, String label, String text) {
    out.append("  ").append(say(label)).append("  ").append(text).append('\n');
  }

  /** For a merge-request comment: per budget, a summary table first, the details folded below it. */
  public String markdown(BudgetDiff diff) {
    return new DiffMarkdown(this).render(diff);
  }

  /**
   * Added and fixed, each by severity: 诊断：新增 2 条（错误 1 条，警告 1 条），修复 3 条（警告 3 条）。
   * An added error is what would now fail the check, so it is never folded into a bare count.
   */
  String diagnosticsSummary(List<DiagnosticChange> diagnostics) {
    List<DiagnosticChange> added = diagnostics.stream().filter(DiagnosticChange::added).toList();
    List<DiagnosticChange> fixed = diagnostics.stream().filter(d -> !d.added()).toList();
    return say("diff.md.diagnostics", String.valueOf(added.size()), bySeverity(added), String.valueOf(fixed.size()),
        bySeverity(fixed));
  }

  /** （错误 1 条，警告 2 条）: the severities that occur, worst first; nothing for none. */
  private String bySeverity(List<DiagnosticChange> list) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      String name = s.name().toLowerCase(Locale.ROOT);
      long n = list.stream().filter(d -> d.severity().equals(name)).count();
      if (n > 0) {
        parts.add(say("diff.count." + name + (n == 1 ? ".one" : ".many"), String.valueOf(n)));
      }
    }
    return parts.isEmpty() ? "" : say("diff.diagnostics.breakdown", String.join(say("diff.diagnostics.separator"), parts));
  }

  /** The project's column total: the funds row the diff labels with {@code diff.total}. */
  String delta(List<MoneyChange> funds, String column) {
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
