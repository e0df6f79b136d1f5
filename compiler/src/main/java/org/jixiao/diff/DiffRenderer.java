package org.jixiao.diff;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.backend.JsonBackend;
import org.jixiao.diff.BudgetDiff.DiagnosticChange;
import org.jixiao.diff.BudgetDiff.FieldChange;
import org.jixiao.diff.BudgetDiff.IndicatorChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.diff.BudgetDiff.MoneyChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;

/** A {@link BudgetDiff} as text for a terminal, markdown for a review comment, or JSON. */
public final class DiffRenderer {
  private static final int SHORT = 40;

  private DiffRenderer() {}

  public static String json(BudgetDiff diff) throws IOException {
    return JsonBackend.toJson(diff);
  }

  static String yuan(BigDecimal v) {
    String plain = v.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    return org.jixiao.semantics.Measure.group(plain.endsWith(".00") ? plain.substring(0, plain.length() - 3) : plain);
  }

  static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + yuan(v);
  }

  static String kind(IndicatorKind k) {
    return switch (k) {
      case ADDED -> "新增";
      case REMOVED -> "删除";
      case RENAMED -> "改名";
      case TIGHTENED -> "收紧";
      case LOOSENED -> "放宽";
      case CHANGED -> "改变";
      case UNIT_CHANGED -> "单位改变";
    };
  }

  static String status(BudgetDiff.Status s) {
    return switch (s) {
      case ADDED -> "新增项目";
      case REMOVED -> "删除项目";
      case CHANGED -> "有变化";
    };
  }

  static String shorten(String s) {
    if (s == null) {
      return "";
    }
    String one = s.replace('\n', ' ');
    return one.codePointCount(0, one.length()) <= SHORT ? one : one.substring(0, one.offsetByCodePoints(0, SHORT)) + "…";
  }

  static String column(String key) {
    return switch (key) {
      case Differ.TERM -> "实施期";
      case Differ.ANNUAL -> "年度";
      default -> "两栏";
    };
  }

  static String money(MoneyChange m) {
    return m.what() + "（" + column(m.column()) + "）" + yuan(m.before()) + " → " + yuan(m.after()) + " 元（" + signed(m.delta()) + "，" + m.percent() + "）";
  }

  static String indicator(IndicatorChange c) {
    String name = c.nameBefore() == null ? c.nameAfter() : c.nameAfter() == null || c.nameAfter().equals(c.nameBefore())
        ? c.nameBefore() : c.nameBefore() + " → " + c.nameAfter();
    String values = c.before() == null ? c.after() : c.after() == null ? c.before() : c.before() + " → " + c.after();
    return "[" + kind(c.kind()) + "] " + column(c.column()) + " " + c.category() + "." + name + (values == null || values.isEmpty() ? "" : "：" + values);
  }

  /** A changed text, shown around its first difference so that a long paragraph stays readable. */
  static String field(FieldChange f) {
    String a = f.before() == null ? "" : f.before();
    String b = f.after() == null ? "" : f.after();
    int common = 0;
    while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    int from = Math.max(0, common - 8);
    String prefix = from > 0 ? "…" : "";
    return f.field() + "：" + prefix + shorten(a.substring(Math.min(from, a.length()))) + " → " + prefix
        + shorten(b.substring(Math.min(from, b.length())));
  }

  static String diagnostic(DiagnosticChange d) {
    return (d.added() ? "新增 " : "修复 ") + d.severity() + "[" + d.code() + "] " + d.project() + "：" + d.message();
  }

  public static String text(BudgetDiff diff) {
    StringBuilder out = new StringBuilder();
    if (diff.isEmpty()) {
      return "没有实质变化（格式、顺序的改动不算变化）。\n";
    }
    for (ProjectDiff p : diff.projects()) {
      out.append(status(p.status())).append("：").append(p.name()).append("（").append(p.department()).append("）\n");
      p.funds().forEach(m -> out.append("  资金  ").append(money(m)).append('\n'));
      p.indicators().forEach(c -> out.append("  指标  ").append(indicator(c)).append('\n'));
      p.fields().forEach(f -> out.append("  栏目  ").append(field(f)).append('\n'));
    }
    if (!diff.departments().isEmpty() || !diff.totals().isEmpty()) {
      out.append("合计\n");
      diff.departments().forEach(m -> out.append("  部门  ").append(money(m)).append('\n'));
      diff.totals().forEach(m -> out.append("  预算  ").append(money(m)).append('\n'));
    }
    if (!diff.diagnostics().isEmpty()) {
      out.append("诊断\n");
      diff.diagnostics().forEach(d -> out.append("  ").append(diagnostic(d)).append('\n'));
    }
    return out.toString();
  }

  /** For a merge-request comment: a summary table first, the details folded below it. */
  public static String markdown(BudgetDiff diff) {
    StringBuilder out = new StringBuilder("### jixiao：预算变化\n\n");
    if (diff.isEmpty()) {
      return out.append("没有实质变化（格式、顺序的改动不算变化）。\n").toString();
    }
    out.append("| 项目 | 部门 | 状态 | 实施期资金变化（元） | 年度资金变化（元） | 指标变化 | 放宽 |\n");
    out.append("|---|---|---|---:|---:|---:|---:|\n");
    for (ProjectDiff p : diff.projects()) {
      out.append("| ").append(cell(p.name())).append(" | ").append(cell(p.department())).append(" | ")
          .append(status(p.status())).append(" | ").append(delta(p.funds(), Differ.TERM)).append(" | ")
          .append(delta(p.funds(), Differ.ANNUAL)).append(" | ").append(p.indicators().size()).append(" | ")
          .append(p.indicators().stream().filter(c -> c.kind() == IndicatorKind.LOOSENED).count()).append(" |\n");
    }
    for (MoneyChange m : diff.totals()) {
      out.append("\n**").append(m.what()).append("（").append(column(m.column())).append("）**：").append(yuan(m.before()))
          .append(" → ").append(yuan(m.after())).append(" 元（").append(signed(m.delta())).append("，").append(m.percent()).append("）\n");
    }
    long added = diff.diagnostics().stream().filter(DiagnosticChange::added).count();
    long fixed = diff.diagnostics().size() - added;
    out.append("\n诊断：新增 ").append(added).append(" 条，修复 ").append(fixed).append(" 条。\n");
    for (ProjectDiff p : diff.projects()) {
      out.append("\n<details><summary>").append(html(p.name())).append("（").append(status(p.status())).append("）</summary>\n\n");
      p.funds().forEach(m -> out.append("- 资金：").append(cell(money(m))).append('\n'));
      p.indicators().forEach(c -> out.append("- 指标：").append(cell(indicator(c))).append('\n'));
      p.fields().forEach(f -> out.append("- 栏目：").append(cell(field(f))).append('\n'));
      out.append("\n</details>\n");
    }
    if (!diff.departments().isEmpty()) {
      out.append("\n<details><summary>部门合计</summary>\n\n");
      diff.departments().forEach(m -> out.append("- ").append(cell(money(m))).append('\n'));
      out.append("\n</details>\n");
    }
    if (!diff.diagnostics().isEmpty()) {
      out.append("\n<details><summary>诊断变化</summary>\n\n");
      diff.diagnostics().forEach(d -> out.append("- ").append(cell(diagnostic(d))).append('\n'));
      out.append("\n</details>\n");
    }
    return out.toString();
  }

  private static String delta(List<MoneyChange> funds, String column) {
    for (MoneyChange m : funds) {
      if (m.what().equals("合计") && m.column().equals(column)) {
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
