package org.jixiao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      int headingAt = headingStart(sheet, starts.get(i), headingFrom, labels.headingLines);
      // Cells above the first form's heading (a note, a stamp) belong to no form: the first keeps them.
      sheet.rows().subList(headingFrom, headingAt).forEach(draft.unmapped::addAll);
      heading(sheet, headingAt, starts.get(i), draft);
      new BlockReader(labels, draft, sheet.exact()).read(sheet.rows().subList(starts.get(i), end));
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

  /**
   * The title (the first heading line) and what the heading's lines say by the layout's patterns:
   * the year and the money unit (（2026年度）  单位：万元), the region where a pattern prints it. A
   * heading cell no pattern explains is unmapped.
   */
  private void heading(Sheet sheet, int from, int to, FormDraft draft) {
    for (int r = from; r < to; r++) {
      for (Cell c : sheet.rows().get(r)) {
        Map<String, String> said = null;
        int best = -1;
        for (String pattern : labels.subtitles) {
          // The pattern with the most words of its own wins: （{year}年度）  单位：{money} over （{year}年度）  {region}.
          // A placeholder alone ({region}) would take any text: it is read after the title only.
          int words = Placeholders.literalLength(pattern);
          if (words > best && !(words == 0 && draft.title == null)) {
            Map<String, String> m = Placeholders.match(pattern, c.text());
            if (m != null) {
              said = m;
              best = words;
            }
          }
        }
        if (said != null) {
          take(said, draft);
          draft.mapped++;
        } else if (draft.title == null) {
          draft.title = c;
          take(Placeholders.match(labels.profile.titlePattern(), c.text()), draft);
          draft.mapped++;
        } else {
          draft.unmapped.add(c);
        }
      }
    }
  }

  private static void take(Map<String, String> said, FormDraft draft) {
    if (said == null) {
      return;
    }
    if (said.containsKey("year") && draft.year == null) {
      draft.year = Integer.parseInt(said.get("year"));
    }
    if (said.containsKey("money") && draft.headingMoney == null) {
      draft.headingMoney = said.get("money");
    }
    if (said.containsKey("region") && draft.region == null) {
      draft.region = said.get("region");
    }
  }

  /**
   * The money unit a funds label states: by the layout's pattern (项目资金（{money}）), else in any
   * brackets it has (项目资金（万元） on a layout that prints none); null when none.
   */
  static String unitIn(FormLabels labels, String label) {
    Map<String, String> said = Placeholders.match(labels.fundsPattern, label);
    if (said != null && said.containsKey("money")) {
      return said.get("money");
    }
    Matcher m = UNIT.matcher(label);
    return m.find() ? m.group(1) : null;
  }

  /** True when a cell is a value, not a label of any kind. */
  static boolean isValue(FormLabels labels, Cell c) {
    String t = c.text();
    return labels.field(t) == null && labels.source(t) == null && labels.fundsColumn(t) == null
        && labels.goalStage(t) == null && !labels.indicatorHead(t) && !labels.funds(t) && !labels.indicators(t)
        && !"total".equals(total(labels, t)) && !inlineLabel(labels, t);
  }

  private static final Pattern INLINE = Pattern.compile("^([^:：]{1,20}[:：])\\s*\\S.*$");

  /** True for a label and its value in one cell ({@code 填报日期: 20251223174026}): not the value of the label before it. */
  static boolean inlineLabel(FormLabels labels, String text) {
    Matcher m = INLINE.matcher(text);
    return m.matches() && labels.field(m.group(1)) != null;
  }

  /** "total" for a funds row's total label (合计), else null. */
  static String total(FormLabels labels, String text) {
    return labels.profile.words("total").contains(FormLabels.key(text)) ? "total" : null;
  }

  static IndicatorFramework.Category category(FormLabels labels, Cell c) {
    return labels.category(c.text());
  }
}
