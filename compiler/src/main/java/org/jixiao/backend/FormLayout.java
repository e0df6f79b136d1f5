package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.backend.Grid.Cell;
import org.jixiao.backend.Grid.Role;
import org.jixiao.backend.Grid.Value;
import org.jixiao.layout.LayoutSpec;

/**
 * Draws one project's form as the profile's layout says ({@link LayoutSpec}, declared in the
 * stdlib's layouts.jx or a budget folder): the title rows, rows of labelled fields, the funding
 * table by column and source, the narratives, the goals by stage and the indicator table. Which
 * cell holds what is all in the layout; this class only knows how each kind of block grows with
 * the project (one row per source, per narrative, per indicator).
 */
public final class FormLayout {
  private final FormContext fc;
  private final ProjectView p;
  private final List<Cell> cells = new ArrayList<>();
  private int row;

  private FormLayout(FormContext fc, ProjectView p) {
    this.fc = fc;
    this.p = p;
  }

  /** The grid of one project's form. */
  public static Grid of(ProjectView p, FormContext fc) {
    FormLayout l = new FormLayout(fc, p);
    for (LayoutSpec.Block block : fc.layout().blocks()) {
      l.block(block);
    }
    // The title rows repeat at the top of every printed page, so that a loose page of a long form
    // still says which table and year it belongs to.
    return new Grid(sheetName(p), fc.layout().widths(), l.row, fc.layout().repeat(), l.cells);
  }

  /** An Excel-safe sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  static String sheetName(ProjectView p) {
    String name = (p.departmentCode().isEmpty() ? "" : p.departmentCode() + "-") + p.name();
    name = name.replaceAll("[:\\\\/?*\\[\\]：]", "_");
    return name.codePointCount(0, name.length()) > 31 ? name.substring(0, name.offsetByCodePoints(0, 31)) : name;
  }

  private void put(int column, int rowSpan, int columnSpan, Value value, Role role) {
    cells.add(new Cell(row, column, rowSpan, columnSpan, value, role));
  }

  static Value text(String s) {
    return s == null || s.isEmpty() ? new Value.Empty() : new Value.Text(s);
  }

  private void block(LayoutSpec.Block block) {
    int width = fc.layout().columns();
    if (block instanceof LayoutSpec.Title t) {
      line(width, t.pattern() == null ? fc.title() : fill(t.pattern()), Role.TITLE);
    } else if (block instanceof LayoutSpec.Subtitle s) {
      line(width, fill(s.pattern()), Role.SUBTITLE);
    } else if (block instanceof LayoutSpec.Row r) {
      row(r);
    } else if (block instanceof LayoutSpec.Narratives n) {
      for (ProjectView.Narrative narrative : p.narratives()) {
        labelled(narrative.label(), narrative.text(), n.labelSpan(), n.textSpan());
      }
    } else if (block instanceof LayoutSpec.CustomFields f) {
      for (ProjectView.Field field : p.fields()) {
        if (!placedInRows(field.key())) {
          labelled(field.label(), field.value(), f.labelSpan(), f.valueSpan());
        }
      }
    } else if (block instanceof LayoutSpec.Funds f) {
      FundsBlock.draw(f, fc, p, this::add, row);
    } else if (block instanceof LayoutSpec.Costs c) {
      // Only a template with the cost table prints it, whatever layout it shares.
      if (fc.profile() != null && fc.profile().has("costs") && !fc.profile().costColumns().isEmpty()) {
        CostsBlock.draw(c, fc, p, this::add, row);
      }
    } else if (block instanceof LayoutSpec.Goals g) {
      goals(g);
    } else if (block instanceof LayoutSpec.Indicators i) {
      IndicatorBlock.draw(i, fc, p, this::add, row);
    } else if (block instanceof LayoutSpec.Table t) {
      TableBlock.draw(t, fc, p, this::add, row, this::fill);
    }
    row = Math.max(row, nextRow);
  }

  private int nextRow;

  /** True when a row of the layout already prints the field, so the fields block leaves it out. */
  private boolean placedInRows(String key) {
    return fc.layout().blocks().stream().anyMatch(b -> b instanceof LayoutSpec.Row r
        && r.cells().stream().anyMatch(c -> key.equals(c.key())));
  }

  /** Adds a cell drawn by a block helper; the block's last row decides where the next starts. */
  private void add(Cell cell) {
    cells.add(cell);
    nextRow = Math.max(nextRow, cell.row() + cell.rowSpan());
  }

  private void line(int width, String text, Role role) {
    put(0, 1, width, text(text), role);
    row++;
  }

  private void labelled(String label, String value, int labelSpan, int valueSpan) {
    put(0, 1, labelSpan, text(label), Role.LABEL);
    put(labelSpan, 1, valueSpan, text(value), Role.PARAGRAPH);
    row++;
  }

  private void row(LayoutSpec.Row r) {
    int column = 0;
    for (LayoutSpec.Cell c : r.cells()) {
      String content = c.literal() != null ? fill(c.literal())
          : c.kind().equals("label") ? fc.label(c.key()) : FieldValues.of(p, c.key(), fc);
      Role role = r.footer() ? Role.FOOTER
          : switch (c.kind()) {
            case "label" -> Role.LABEL;
            case "text" -> Role.PARAGRAPH;
            default -> Role.VALUE;
          };
      put(column, 1, c.span(), text(content), role);
      column += c.span();
    }
    row++;
  }

  private void goals(LayoutSpec.Goals g) {
    List<LayoutSpec.Stage> stages = g.stages().stream().filter(s -> fc.hasStage(s.key())).toList();
    put(0, 2, g.labelSpan(), text(fill(g.label())), Role.LABEL);
    int column = g.labelSpan();
    for (LayoutSpec.Stage s : stages) {
      put(column, 1, span(s, stages, g), text(fill(s.label())), Role.HEADER);
      column += span(s, stages, g);
    }
    row++;
    column = g.labelSpan();
    for (LayoutSpec.Stage s : stages) {
      put(column, 1, span(s, stages, g), text(goal(s.key())), Role.PARAGRAPH);
      column += span(s, stages, g);
    }
    row++;
  }

  /** The goal a stage of the goals block shows: 实施期目标, 年度目标, or the self-evaluation's 实际完成情况. */
  private String goal(String stage) {
    return switch (stage) {
      case "term" -> p.goalTerm();
      case "achieved" -> p.selfEvaluation() == null ? "" : p.selfEvaluation().achieved();
      default -> p.goalAnnual();
    };
  }

  /**
   * A layout text with its placeholders filled: the budget's ({year}, {region}, {money}) and the
   * monitoring snapshot's month ({month}: 1–7月执行数 in a 监控表).
   */
  private String fill(String pattern) {
    String filled = fc.fill(pattern);
    return p.monitoring() == null ? filled : filled.replace("{month}", String.valueOf(p.monitoring().month()));
  }

  /** A stage's span; when the template lacks a stage the others share its width. */
  private int span(LayoutSpec.Stage s, List<LayoutSpec.Stage> shown, LayoutSpec.Goals g) {
    if (shown.size() == g.stages().size()) {
      return s.span();
    }
    int width = fc.layout().columns() - g.labelSpan();
    return shown.get(shown.size() - 1) == s ? width - (shown.size() - 1) * (width / shown.size()) : width / shown.size();
  }
}
