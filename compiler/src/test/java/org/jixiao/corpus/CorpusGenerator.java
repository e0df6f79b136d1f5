package org.jixiao.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates realistic budget folders for tests and benchmarks: a {@code budget.jx} for 阳泉市 2026
 * with the 山西 profile, and any number of 项目支出绩效目标表 modelled on the seven seed forms
 * ({@code ../shared/seeds}). Every generated folder checks without errors.
 *
 * <h2>API</h2>
 *
 * <ul>
 *   <li>{@link #CorpusGenerator(long)}: the seed decides everything; the same seed gives the same
 *       bytes on every machine and JDK ({@link java.util.Random}'s algorithm is specified; nothing
 *       depends on time, locale, hash order or the file system).
 *   <li>{@link #budget()}: the text of {@code budget.jx}.
 *   <li>{@link #project(int)}: the text of form number {@code index} (from 0). Each form depends
 *       only on the seed and its index, so forms can be generated in any order or in parallel, and
 *       form 7 of a 100-form corpus is form 7 of a 10,000-form corpus.
 *   <li>{@link #fileName(int)}: {@code 00001.jx} for index 0; names sort in index order.
 *   <li>{@link #writeBudget(Path, int)}: writes {@code budget.jx} and the first {@code forms} forms
 *       into a folder, returning the bytes written.
 *   <li>{@link #mutated(double)} and {@link #mutated(double, long)}: a generator for a second corpus
 *       that differs from this one in about {@code rate} of its funding amounts (each non-zero
 *       source amount of the 实施期 column is revised with that probability, by 2–20%). What is
 *       derived from a revised amount follows it, so the second corpus is consistent too: the
 *       {@code total} row, the 年度 column of 一次性 and 经常性 projects, the sum quoted in 项目概况,
 *       the item amounts of 项目实施计划 and the 项目总成本 indicator. Nothing else changes: every other
 *       byte of the folder is identical. {@link #revisedAmounts(int)} says how many amounts of a
 *       form were revised, for benchmarks that diff the two corpora.
 * </ul>
 *
 * <h2>What a form looks like</h2>
 *
 * Department (3-digit code, real 阳泉市 department), implementer, attribute (70% 一次性 with
 * {@code period 1 年}, 22% 经常性 with {@code period 99 年}, 8% 跨年度 over 2–3 years), funds with
 * all five sources and a {@code total} row (50,000–60,000,000 元 with thousands separators; mostly
 * only {@code local} is non-zero), five narratives of 100 to about 1,100 characters (medians 200
 * to 350) on continuation lines, a goal (sometimes separate term/annual goals), 8–20 indicators
 * over all categories (some as {@code term}/{@code annual} pairs), contacts and {@code filed}.
 * Writing habits vary by form. Files are 4–10 KB of UTF-8, median about 6 KB.
 *
 * <p>Known differences from the seed, on purpose: no form carries the seed's defects (zero funds,
 * 实施期 ≠ 年度 in a 1-year project, placeholders, stale years), because the corpus is the clean
 * baseline that benchmarks and regression tests start from. Unit price × quantity is not made to
 * match the funds (rule F5 of the domain notes), as in most real forms.
 */
public final class CorpusGenerator {
  public static final String REGION = "阳泉市";
  public static final int YEAR = 2026;
  public static final String BUDGET_FILE = "budget.jx";

  private static final String[] REGIONS = {"城区", "矿区", "郊区", "平定县", "盂县", "高新区", "经开区", "市本级"};
  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN = "建国志强海燕丽娜伟红军霞敏静丹勇杰磊涛明超鹏华芳英玉兰秀云飞斌波宇浩晨亮慧琳婷晓东文彬";

  private final long seed;
  private final double mutationRate;
  private final long mutationSeed;
  private final List<Topics.Topic> topicOrder;

  public CorpusGenerator(long seed) {
    this(seed, 0.0, 0L);
  }

  private CorpusGenerator(long seed, double mutationRate, long mutationSeed) {
    if (mutationRate < 0 || mutationRate > 1) {
      throw new IllegalArgumentException("mutation rate must be in [0, 1]: " + mutationRate);
    }
    this.seed = seed;
    this.mutationRate = mutationRate;
    this.mutationSeed = mutationSeed;
    this.topicOrder = shuffledTopics(seed);
  }

  /** A generator whose corpus differs from this one in about {@code rate} of the funding amounts. */
  public CorpusGenerator mutated(double rate) {
    return mutated(rate, 1L);
  }

  /** As {@link #mutated(double)}; another {@code mutationSeed} revises a different set of amounts. */
  public CorpusGenerator mutated(double rate, long mutationSeed) {
    return new CorpusGenerator(seed, rate, mutationSeed);
  }

  public String budget() {
    return budget(REGION, YEAR);
  }

  /**
   * The text of {@code budget.jx} for another region or year, for repositories of several budgets
   * (the forms are the same: their texts speak of 阳泉 and 2026, so another year may get warnings
   * about its dates).
   */
  public String budget(String region, int year) {
    return "# " + region + year + "年市级预算部门（单位）项目支出绩效目标表\n"
        + "budget " + region + " " + year + " {\n"
        + "  title \"阳泉市市级预算部门（单位）项目支出绩效目标表\"\n"
        + "  profile 山西\n"
        + "}\n";
  }

  public String fileName(int index) {
    return String.format(Locale.ROOT, "%05d.jx", index + 1);
  }

  /** Writes budget.jx and forms 0 … forms−1 into {@code dir} (created if missing); returns the bytes. */
  public long writeBudget(Path dir, int forms) throws IOException {
    Files.createDirectories(dir);
    long bytes = write(dir.resolve(BUDGET_FILE), budget());
    for (int i = 0; i < forms; i++) {
      bytes += write(dir.resolve(fileName(i)), project(i));
    }
    return bytes;
  }

  private static long write(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    return bytes.length;
  }

  /** How many funding amounts of form {@code index} this generator revised (0 when not mutated). */
  public int revisedAmounts(int index) {
    return new Form(index).funds.revised;
  }

  public String project(int index) {
    return new Form(index).render();
  }

  /**
   * One form. Each part draws from its own random stream, derived from the seed and the index, so
   * that a revised amount can change digits but never the draws of the parts that follow it.
   */
  private final class Form {
    final Topics.Topic topic;
    final String name;
    final Departments.Department department;
    final String implementer;
    final String attribute;
    final int period;
    final FundsTable funds;
    final Random layout;

    Form(int index) {
      long base = mix(seed + 0x9E3779B97F4A7C15L * (index + 1L));
      layout = new Random(base);
      topic = topicOrder.get(index % topicOrder.size());
      name = topic.name() + qualifier(index / topicOrder.size());
      department = Departments.BY_CODE.get(topic.departmentCode());
      List<String> units = department.implementers();
      implementer = layout.nextInt(3) == 0 ? units.get(layout.nextInt(units.size())) : units.get(0);
      int a = layout.nextInt(100);
      attribute = a < 70 ? "一次性" : a < 92 ? "经常性" : "跨年度";
      period = attribute.equals("一次性") ? 1 : attribute.equals("经常性") ? 99 : 2 + layout.nextInt(2);
      funds = FundsTable.draw(
          new Random(mix(base ^ 0x5EED_F0DDL)), attribute, period,
          new Random(mix(base ^ mutationSeed * 0xC2B2AE3D27D4EB4FL ^ 0x3D7A_7E5L)), mutationRate);
    }

    String render() {
      StringBuilder out = new StringBuilder(8192);
      Random words = new Random(mix(layout.nextLong()));
      Narratives text = new Narratives(words, topic, department, implementer, YEAR);
      Indicators indicators = new Indicators(new Random(mix(layout.nextLong())), topic, YEAR);

      out.append("# ").append(REGION).append("市级预算部门（单位）项目支出绩效目标表（").append(YEAR).append("年度）\n");
      out.append("project ").append(JxText.name(name)).append(" {\n");
      out.append("  department ").append(department.code()).append(' ').append(JxText.quote(department.name())).append('\n');
      out.append("  implementer ").append(JxText.quote(implementer)).append('\n');
      boolean longSpelling = layout.nextInt(10) == 0;
      out.append("  attribute ").append(attribute).append(longSpelling && !attribute.equals("跨年度") ? "项目" : "").append('\n');
      out.append("  period ").append(period).append(layout.nextInt(8) == 0 ? "年" : " 年").append('\n');
      fundsBlock(out);
      out.append('\n');
      cell(out, "overview", text.overview(funds, length(100, 1500)));
      cell(out, "basis", text.basis(length(100, 400)));
      cell(out, "necessity", text.necessity(length(100, 600)));
      cell(out, "measures", text.measures(length(100, 500)));
      cell(out, "plan", text.plan(funds, length(150, 1500)));

      List<Indicators.Line> lines = indicators.draw(funds.termTotal(), period);
      String mainOutput = lines.get(0).name() + "、" + lines.get(1).name();
      boolean pairs = lines.stream().anyMatch(Indicators.Line::paired);
      if (pairs && layout.nextBoolean() || layout.nextInt(8) == 0) {
        // One-year and recurring projects state the same goal in both columns (seed project 2).
        String goal = text.goal(mainOutput);
        cell(out, "goal term", goal);
        cell(out, "goal annual", attribute.equals("跨年度") ? text.annualGoal(mainOutput) : goal);
      } else {
        cell(out, "goal", text.goal(mainOutput));
      }
      out.append('\n');
      int lastCategory = -1;
      boolean groupComments = layout.nextInt(3) == 0;
      for (Indicators.Line line : lines) {
        if (groupComments && line.category() != lastCategory && (line.category() == 0 || line.category() == 4 || line.category() == 8)) {
          out.append("  # ").append(line.category() == 0 ? "产出指标" : line.category() == 4 ? "效益指标" : "满意度指标").append('\n');
        }
        lastCategory = line.category();
        indicators.render(out, line);
      }
      out.append('\n');
      if (layout.nextInt(10) < 7) {
        out.append("  leader ").append(JxText.quote(person())).append('\n');
        out.append("  handler ").append(JxText.quote(person())).append('\n');
        out.append("  phone \"0353-").append(2000000 + layout.nextInt(8000000)).append("\"\n");
      }
      out.append("  filed ").append(filed()).append('\n');
      out.append("}\n");
      return out.toString();
    }

    /** The funds table with aligned columns; 元 in the header, or (as some offices do) on each cell. */
    private void fundsBlock(StringBuilder out) {
      boolean chinese = layout.nextInt(5) == 0;
      boolean unitPerCell = layout.nextInt(6) == 0;
      boolean blankOther = layout.nextInt(6) == 0; // the seed leaves 其他资金 empty
      String cellUnit = unitPerCell ? " 元" : "";
      out.append(unitPerCell ? "  funds {" : "  funds 元 {");
      out.append("          # 实施期资金总额      年度资金总额\n");
      for (int i = 0; i <= 5; i++) {
        String rowName = i == 5 ? (chinese ? "合计" : "total") : chinese ? FundsTable.CHINESE[i] : FundsTable.KEYS[i];
        boolean blank = i == 4 && blankOther && funds.term[4] == 0;
        String term = blank ? "-" : JxText.grouped(i == 5 ? funds.termTotal() : funds.term[i]) + cellUnit;
        String annual = blank ? "-" : JxText.grouped(i == 5 ? funds.annualTotal() : funds.annual[i]) + cellUnit;
        out.append("    ").append(JxText.pad(rowName, 12)).append(JxText.pad(term, 16)).append(annual).append('\n');
      }
      out.append("  }\n");
    }

    /**
     * A narrative cell. Each cell wraps with its own random stream, so that a revised amount, which
     * moves the line breaks after it, cannot move those of the cells that follow.
     */
    private void cell(StringBuilder out, String head, String text) {
      JxText.longText(out, "  ", head, text, new Random(mix(layout.nextLong())));
    }

    private int length(int min, int max) {
      // Skewed towards short texts, as real cells are: most are a few hundred characters.
      double u = layout.nextDouble();
      return min + (int) ((max - min) * u * u);
    }

    private String person() {
      return "" + SURNAMES.charAt(layout.nextInt(SURNAMES.length())) + GIVEN.charAt(layout.nextInt(GIVEN.length()))
          + (layout.nextBoolean() ? String.valueOf(GIVEN.charAt(layout.nextInt(GIVEN.length()))) : "");
    }

    /** Filed in the last two weeks of the year before the budget year, as the seed's forms were. */
    private String filed() {
      int day = 15 + layout.nextInt(17);
      int hour = 8 + layout.nextInt(14);
      int minute = layout.nextInt(60);
      int second = layout.nextInt(60);
      String format = layout.nextInt(10) == 0 ? "%d%02d%02d%02d%02d%02d" : "%d-%02d-%02d %02d:%02d:%02d";
      return String.format(Locale.ROOT, format, YEAR - 1, 12, day, hour, minute, second);
    }
  }

  /** Project names must be unique in a budget; past the topic list, a district tells them apart. */
  private static String qualifier(int round) {
    if (round == 0) {
      return "";
    }
    String district = "（" + REGIONS[(round - 1) % REGIONS.length] + "）";
    int batch = (round - 1) / REGIONS.length;
    return batch == 0 ? district : district + (batch + 1) + "期";
  }

  private static List<Topics.Topic> shuffledTopics(long seed) {
    java.util.ArrayList<Topics.Topic> topics = new java.util.ArrayList<>(Topics.ALL);
    Random rnd = new Random(mix(seed ^ 0x70_91C5L));
    for (int i = topics.size() - 1; i > 0; i--) {
      java.util.Collections.swap(topics, i, rnd.nextInt(i + 1));
    }
    return List.copyOf(topics);
  }

  /** SplitMix64's finaliser: nearby seeds and indices give unrelated streams. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
