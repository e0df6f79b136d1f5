package org.jixiao.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.layout.LayoutSpec;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.syntax.Normalize;

/**
 * What the label cells of one template say, read from its profile and its print layout (the same
 * data the backends print the form from): the label of each field, of each funds column and
 * source, of the goal and indicator columns, and the framework's names. A cell is recognised by
 * its text, wherever it is: {@code 项目属性}, {@code 其中：中央财政资金}, {@code 年度资金总额：}.
 */
final class FormLabels {
  /** The fields a label cell names, with the value in the cells after it. */
  private final Map<String, String> fields = new LinkedHashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> columns = new LinkedHashMap<>();
  private final Map<String, String> goalStages = new LinkedHashMap<>();
  private final java.util.Set<String> indicatorHeads = new java.util.HashSet<>();
  final RuleProfile profile;
  final Library library;
  final IndicatorFramework framework;
  final String fundsLabel;
  final String indicatorsLabel;
  /** How many lines a form's heading has above its first row (its title, its subtitle), as the layout prints it. */
  final int headingLines;
  /** The print layout the form was drawn from; null when the profile names none the library has. */
  final LayoutSpec layout;
  final LayoutSpec.Indicators indicatorSpec;
  /**
   * The parts of the heading's lines under the title ({@code （{year}年度）}, {@code 单位：{money}}):
   * this layout's first, then every other layout's, so that a form that states its money unit
   * where its own layout does not ("单位：万元" over a 山西 form) is still read right.
   */
  final List<String> subtitles = new java.util.ArrayList<>();
  /** The goals block's label (总体目标), over its head row and its texts' row; null without one. */
  private String goalsLabel;
  /** The funds block's label as the layout prints it ({@code 项目资金（{money}）}); null without one. */
  final String fundsPattern;
  /** The cost table's label ({@code 预算成本构成（{money}）}) and its total row's; null when the layout has none. */
  final String costsPattern;
  final String costsTotal;
  /** Texts the layout itself prints in label cells ({@code 预算执行率}, {@code 10}): part of the form, not of a project. */
  private final java.util.Set<String> literals = new java.util.HashSet<>();

  FormLabels(Library library, RuleProfile profile) {
    this.profile = profile;
    this.library = library;
    this.framework = library.framework(profile.frameworkName());
    for (String key : List.of("name", "department", "implementer", "attribute", "period", "overview", "basis",
        "necessity", "measures", "plan", "goal", "leader", "handler", "phone", "filed")) {
      fields.put(key(profile.label(key, key)), key);
    }
    for (var f : profile.fields()) {
      if (f.present() && f.label() != null && !fields.containsValue(f.key())) {
        fields.put(key(f.label()), f.key());
      }
    }
    for (RuleProfile.FundingSource s : profile.sources()) {
      sources.put(key(s.label()), s.key());
      s.aliases().forEach(a -> sources.putIfAbsent(key(a), s.key()));
    }
    for (RuleProfile.FundsColumn c : profile.columns()) {
      columns.put(key(c.label()), c.key());
    }
    String layoutName = profile.layoutName() == null ? RuleProfile.DEFAULT_LAYOUT : profile.layoutName();
    this.layout = library.layout(layoutName);
    String funds = profile.label("funds", "funds");
    String indicators = null;
    LayoutSpec.Indicators indicatorBlock = null;
    String fundsBlock = null;
    LayoutSpec.Costs costsBlock = null;
    int heading = 0;
    boolean rows = false;
    for (LayoutSpec.Block block : layout == null ? List.<LayoutSpec.Block>of() : layout.blocks()) {
      rows |= block instanceof LayoutSpec.Row;
      if (!rows && (block instanceof LayoutSpec.Title || block instanceof LayoutSpec.Subtitle)) {
        heading++;
      }
      if (block instanceof LayoutSpec.Subtitle sub) {
        subtitles.add(sub.pattern());
        subtitles.addAll(Placeholders.parts(sub.pattern()));
      } else if (block instanceof LayoutSpec.Funds f) {
        fundsBlock = f.label();
      } else if (block instanceof LayoutSpec.Costs c && profile.has("costs")) {
        costsBlock = c;
      } else if (block instanceof LayoutSpec.Row row) {
        List<LayoutSpec.Cell> cells = row.cells();
        for (int k = 0; k < cells.size(); k++) {
          LayoutSpec.Cell c = cells.get(k);
          if (c.literal() == null || c.key() != null || c.literal().isBlank()) {
            continue;
          }
          LayoutSpec.Cell next = k + 1 < cells.size() ? cells.get(k + 1) : null;
          if (c.kind().equals("label") && next != null && !next.kind().equals("label") && next.key() != null) {
            fields.putIfAbsent(key(c.literal()), next.key()); // 填报人：, then the handler's value: the layout's own label for it
          } else {
            literals.add(key(c.literal()));
          }
        }
      }
    }
    this.headingLines = layout == null ? 2 : heading;
    for (LayoutSpec.Block block : layout == null ? List.<LayoutSpec.Block>of() : layout.blocks()) {
      if (block instanceof LayoutSpec.Goals g) {
        g.stages().forEach(s -> goalStages.put(key(s.label()), s.key()));
        goalsLabel = key(g.label());
      } else if (block instanceof LayoutSpec.Indicators i) {
        indicators = i.label();
        indicatorBlock = i;
        if (i.level() != null) {
          indicatorHeads.add(key(i.level().header()));
        }
        i.stages().forEach(s -> s.columns().forEach(c -> indicatorHeads.add(key(c.header()))));
      }
    }
    this.indicatorSpec = indicatorBlock;
    this.fundsPattern = fundsBlock;
    this.costsPattern = costsBlock == null ? null : costsBlock.label();
    this.costsTotal = costsBlock == null ? null : costsBlock.totalLabel();
    for (String other : library.layoutNames()) {
      for (LayoutSpec.Block block : library.layout(other).blocks()) {
        if (block instanceof LayoutSpec.Subtitle sub) {
          java.util.stream.Stream.concat(java.util.stream.Stream.of(sub.pattern()), Placeholders.parts(sub.pattern()).stream())
              .filter(p -> !subtitles.contains(p)).forEach(subtitles::add);
        }
      }
    }
    this.fundsLabel = key(funds);
    this.indicatorsLabel = indicators == null ? null : key(indicators);
  }

  /** A label cell's text as compared: full-width forms folded, a trailing colon and a leading 其中： dropped. */
  static String key(String text) {
    // Forms space out label cells to fill them (项 目 名 称, 数量 指标): a label's spaces are no part of it.
    String k = Normalize.key(text.strip()).replaceAll("\\s+", "");
    return k.replaceFirst("^其中[:：]", "").replaceFirst("[:：]$", "");
  }

  /** The field a cell labels, or null. */
  String field(String text) {
    return fields.get(key(text));
  }

  String source(String text) {
    return sources.get(key(text));
  }

  /** "term" or "annual" for a funds column's label (实施期资金总额：), or null. */
  String fundsColumn(String text) {
    return columns.get(key(text));
  }

  /** "term" or "annual" for a goal column's head (实施期目标), or null. */
  String goalStage(String text) {
    return goalStages.get(key(text));
  }

  /** True for the goals block's label, or the goal field's where a template names them alike. */
  boolean goalsLabel(String text) {
    return key(text).equals(goalsLabel) || "goal".equals(field(text));
  }

  boolean indicatorHead(String text) {
    return indicatorHeads.contains(key(text));
  }

  /** The funds block's label, {@code 项目资金（元）}: the money unit is in its brackets. */
  boolean funds(String text) {
    String k = key(text);
    return k.startsWith(fundsLabel) && !k.equals(fundsLabel + "总额");
  }

  /** The indicator table's label ({@code 绩效指标（90分）}: its brackets may say what the weights add up to). */
  boolean indicators(String text) {
    return indicatorsLabel != null && key(text).equals(indicatorsLabel);
  }

  /** A text the layout prints as it is, in no field's place (预算执行率 and its 10 points). */
  boolean literal(String text) {
    return literals.contains(key(text));
  }

  IndicatorFramework.Level level(String text) {
    return framework == null ? null : framework.level(key(text));
  }

  IndicatorFramework.Category category(String text) {
    return framework == null ? null : framework.category(key(text));
  }

  /**
   * How many of the cells name something of this template: the score that picks a profile. Every
   * kind of label counts (fields, sources, funds columns, goal and indicator heads, the layout's
   * own texts, its title), so that templates alike in their fields (全国 and 101号) are told apart
   * by their other labels.
   */
  int score(List<Sheet> sheets) {
    int hits = 0;
    for (Sheet s : sheets) {
      for (List<Cell> row : s.rows()) {
        for (Cell c : row) {
          String t = c.text();
          if (field(t) != null || source(t) != null || fundsColumn(t) != null || goalStage(t) != null
              || indicatorHead(t) || literal(t) || Placeholders.match(profile.titlePattern(), t) != null) {
            hits++;
          }
        }
      }
    }
    return hits;
  }
}
