package org.jixiao.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The 绩效指标 of a form: 8 to 20 indicators over every second-level category of 财预〔2015〕88号,
 * with values of the kinds the domain notes list (counts with 人/年, 次/年, 吨/年 or 万方; rates in %;
 * deadlines; 成本 as ≤ 元 per unit; qualitative grades from the 山西 profile's list; satisfaction as
 * ≥ %). Each form has its own writing habits, as each office does: how category paths are spelled,
 * ASCII or Unicode comparators, numbers glued to units or spaced, grades quoted or bare.
 */
final class Indicators {
  /** Categories in the order the form prints them; the short names of frameworks.jx. */
  static final String[] CATEGORIES = {"数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度"};
  private static final String[] LEVELS = {"产出", "产出", "产出", "产出", "效益", "效益", "效益", "效益", "满意度"};
  private static final int[] MINIMUM = {2, 1, 1, 1, 0, 1, 0, 0, 1};
  private static final int[] CAP = {6, 4, 3, 3, 2, 3, 2, 2, 2};

  private static final List<Topics.Measure> GENERIC_QUANTITIES = List.of(
      new Topics.Measure("开展监督检查次数", "次/年", 2, 12, 0),
      new Topics.Measure("发放宣传资料", "份", 500, 5000, 0),
      new Topics.Measure("组织业务培训", "次", 2, 10, 0),
      new Topics.Measure("覆盖乡镇（街道）数", "个", 5, 40, 0));

  // name | value: "%a-b" a rate drawn from a..b; "=100" exactly 100%; 'x/y/z' a grade among x, y, z
  private static final String[] QUALITY = {
    "资金拨付准确率|=100", "补助对象准确率|=100", "项目验收合格率|%95-100", "工作任务完成率|=100", "设备完好率|%95-99",
    "政策知晓率|%85-95", "问题整改完成率|=100", "档案资料完整率|=100", "服务质量|'良好/合格/达标", "工作质量|'优良/良好",
    "资金使用合规性|'符合相关规定/严格执行相关制度规定",
  };
  // name | value: "'…" grade; "%…"/"=100" rate; "date:2026-12-31"; "month:2026-12"; "cn:2026年12月"; "days:5-30"
  private static final String[] TIMELINESS = {
    "完成时间|\"{year}年底前完成", "工作完成时限|\"{year}年底前完成", "资金拨付时间|date:{year}-12-31", "项目完成时限|month:{year}-12",
    "任务完成时间|cn:{year}年12月", "资金支付及时率|%95-100", "补助发放及时性|'及时发放/按月发放/按时完成",
    "开工时间|date:{year}-06-30", "审核办结时限|days:5-30",
  };
  private static final String[] ECONOMIC = {
    "带动相关产业发展|有效推动", "降低{served}经济负担|有效保障", "促进地方经济发展|稳步提升", "提高财政资金使用效益|显著提升",
    "增加群众收入|提升",
  };
  private static final String[] SOCIAL = {
    "保障{served}合法权益|有效保障", "提升公共服务水平|显著提升", "维护社会和谐稳定|有效保障", "增强群众获得感幸福感|明显提升",
    "营造良好社会氛围|有效调动", "推动{work}工作开展|有效推动",
  };
  private static final String[] ECOLOGICAL = {
    "改善城乡生态环境|明显提升", "减少污染物排放|效果明显", "提高资源利用效率|有效提升", "节能降耗|效果明显",
  };
  private static final String[] SUSTAINABLE = {
    "政策延续性|延续", "项目长效运行机制|持续", "对{work}工作的长远影响|长远", "项目持续发挥效益|长期",
  };

  /** One indicator line, or two (term and annual) when {@code termValue} differs or is forced. */
  record Line(int category, String name, String value, String termValue, boolean paired) {}

  private final Random rnd;
  private final Topics.Topic topic;
  private final int year;
  private final int pathStyle;
  private final boolean asciiComparators;
  private final boolean glued;
  private final boolean quoteGrades;

  Indicators(Random rnd, Topics.Topic topic, int year) {
    this.rnd = rnd;
    this.topic = topic;
    this.year = year;
    int style = rnd.nextInt(20);
    this.pathStyle = style < 12 ? 0 : style < 16 ? 1 : style < 19 ? 2 : 3;
    this.asciiComparators = rnd.nextInt(3) == 0;
    this.glued = !asciiComparators && rnd.nextBoolean();
    this.quoteGrades = rnd.nextInt(10) < 7;
  }

  /**
   * Draws the indicators. {@code totalYuan} is the 实施期 total, quoted by the 项目总成本 indicator;
   * {@code periodYears} scales the 实施期 value of paired cumulative counts of a 跨年度 project.
   */
  List<Line> draw(long totalYuan, int periodYears) {
    int target = 8 + rnd.nextInt(13);
    int[] counts = MINIMUM.clone();
    int[] caps = CAP.clone();
    caps[0] = Math.min(CAP[0], topic.quantities().size() + GENERIC_QUANTITIES.size());
    caps[3] = topic.costs().size() + 1;
    int sum = 0;
    for (int c : counts) {
      sum += c;
    }
    while (sum < target) {
      int c = rnd.nextInt(CATEGORIES.length);
      if (counts[c] < caps[c]) {
        counts[c]++;
        sum++;
      } else if (allFull(counts, caps)) {
        break;
      }
    }
    int pairs = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(3) : 0;
    List<Line> lines = new ArrayList<>();
    quantities(lines, counts[0], pairs, periodYears);
    fromTable(lines, 1, QUALITY, counts[1]);
    fromTable(lines, 2, TIMELINESS, counts[2]);
    costs(lines, counts[3], totalYuan);
    fromTable(lines, 4, ECONOMIC, counts[4]);
    fromTable(lines, 5, SOCIAL, counts[5]);
    fromTable(lines, 6, ECOLOGICAL, counts[6]);
    fromTable(lines, 7, SUSTAINABLE, counts[7]);
    satisfaction(lines, counts[8]);
    return lines;
  }

  private static boolean allFull(int[] counts, int[] caps) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < caps[i]) {
        return false;
      }
    }
    return true;
  }

  /** The line(s) of one indicator in .jx, with the form's spelling habits. */
  void render(StringBuilder out, Line line) {
    String path = path(line.category()) + "." + JxText.name(line.name());
    if (line.paired()) {
      out.append("  indicator term ").append(path).append(' ').append(line.termValue()).append('\n');
      out.append("  indicator annual ").append(path).append(' ').append(line.value()).append('\n');
    } else {
      out.append("  indicator ").append(path).append(' ').append(line.value()).append('\n');
    }
  }

  /** 数量.x, 数量指标.x, 产出.数量.x or 产出指标.数量指标.x, per the form's habit. */
  private String path(int category) {
    String cat = CATEGORIES[category];
    boolean satisfaction = category == 8;
    return switch (pathStyle) {
      case 0 -> satisfaction && rnd.nextBoolean() ? "满意度" : cat;
      case 1 -> cat + "指标";
      case 2 -> LEVELS[category] + "." + cat;
      default -> LEVELS[category] + "指标." + cat + "指标";
    };
  }

  private void quantities(List<Line> lines, int count, int pairs, int periodYears) {
    List<Topics.Measure> pool = new ArrayList<>(topic.quantities());
    List<Topics.Measure> generic = new ArrayList<>(GENERIC_QUANTITIES);
    for (int i = 0; i < count; i++) {
      Topics.Measure m = !pool.isEmpty() ? pool.remove(0) : generic.remove(rnd.nextInt(generic.size()));
      BigDecimal value = draw(m);
      String cmp = rnd.nextInt(4) == 0 ? "=" : ">=";
      String annual = quantity(cmp, value, m.unit());
      boolean paired = i < pairs;
      String term = annual;
      if (paired && periodYears > 1 && periodYears < 99 && !m.unit().contains("/")) {
        // A cumulative count over a multi-year period: the 实施期 target is the sum of the years.
        term = quantity(cmp, value.multiply(BigDecimal.valueOf(periodYears)), m.unit());
      }
      lines.add(new Line(0, m.name(), annual, term, paired));
    }
  }

  private void costs(List<Line> lines, int count, long totalYuan) {
    List<Topics.Measure> pool = new ArrayList<>(topic.costs());
    for (int i = 0; i < count; i++) {
      if (pool.isEmpty()) {
        // 项目总成本 quotes the funds total, so a checker comparing the two finds them equal.
        lines.add(new Line(3, "项目总成本", quantity("<=", new BigDecimal(JxText.wan(totalYuan)), "万元"), null, false));
        continue;
      }
      Topics.Measure m = pool.remove(0);
      String cmp = rnd.nextInt(5) == 0 ? "=" : rnd.nextInt(30) == 0 ? "不超过" : "<=";
      lines.add(new Line(3, m.name(), quantity(cmp, draw(m), m.unit()), null, false));
    }
  }

  private void satisfaction(List<Line> lines, int count) {
    List<String> names = new ArrayList<>(List.of(topic.served() + "满意度", "服务对象满意度", "受益群众满意度"));
    for (int i = 0; i < count; i++) {
      String name = names.remove(rnd.nextInt(names.size()));
      int percent = new int[] {85, 90, 90, 95, 95, 95, 98}[rnd.nextInt(7)];
      String cmp = rnd.nextInt(30) == 0 ? "不低于" : ">=";
      lines.add(new Line(8, name, quantity(cmp, BigDecimal.valueOf(percent), "%"), null, false));
    }
  }

  /** Draws {@code count} different rows of {@code table} and turns each value spec into .jx. */
  private void fromTable(List<Line> lines, int category, String[] table, int count) {
    List<String> rows = new ArrayList<>(List.of(table));
    Map<String, String> chosen = new LinkedHashMap<>();
    while (chosen.size() < count && !rows.isEmpty()) {
      String[] row = expand(rows.remove(rnd.nextInt(rows.size()))).split("\\|");
      chosen.put(row[0], row[1]);
    }
    chosen.forEach((name, spec) -> lines.add(new Line(category, name, value(spec), null, false)));
  }

  private String value(String spec) {
    if (spec.startsWith("=")) {
      return rnd.nextBoolean() ? spec.substring(1) + "%" : quantity("=", new BigDecimal(spec.substring(1)), "%");
    } else if (spec.startsWith("%")) {
      String[] r = spec.substring(1).split("-");
      int low = Integer.parseInt(r[0]);
      int v = low + rnd.nextInt(Integer.parseInt(r[1]) - low + 1);
      return quantity(v == 100 ? "=" : ">=", BigDecimal.valueOf(v), "%");
    } else if (spec.startsWith("\"")) {
      return JxText.quote(spec.substring(1));
    } else if (spec.startsWith("date:")) {
      return "<= " + spec.substring(5);
    } else if (spec.startsWith("month:")) {
      return "<= " + spec.substring(6);
    } else if (spec.startsWith("cn:")) {
      return spec.substring(3);
    } else if (spec.startsWith("days:")) {
      String[] r = spec.substring(5).split("-");
      int low = Integer.parseInt(r[0]);
      return quantity("<=", BigDecimal.valueOf(low + rnd.nextInt(Integer.parseInt(r[1]) - low + 1)), "日");
    }
    String[] grades = (spec.startsWith("'") ? spec.substring(1) : spec).split("/");
    String grade = grades[rnd.nextInt(grades.length)];
    return quoteGrades ? JxText.quote(grade) : grade;
  }

  /** A comparator and a number with its unit, spelled as this form spells them. */
  private String quantity(String cmp, BigDecimal value, String unit) {
    String number = value.toPlainString();
    String sign = switch (cmp) {
      case ">=" -> asciiComparators ? ">=" : "≥";
      case "<=" -> asciiComparators ? "<=" : "≤";
      default -> cmp;
    };
    boolean word = Character.isLetter(sign.charAt(0));
    if (sign.equals("=") && rnd.nextBoolean()) {
      sign = ""; // the seed writes "100%" and "13类" with no sign; it reads as =
    }
    // A comparator word (不低于) must be spaced from the digits: 不低于95 would lex as one name.
    String head = sign.isEmpty() ? "" : glued && !word ? sign : sign + " ";
    String tail = unit.equals("%") || glued ? unit : " " + unit;
    return head + number + tail;
  }

  /** A value in the measure's range: rounded as offices round targets, or left exact. */
  private BigDecimal draw(Topics.Measure m) {
    double v = m.min() + rnd.nextDouble() * (m.max() - m.min());
    BigDecimal d = BigDecimal.valueOf(v).setScale(m.decimals(), RoundingMode.HALF_UP);
    if (m.decimals() == 0 && d.compareTo(BigDecimal.valueOf(1000)) > 0 && rnd.nextInt(5) < 3) {
      int digits = d.precision();
      d = d.round(new java.math.MathContext(Math.max(2, digits - 2), RoundingMode.HALF_UP));
      d = d.setScale(0, RoundingMode.HALF_UP);
    }
    return d;
  }

  private String expand(String row) {
    return row
        .replace("{year}", String.valueOf(year))
        .replace("{served}", topic.served())
        .replace("{work}", topic.works().get(rnd.nextInt(topic.works().size())));
  }
}
