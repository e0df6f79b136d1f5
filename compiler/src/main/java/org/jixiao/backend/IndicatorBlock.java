package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jixiao.backend.Grid.Cell;
import org.jixiao.backend.Grid.Role;
import org.jixiao.backend.Grid.Value;
import org.jixiao.layout.LayoutSpec;

/**
 * The indicator table: a header row, then each first-level indicator of the framework with its
 * categories, one row per indicator (the stages side by side, as tall as the longer), the
 * category and level cells merged down their rows, and the table's label down the left.
 */
final class IndicatorBlock {
  private final LayoutSpec.Indicators spec;
  private final FormContext fc;
  private final ProjectView p;
  private final Consumer<Cell> add;
  private final List<LayoutSpec.StageColumns> stages;
  private int row;

  private IndicatorBlock(LayoutSpec.Indicators spec, FormContext fc, ProjectView p, Consumer<Cell> add, int row) {
    this.spec = spec;
    this.fc = fc;
    this.p = p;
    this.add = add;
    this.row = row;
    this.stages = widened(spec.stages().stream().filter(s -> fc.hasStage(s.stage())).toList(), fc, spec);
  }

  /**
   * A stage the template lacks leaves its width to the others: the last column shown takes it,
   * so every row still fills the form (as the goals block shares it).
   */
  private static List<LayoutSpec.StageColumns> widened(
      List<LayoutSpec.StageColumns> shown, FormContext fc, LayoutSpec.Indicators spec) {
    int used = spec.labelSpan() + spec.level().span()
        + shown.stream().flatMap(s -> s.columns().stream()).mapToInt(LayoutSpec.Column::span).sum();
    int extra = fc.layout().columns() - used;
    if (extra <= 0 || shown.isEmpty()) {
      return shown;
    }
    List<LayoutSpec.StageColumns> out = new ArrayList<>(shown.subList(0, shown.size() - 1));
    LayoutSpec.StageColumns last = shown.get(shown.size() - 1);
    List<LayoutSpec.Column> columns = new ArrayList<>(last.columns());
    LayoutSpec.Column wide = columns.remove(columns.size() - 1);
    columns.add(new LayoutSpec.Column(wide.content(), wide.span() + extra, wide.header()));
    out.add(new LayoutSpec.StageColumns(last.stage(), columns));
    return out;
  }

  static void draw(LayoutSpec.Indicators spec, FormContext fc, ProjectView p, Consumer<Cell> add, int row) {
    new IndicatorBlock(spec, fc, p, add, row).draw();
  }

  private void draw() {
    int first = row;
    int column = spec.labelSpan();
    // The header row heads the indicator table: repeated when a long form runs onto another page.
    put(row, column, 1, spec.level().span(), fc.fill(spec.level().header()), Role.SECTION_HEAD);
    column += spec.level().span();
    for (LayoutSpec.StageColumns s : stages) {
      for (LayoutSpec.Column c : s.columns()) {
        put(row, column, 1, c.span(), fc.fill(c.header()), Role.SECTION_HEAD);
        column += c.span();
      }
    }
    row++;
    int rest = fc.layout().columns() - spec.labelSpan() - spec.level().span();
    for (ProjectView.Level level : p.levels()) {
      int levelStart = row;
      List<ProjectView.Category> categories = shown(level);
      if (categories.isEmpty()) {
        // A level with no categories still gets its own (empty) row, so no cell overlaps.
        add.accept(new Cell(row, spec.labelSpan() + spec.level().span(), 1, rest, new Value.Empty(), Role.VALUE));
        row++;
      }
      for (ProjectView.Category category : categories) {
        category(category);
      }
      put(levelStart, spec.labelSpan(), Math.max(1, row - levelStart), spec.level().span(),
          fc.profile().printed(level.name()), Role.CATEGORY);
    }
    put(first, 0, row - first, spec.labelSpan(), fc.fill(spec.label()), Role.LABEL);
  }

  /** Every category of the framework, or (for templates that print only what is used) those with indicators or an empty row. */
  private List<ProjectView.Category> shown(ProjectView.Level level) {
    if (spec.allCategories()) {
      return level.categories();
    }
    List<ProjectView.Category> out = new ArrayList<>();
    for (ProjectView.Category c : level.categories()) {
      if (!indicators(c, "term").isEmpty() || !indicators(c, "annual").isEmpty() || p.emptyRows().contains(c.name())) {
        out.add(c);
      }
    }
    return out;
  }

  private void category(ProjectView.Category category) {
    int height = 1;
    for (LayoutSpec.StageColumns s : stages) {
      height = Math.max(height, indicators(category, s.stage()).size());
    }
    int column = spec.labelSpan() + spec.level().span();
    for (LayoutSpec.StageColumns s : stages) {
      for (LayoutSpec.Column c : s.columns()) {
        if (c.content().equals("category")) {
          String name = spec.shortNames() && category.shortName() != null ? category.shortName()
              : fc.profile().printed(category.name());
          put(row, column, height, c.span(), name, Role.CATEGORY);
        }
        column += c.span();
      }
    }
    for (int i = 0; i < height; i++) {
      column = spec.labelSpan() + spec.level().span();
      for (LayoutSpec.StageColumns s : stages) {
        List<ProjectView.Indicator> list = indicators(category, s.stage());
        ProjectView.Indicator indicator = i < list.size() ? list.get(i) : null;
        for (LayoutSpec.Column c : s.columns()) {
          if (!c.content().equals("category")) {
            add.accept(new Cell(row + i, column, 1, c.span(), value(indicator, c.content()), role(c.content())));
          }
          column += c.span();
        }
      }
    }
    row += height;
  }

  private static List<ProjectView.Indicator> indicators(ProjectView.Category c, String stage) {
    return stage.equals("term") ? c.term() : c.annual();
  }

  private static Role role(String content) {
    return switch (content) {
      case "name", "standard", "explain", "scoring", "note" -> Role.VALUE;
      default -> Role.TARGET;
    };
  }

  private static Value value(ProjectView.Indicator i, String content) {
    if (i == null) {
      return new Value.Empty();
    }
    ProjectView.Target t = i.target();
    ProjectView.Parts parts = i.parts();
    String text = switch (content) {
      case "name" -> i.name();
      case "target" -> t == null ? null : t.display();
      case "comparator" -> t == null ? null : t.comparator();
      case "value" -> t == null ? null : t.kind().equals("quantity") ? t.value() : t.display();
      case "unit" -> t == null ? null : t.unit();
      case "weight" -> parts == null ? null : parts.weight();
      case "direction" -> parts == null ? null : parts.direction();
      case "kind" -> parts == null ? null : parts.kind();
      case "standard" -> parts == null ? null : parts.standard();
      case "explain" -> parts == null ? null : parts.explain();
      case "scoring" -> parts == null ? null : parts.scoring();
      case "note" -> parts == null ? null : parts.note();
      default -> null;
    };
    return FormLayout.text(text);
  }

  private void put(int r, int column, int rowSpan, int columnSpan, String text, Role role) {
    add.accept(new Cell(r, column, rowSpan, columnSpan, FormLayout.text(text), role));
  }
}
