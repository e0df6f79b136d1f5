package org.jixiao.layout;

import java.util.List;

/**
 * A print layout as its {@code layout} declaration describes it: the column widths, how many top
 * rows repeat on every printed page, and the blocks from top to bottom. The Excel and HTML
 * backends draw whatever a layout says; no province's form is in Java. Read by {@link
 * LayoutReader}, which checks that every row fills the width exactly.
 *
 * @param widths column widths in units of about one CJK character
 * @param repeat how many rows at the top repeat on every printed page
 */
public record LayoutSpec(String name, String title, List<Integer> widths, int repeat, List<Block> blocks) {
  public LayoutSpec {
    widths = List.copyOf(widths);
    blocks = List.copyOf(blocks);
  }

  public int columns() {
    return widths.size();
  }

  /** One part of the form, from top to bottom. */
  public sealed interface Block {}

  /**
   * The form's title across the width: the profile's title for the budget, or the layout's own
   * ({@code title "项目支出绩效自评表"}, with placeholders) where {@code pattern} is not null.
   */
  public record Title(String pattern) implements Block {}

  /** A line under the title: {@code （{year}年度）}, {@code 单位：{money}}. */
  public record Subtitle(String pattern, String align) implements Block {}

  /** A row of cells, each a label, a value or a paragraph; {@code footer} rows have no borders. */
  public record Row(boolean footer, List<Cell> cells) implements Block {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell of a row: {@code kind} is label, value or text (a long paragraph); {@code key} names a
   * field (its label for a label cell, its value otherwise), {@code literal} is text written in
   * the layout (with placeholders); exactly one of them is set.
   */
  public record Cell(String kind, int span, String key, String literal) {}

  /** One row per narrative field the template has: its label, then its text. */
  public record Narratives(int labelSpan, int textSpan) implements Block {}

  /** One row per declared field the template has that the form fills, beyond the language's own. */
  public record CustomFields(int labelSpan, int valueSpan) implements Block {}

  /**
   * The funding table: a label cell down its left side, then for each funding column of the
   * profile a label and an amount; a total row, then one row per source, the first source's label
   * prefixed (其中：).
   */
  public record Funds(int labelSpan, String label, int columnLabelSpan, int amountSpan, String firstPrefix)
      implements Block {}

  /**
   * The 预算成本构成 table, for templates that have it: a label cell down its left side, then a
   * header row (the items' column, then one column per year of the profile), one row per cost
   * item, and a total row labelled {@code totalLabel}. The last year column takes the width left.
   */
  public record Costs(int labelSpan, String label, int itemSpan, int amountSpan, String totalLabel)
      implements Block {}

  /** 总体目标: a label cell over two rows, a header per stage, then each stage's text. */
  public record Goals(int labelSpan, String label, List<Stage> stages) implements Block {
    public Goals {
      stages = List.copyOf(stages);
    }
  }

  /** A stage (term, annual) of goals or indicators, with its span and header. */
  public record Stage(String key, int span, String label) {}

  /**
   * The indicator table: a label cell down its left side, the first-level column, then for each
   * stage its columns (category, name, target, value, unit, comparator, weight, direction, kind,
   * standard, explain, scoring, note). {@code allCategories}: print every category of the
   * framework, as 山西 does, or only those with indicators and the empty rows a form writes.
   * {@code shortNames}: print categories by their short names (经济效益, not 经济效益指标), as
   * templates whose 二级 column has no 指标 do.
   */
  public record Indicators(
      int labelSpan, String label, Column level, List<StageColumns> stages, boolean allCategories,
      boolean shortNames)
      implements Block {
    public Indicators {
      stages = List.copyOf(stages);
    }
  }

  /** The columns of one stage of the indicator table. */
  public record StageColumns(String stage, List<Column> columns) {
    public StageColumns {
      columns = List.copyOf(columns);
    }
  }

  /**
   * A table of a later form ({@link LaterForms#TABLES}): a label cell down its left side, a header
   * row, then one row per item of {@code rows} (selfeval funds, selfeval indicators, monitor funds,
   * monitor indicators), each column showing what its content names.
   */
  public record Table(int labelSpan, String label, String rows, List<Column> columns) implements Block {
    public Table {
      columns = List.copyOf(columns);
    }
  }

  /** One column of the indicator table: what it shows, its span and its header. */
  public record Column(String content, int span, String header) {}
}
