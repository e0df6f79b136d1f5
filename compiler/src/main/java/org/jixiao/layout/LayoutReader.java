package org.jixiao.layout;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.syntax.Decl;
import org.jixiao.source.SourceFile;

/**
 * Reads a {@code layout} declaration into a {@link LayoutSpec}. Each directive line is checked
 * here, once, where the stdlib or a budget folder writes it (JX0116 with the reason), so that a
 * backend never meets a malformed layout: every row fills the width exactly.
 */
public final class LayoutReader {
  private final SourceFile file;
  private final DiagnosticSink sink;
  private List<Integer> widths = List.of();
  private boolean ok = true;

  private LayoutReader(SourceFile file, DiagnosticSink sink) {
    this.file = file;
    this.sink = sink;
  }

  /** The layout, or null when it has a problem (reported). */
  public static LayoutSpec read(Decl.Layout decl, SourceFile file, DiagnosticSink sink) {
    return new LayoutReader(file, sink).layout(decl);
  }

  private LayoutSpec layout(Decl.Layout decl) {
    int repeat = 0;
    List<LayoutSpec.Block> blocks = new ArrayList<>();
    for (Decl.LayoutLine line : decl.lines()) {
      Args a = new Args(line);
      switch (line.word().text()) {
        case "widths" -> {
          List<Integer> w = new ArrayList<>();
          while (a.more()) {
            w.add(a.number());
          }
          widths = w;
        }
        case "repeat" -> repeat = a.count();
        case "title" -> blocks.add(new LayoutSpec.Title(a.more() ? a.string() : null));
        case "subtitle" -> blocks.add(new LayoutSpec.Subtitle(a.string(), a.more() ? a.word() : "center"));
        case "row", "footer" -> blocks.add(row(line, line.word().text().equals("footer")));
        case "narratives" -> blocks.add(new LayoutSpec.Narratives(a.number(), a.number()));
        case "fields" -> blocks.add(new LayoutSpec.CustomFields(a.number(), a.number()));
        case "funds" -> blocks.add(
            new LayoutSpec.Funds(a.number(), a.string(), a.number(), a.number(), a.more() ? a.string() : ""));
        case "costs" -> blocks.add(
            new LayoutSpec.Costs(a.number(), a.string(), a.number(), a.number(), a.string()));
        case "goals" -> blocks.add(goals(line, a));
        case "indicators" -> blocks.add(indicators(line, a));
        case "table" -> blocks.add(table(line, a));
        default -> problem(line, "@layout.unknownDirective");
      }
      a.end();
    }
    if (widths.isEmpty()) {
      problem(decl.name(), decl.span(), "@layout.noWidths");
    }
    for (LayoutSpec.Block b : blocks) {
      checkWidth(decl, b);
    }
    return ok ? new LayoutSpec(decl.name().text(), decl.title() == null ? decl.name().text() : decl.title().value(),
        widths, repeat, blocks) : null;
  }

  private LayoutSpec.Row row(Decl.LayoutLine line, boolean footer) {
    List<LayoutSpec.Cell> cells = new ArrayList<>();
    for (Decl.LayoutLine c : block(line)) {
      Args a = new Args(c);
      String kind = c.word().text();
      if (!List.of("label", "value", "text").contains(kind)) {
        problem(c, "@layout.unknownCell");
        continue;
      }
      int span = a.number();
      Decl.LayoutArg what = a.next();
      if (what != null) {
        cells.add(new LayoutSpec.Cell(kind, span, what.quoted() ? null : what.text(), what.quoted() ? what.text() : null));
      }
      a.end();
    }
    return new LayoutSpec.Row(footer, cells);
  }

  private LayoutSpec.Goals goals(Decl.LayoutLine line, Args a) {
    int labelSpan = a.number();
    String label = a.string();
    List<LayoutSpec.Stage> stages = new ArrayList<>();
    for (Decl.LayoutLine s : block(line)) {
      Args sa = new Args(s);
      stages.add(new LayoutSpec.Stage(stage(s, LaterForms.STAGES), sa.number(), sa.string()));
      sa.end();
    }
    return new LayoutSpec.Goals(labelSpan, label, stages);
  }

  private LayoutSpec.Indicators indicators(Decl.LayoutLine line, Args a) {
    int labelSpan = a.number();
    String label = a.string();
    boolean all = false;
    boolean shortNames = false;
    while (a.more()) {
      String option = a.word();
      if (option.equals("all")) {
        all = true;
      } else if (option.equals("short")) {
        shortNames = true;
      } else {
        problem(line, "@layout.unknownOption");
      }
    }
    LayoutSpec.Column level = null;
    List<LayoutSpec.StageColumns> stages = new ArrayList<>();
    for (Decl.LayoutLine c : block(line)) {
      if (c.word().text().equals("level")) {
        Args la = new Args(c);
        level = new LayoutSpec.Column("level", la.number(), la.string());
        la.end();
      } else {
        List<LayoutSpec.Column> columns = new ArrayList<>();
        for (Decl.LayoutLine col : block(c)) {
          Args ca = new Args(col);
          if (!IndicatorColumns.CONTENTS.contains(col.word().text())) {
            problem(col, "@layout.unknownColumn");
          }
          columns.add(new LayoutSpec.Column(col.word().text(), ca.number(), ca.string()));
          ca.end();
        }
        stages.add(new LayoutSpec.StageColumns(stage(c, List.of("term", "annual")), columns));
      }
    }
    if (level == null) {
      problem(line, "@layout.noLevelColumn");
    }
    return new LayoutSpec.Indicators(labelSpan, label, level, stages, all, shortNames);
  }

  /** {@code table 1 "绩效指标" selfeval indicators { level 1 "一级指标" … }}: a later form's table. */
  private LayoutSpec.Table table(Decl.LayoutLine line, Args a) {
    int labelSpan = a.number();
    String label = a.string();
    String rows = a.word() + " " + a.word();
    List<String> contents = LaterForms.TABLES.get(rows);
    if (contents == null) {
      problem(line, "@layout.unknownRows");
      contents = List.of();
    }
    List<LayoutSpec.Column> columns = new ArrayList<>();
    for (Decl.LayoutLine col : block(line)) {
      Args ca = new Args(col);
      if (!contents.isEmpty() && !contents.contains(col.word().text())) {
        problem(col, "@layout.unknownTableColumn");
      }
      columns.add(new LayoutSpec.Column(col.word().text(), ca.number(), ca.string()));
      ca.end();
    }
    return new LayoutSpec.Table(labelSpan, label, rows, columns);
  }

  private String stage(Decl.LayoutLine line, List<String> allowed) {
    String key = line.word().text();
    if (!allowed.contains(key)) {
      problem(line, "@layout.unknownStage");
    }
    return key;
  }

  private List<Decl.LayoutLine> block(Decl.LayoutLine line) {
    if (line.block() == null) {
      problem(line, "@layout.needsBlock");
      return List.of();
    }
    return line.block();
  }

  /**
   * The funding block fits a profile with {@code columns} funding columns: a label, then a label
   * and an amount per column, within the widths. Null when it fits, else the reason.
   */
  public static String fundsFit(LayoutSpec layout, int columns) {
    for (LayoutSpec.Block b : layout.blocks()) {
      if (b instanceof LayoutSpec.Funds f
          && f.labelSpan() + columns * (f.columnLabelSpan() + f.amountSpan()) > layout.columns()) {
        return "@layout.fundsTooWide";
      }
    }
    return null;
  }

  /**
   * The cost table fits a profile with {@code columns} year columns: a label, the items' column and
   * an amount per year, within the widths. Null when it fits, else the reason.
   */
  public static String costsFit(LayoutSpec layout, int columns) {
    for (LayoutSpec.Block b : layout.blocks()) {
      if (b instanceof LayoutSpec.Costs c && c.labelSpan() + c.itemSpan() + columns * c.amountSpan() > layout.columns()) {
        return "@layout.costsTooWide";
      }
    }
    return null;
  }

  /** The field keys the layout's rows name (label or value cells), in order. */
  public static java.util.Set<String> fieldKeys(LayoutSpec layout) {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    for (LayoutSpec.Block b : layout.blocks()) {
      if (b instanceof LayoutSpec.Row r) {
        r.cells().stream().filter(c -> c.key() != null).forEach(c -> keys.add(c.key()));
      }
    }
    return keys;
  }

  /** Every row of the layout is as wide as the widths say, so no cell hangs over the edge. */
  private void checkWidth(Decl.Layout decl, LayoutSpec.Block b) {
    int total = widths.size();
    Integer width = total;
    if (b instanceof LayoutSpec.Funds f) {
      // Its width depends on the profile's columns (checked with the profile); at least one column must fit.
      width = f.labelSpan() + f.columnLabelSpan() + f.amountSpan() <= total ? null : -1;
    } else if (b instanceof LayoutSpec.Costs c) {
      // As the funding table: the profile's years decide the width; at least one must fit.
      width = c.labelSpan() + c.itemSpan() + c.amountSpan() <= total ? null : -1;
    } else if (b instanceof LayoutSpec.Row r) {
      width = r.cells().stream().mapToInt(LayoutSpec.Cell::span).sum();
    } else if (b instanceof LayoutSpec.Narratives n) {
      width = n.labelSpan() + n.textSpan();
    } else if (b instanceof LayoutSpec.CustomFields f) {
      width = f.labelSpan() + f.valueSpan();
    } else if (b instanceof LayoutSpec.Table t) {
      width = t.labelSpan() + t.columns().stream().mapToInt(LayoutSpec.Column::span).sum();
    } else if (b instanceof LayoutSpec.Goals g) {
      width = g.labelSpan() + g.stages().stream().mapToInt(LayoutSpec.Stage::span).sum();
    } else if (b instanceof LayoutSpec.Indicators i && i.level() != null) {
      width = i.labelSpan() + i.level().span()
          + i.stages().stream().flatMap(s -> s.columns().stream()).mapToInt(LayoutSpec.Column::span).sum();
    }
    if (width != null && width != total && ok) {
      problem(decl.name(), decl.span(), "@layout.widthMismatch");
    }
  }

  private void problem(Decl.LayoutLine line, String reason) {
    problem(line.word(), line.span(), reason);
  }

  private void problem(org.jixiao.syntax.Name word, org.jixiao.source.Span span, String reason) {
    ok = false;
    sink.report(Diagnostic.of(DiagnosticCode.LAYOUT_MALFORMED, file, span, word.text(), reason));
  }

  /** The arguments of one directive, taken in order; a missing or wrong one is reported once. */
  private final class Args {
    private final Decl.LayoutLine line;
    private int next;
    private boolean reported;

    Args(Decl.LayoutLine line) {
      this.line = line;
    }

    boolean more() {
      return next < line.args().size();
    }

    Decl.LayoutArg next() {
      if (!more()) {
        fail("@layout.missingArgument");
        return null;
      }
      return line.args().get(next++);
    }

    /** A span or width: at least 1. */
    int number() {
      int n = count();
      if (n < 1 && !reported) {
        fail("@layout.expectedNumber");
      }
      return n;
    }

    /** A count that may be 0 (rows to repeat). */
    int count() {
      Decl.LayoutArg a = next();
      if (a == null) {
        return 0;
      }
      if (a.quoted() || !a.text().matches("[0-9]{1,3}")) {
        fail("@layout.expectedNumber");
        return 0;
      }
      return Integer.parseInt(a.text());
    }

    String string() {
      Decl.LayoutArg a = next();
      if (a != null && !a.quoted()) {
        fail("@layout.expectedText");
      }
      return a == null ? "" : a.text();
    }

    String word() {
      Decl.LayoutArg a = next();
      return a == null ? "" : a.text();
    }

    void end() {
      if (more()) {
        fail("@layout.extraArgument");
      }
    }

    private void fail(String reason) {
      if (!reported) {
        reported = true;
        problem(line, reason);
      }
    }
  }
}
