package org.jixiao.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.syntax.SourceUnit;

/**
 * For generated forms in any layout: formatting keeps the syntax tree (ignoring spans and the
 * spelling of numbers) and is idempotent.
 */
class FormatterProperties {
  /** Indicator lines in framework order, in canonical spelling, and some pasted variants. */
  private static final List<List<String>> INDICATORS = List.of(
      List.of("indicator 数量.补助人数 >= 407097 人/年", "indicator 数量．补助人数 ≥407097人/年", "indicator 数量指标.补助人数 ＞＝４０７０９７ 人／年"),
      List.of("indicator term 数量.科技副总人数 >= 28 人", "indicator term 数量.科技副总人数 不少于 28 人"),
      List.of("indicator annual 数量.科技副总人数 >= 15 人"),
      // The parts some templates print, in any order and spacing.
      List.of("indicator 数量.培训人次 >= 2000 人次 weight 10 direction 正向 kind 定量",
          "indicator 数量.培训人次 ≥2000人次  kind 定量 weight 10\tdirection 正向",
          "indicator 数量.培训人次 >= 2000 人次 weight 10 standard \"按计划\" explain \"全年\" \"人次\" scoring \"完成得满分\" note \"说明\""),
      List.of("indicator 质量.补助对象准确率 = 100%", "indicator 质量.补助对象准确率 ＝ 100％", "indicator 质量.补助对象准确率 100%"),
      List.of("indicator 时效.完成时限 <= 2026-12-31", "indicator 时效.完成时限 ≤ 2026年12月31日"),
      List.of("indicator 成本.生活补助 <= 300 元/人/月", "indicator 成本.生活补助 ≤300元/人/月 allow JX0603 \"理由\""),
      // An empty 二级 row, as a template that prints every category has it.
      List.of("indicator 经济效益", "indicator  经济效益指标", "indicator 经济效益  # 空行"),
      List.of("indicator 社会效益.\"营造氛围,调动热情\" \"有效调动\"", "indicator 社会效益.\"营造氛围,调动热情\" 有效调动"),
      List.of("indicator 满意度.服务对象满意度.满意度 >= 95%", "indicator 服务对象满意度.满意度 ≥95％"));

  /** The department with or without a code; the period as a duration or a month range in any spelling. */
  private static final List<String> DEPARTMENTS = List.of(
      "department 005 \"组织部\"", "department \"组织部\"", "department 005 \"阳泉市\"\n    \"组织部\"");
  private static final List<String> PERIODS = List.of(
      "period 2 年", "period 2026-01 至 2027-12", "period 2026-01~2027-12", "period 2026-01 .. 2027-12",
      "period 2026-01 ～ 2027-12");
  /** Fields a template declares: text, a bare word, a number. */
  private static final List<String> FIELDS = List.of(
      "", "业务主管部门 \"阳泉市财政局\"", "项目类型 新增", "科目代码 21305", "项目分类 \"资产资源类--房屋类\" allow JX0301 \"理由\"");

  /** A 预算成本构成 block, canonical and pasted: full-width digits and dashes, glued units, comments, a total. */
  private static final List<String> COSTS = List.of(
      "",
      "costs 万元 {\nyears 2026 2025 2024\n设备购置 35 30 28\n人员培训 - 5 6\n}\n",
      "costs {   # 本年 上年 前年\n  years ２０２６ ２０２５ ２０２４\n  设备购置  350000 元 30万元 28 万元\n  \"人员培训（含差旅）\" －  5 万元 —\n  合计 35 万元 - -\n}\n",
      "costs 万元 {\n# 成本项目\nyears 2026 2025\n设备购置 1,234.5  1_000\n  years 2026 2025\n}  allow JX0530 \"理由\"\n");

  @Provide
  Arbitrary<String> forms() {
    Arbitrary<List<String>> indicators = Combinators.combine(
        INDICATORS.stream().map(options -> Arbitraries.of(options).injectNull(0.2)).toList())
        .as(list -> list.stream().filter(x -> x != null).map(x -> (String) x).toList());
    Arbitrary<String> indent = Arbitraries.of("  ", "    ", "\t", "\u3000");
    Arbitrary<String> gap = Arbitraries.of("", "", "\n", "\n\n\n", "  # 注释\n");
    Arbitrary<String> amount = Arbitraries.of("58,372,000", "58372000", "５８３７２０００", "5837.2 万元", "58_372_000");
    Arbitrary<List<String>> heads = Combinators.combine(
        Arbitraries.of(DEPARTMENTS), Arbitraries.of(PERIODS), Arbitraries.of(FIELDS)).as(List::of);
    return Combinators.combine(indicators, indent, gap, amount, Arbitraries.of(true, false), Arbitraries.of(COSTS), heads)
        .as((lines, in, g, money, oneAmount, costs, head) -> {
          StringBuilder b = new StringBuilder("budget 阳泉市 2026 {\n" + in + "profile 山西\n}\n" + g);
          b.append("project 人才工作经费 {").append(g.isEmpty() ? "" : "  # 项目\n").append(g.isEmpty() ? "\n" : "");
          b.append(in).append(head.get(0)).append('\n');
          b.append(in).append("attribute 跨年度\n").append(in).append(head.get(1)).append('\n');
          if (!head.get(2).isEmpty()) {
            b.append(in).append(head.get(2)).append('\n');
          }
          b.append(in).append("funds {").append(g.contains("#") ? "   # 实施期 年度\n" : "\n");
          b.append(in).append(in).append("local ").append(money).append(oneAmount ? "" : "   " + money).append('\n');
          b.append(in).append(in).append("other - -\n").append(in).append("}\n");
          costs.lines().forEach(l -> b.append(in).append(l).append('\n'));
          b.append(in).append("overview \"第一行。\"\n").append(in).append("         \"第二行。\"").append(g.contains("#") ? "  # 理由\n" : "\n");
          b.append(g);
          for (String line : lines) {
            b.append(in).append(line).append('\n');
          }
          b.append(in).append("filed 20251222181034\n}\n");
          return b.toString();
        });
  }

  private static SourceUnit parseAndFormat(String text, List<String> formatted) throws IOException {
    CompiledBudget budget = org.jixiao.testing.Forms.compileAlone(text);
    SourceUnit unit = budget.units().get(0);
    formatted.add(Formatter.format(unit, budget.context() == null ? null : budget.context().frameworkOrder()));
    return unit;
  }

  @Property(tries = 150)
  void formatKeepsTheTreeAndIsIdempotent(@ForAll("forms") String text) throws IOException {
    List<String> once = new ArrayList<>();
    SourceUnit original = parseAndFormat(text, once);
    List<String> twice = new ArrayList<>();
    SourceUnit formatted = parseAndFormat(once.get(0), twice);
    assertThat(TreeText.of(formatted.declarations())).as(once.get(0)).isEqualTo(TreeText.of(original.declarations()));
    assertThat(twice.get(0)).isEqualTo(once.get(0));
    assertThat(formatted.comments().size()).isEqualTo(original.comments().size());
  }
}
