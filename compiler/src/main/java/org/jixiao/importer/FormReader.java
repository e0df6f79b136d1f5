package org.jixiao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.semantics.library.IndicatorFramework;

/**
 * The forms of one sheet, found and read by their label cells, never by fixed positions: a form
 * starts at its 项目名称 cell (the title and the （2026年度） line above it are its heading); a
 * label's value is the next cell that is not a label; the funds, goal and indicator blocks start
 * at their labels and heads. Column positions are used only to tell the 实施期 half of a row
 * from the 年度 half when a row has one of them: text dumps of merged cells shift cells left
 * (the seed's indicator rows do), so the order of the cells is what is trusted.
 */
final class FormReader {
  private static final Pattern YEAR = Pattern.compile("[（(]\\s*([0-9]{4})\\s*年度?\\s*[)）]");
  private static final Pattern UNIT = Pattern.compile("[（(]\\s*([^)）]+?)\\s*[)）]");

  private final FormLabels labels;

  FormReader(FormLabels labels) {
    this.labels = labels;
  }

  List<FormDraft> forms(Sheet sheet) {
    List<Integer> starts = new ArrayList<>();
    for (int r = 0; r < sheet.rows().size(); r++) {
      List<Cell> row = sheet.rows().get(r);
      if (!row.isEmpty() && "name".equals(labels.field(row.get(0).text()))) {
        starts.add(r);
      }
    }
    List<FormDraft> out = new ArrayList<>();
    int headingFrom = 0;
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? headingStart(sheet, starts.get(i + 1), starts.get(i), labels.headingLines)
          : sheet.rows().size();
      FormDraft draft = new FormDraft();
      heading(sheet, headingStart(sheet, starts.get(i), headingFrom, labels.headingLines), starts.get(i), draft);
      new BlockReader(labels, draft).read(sheet.rows().subList(starts.get(i), end));
      out.add(draft);
      headingFrom = end;
    }
    return out;
  }

  /** The first row of a form's heading: its heading's lines above its 项目名称, after the previous form. */
  private static int headingStart(Sheet sheet, int nameRow, int floor, int lines) {
    int r = nameRow;
    int seen = 0;
    while (r - 1 >= floor && seen < lines) {
      r--;
      if (!sheet.rows().get(r).isEmpty()) {
        seen++;
      }
    }
    while (r < nameRow && sheet.rows().get(r).isEmpty()) {
      r++;
    }
    return r;
  }

  /** The title (the first heading line) and the year (（2026年度）); other heading cells are unmapped. */
  private static void heading(Sheet sheet, int from, int to, FormDraft draft) {
    for (int r = from; r < to; r++) {
      for (Cell c : sheet.rows().get(r)) {
        Matcher year = YEAR.matcher(c.text());
        if (draft.year == null && year.matches()) {
          draft.year = Integer.parseInt(year.group(1));
          draft.mapped++;
        } else if (draft.title == null) {
          draft.title = c;
          draft.mapped++;
        } else {
          draft.unmapped.add(c);
        }
      }
    }
  }

  /** The money unit a funds label states in its brackets (项目资金（万元） → 万元); null when none. */
  static String unitIn(String label) {
    Matcher m = UNIT.matcher(label);
    return m.find() ? m.group(1) : null;
  }

  /** True when a cell is a value, not a label of any kind. */
  static boolean isValue(FormLabels labels, Cell c) {
    String t = c.text();
    return labels.field(t) == null && labels.source(t) == null && labels.fundsColumn(t) == null
        && labels.goalStage(t) == null && !labels.indicatorHead(t) && !labels.funds(t) && !labels.indicators(t)
        && !"total".equals(total(labels, t));
  }

  /** "total" for a funds row's total label (合计), else null. */
  static String total(FormLabels labels, String text) {
    return labels.profile.words("total").contains(FormLabels.key(text)) ? "total" : null;
  }

  static IndicatorFramework.Category category(FormLabels labels, Cell c) {
    return labels.category(c.text());
  }
}
