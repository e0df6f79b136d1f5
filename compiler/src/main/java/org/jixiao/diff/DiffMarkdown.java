package org.jixiao.diff;

import static org.jixiao.diff.DiffRenderer.cell;
import static org.jixiao.diff.DiffRenderer.html;

import java.util.List;
import org.jixiao.diff.BudgetDiff.BudgetChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.diff.BudgetDiff.MoneyChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;

/**
 * A {@link BudgetDiff} as markdown for a merge-request comment: per budget, under its heading, a
 * table of the changed projects, the budget's totals and the diagnostics' counts, then the details
 * folded in {@code <details>}. Words and helpers are {@link DiffRenderer}'s.
 */
final class DiffMarkdown {
  private final DiffRenderer r;

  DiffMarkdown(DiffRenderer renderer) {
    this.r = renderer;
  }

  String render(BudgetDiff diff) {
    StringBuilder out = new StringBuilder("### ").append(r.say("diff.md.title")).append("\n\n");
    if (diff.isEmpty()) {
      return out.append(r.say("diff.none")).append('\n').toString();
    }
    boolean first = true;
    for (BudgetChange b : diff.budgets()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      budget(out, b);
    }
    return out.toString();
  }

  private void budget(StringBuilder out, BudgetChange b) {
    out.append("#### ").append(cell(r.heading(b))).append("\n\n");
    if (!b.fields().isEmpty()) {
      b.fields().forEach(f -> item(out, "diff.section.declaration", r.field(f)));
      out.append('\n');
    }
    if (!b.projects().isEmpty()) {
      out.append("| ").append(String.join(" | ", List.of(r.say("diff.md.project"), r.say("diff.md.department"),
          r.say("diff.md.status"), r.say("diff.md.termDelta"), r.say("diff.md.annualDelta"), r.say("diff.md.indicators"),
          r.say("diff.md.loosened")))).append(" |\n");
      out.append("|---|---|---|---:|---:|---:|---:|\n");
      for (ProjectDiff p : b.projects()) {
        out.append("| ").append(cell(p.name())).append(" | ").append(cell(p.department())).append(" | ")
            .append(r.status(p.status())).append(" | ").append(r.delta(p.funds(), Differ.TERM)).append(" | ")
            .append(r.delta(p.funds(), Differ.ANNUAL)).append(" | ").append(p.indicators().size()).append(" | ")
            .append(p.indicators().stream().filter(c -> c.kind() == IndicatorKind.LOOSENED).count()).append(" |\n");
      }
      out.append('\n');
    }
    for (MoneyChange m : b.totals()) {
      out.append(r.labelled("**" + r.paren(m.what(), r.column(m.column())) + "**", r.amounts(m))).append("\n\n");
    }
    out.append(r.diagnosticsSummary(b.diagnostics())).append('\n');
    for (ProjectDiff p : b.projects()) {
      out.append("\n<details><summary>").append(r.paren(html(p.name()), r.status(p.status()))).append("</summary>\n\n");
      p.funds().forEach(m -> item(out, "diff.section.funds", r.money(m)));
      p.indicators().forEach(c -> item(out, "diff.section.indicator", r.indicator(c)));
      p.fields().forEach(f -> item(out, "diff.section.field", r.field(f)));
      out.append("\n</details>\n");
    }
    if (!b.departments().isEmpty()) {
      out.append("\n<details><summary>").append(r.say("diff.md.departments")).append("</summary>\n\n");
      b.departments().forEach(m -> out.append("- ").append(cell(r.money(m))).append('\n'));
      out.append("\n</details>\n");
    }
    if (!b.diagnostics().isEmpty()) {
      out.append("\n<details><summary>").append(r.say("diff.md.diagnosticChanges")).append("</summary>\n\n");
      b.diagnostics().forEach(d -> out.append("- ").append(cell(r.diagnostic(d))).append('\n'));
      out.append("\n</details>\n");
    }
  }

  /** A markdown list item under a short label: "- 资金：…". */
  private void item(StringBuilder out, String label, String text) {
    out.append("- ").append(r.labelled(r.say(label), cell(text))).append('\n');
  }
}
