package org.jixiao.syntax;

import org.jixiao.source.Span;
import java.util.List;

/** One line inside {@code profile … { }}. */
public sealed interface ProfileItem extends Node {

  record FrameworkRef(Name name, Span span) implements ProfileItem {}

  /** A funding source: key, the label printed on the form, and other accepted spellings. */
  record Source(Name key, Text label, List<Name> aliases, Span span) implements ProfileItem {
    public Source {
      aliases = List.copyOf(aliases);
    }
  }

  /** A 项目属性 value, with the 项目期 it implies (null when any). */
  /**
   * {@code attribute 跨年度 "跨年度项目" period >= 2 年 alias …}: a value of 项目属性, with the
   * 项目期 it implies (exactly, or at least with {@code atLeast}); {@code open} marks an open-ended
   * project (经常性), whose 项目期, if any, is a sentinel rather than an end.
   */
  record AttributeValue(
      Name key, Text label, Target.Quantity period, boolean atLeast, boolean open, List<Name> aliases, Span span)
      implements ProfileItem {
    public AttributeValue {
      aliases = List.copyOf(aliases);
    }
  }

  /** Accepted qualitative target values. */
  record Grades(List<Text> values, Span span) implements ProfileItem {
    public Grades {
      values = List.copyOf(values);
    }
  }

  /** Values that only hold a place and are never a valid target (是/否, XX). */
  record Placeholders(List<Text> values, Span span) implements ProfileItem {
    public Placeholders {
      values = List.copyOf(values);
    }
  }

  /** {@code rule JX0601 error} (or 强制, 提示, off): sets the severity of one check. */
  record Rule(Name code, Name severity, Span span) implements ProfileItem {}

  /** {@code extends 全国}: start from another profile, then change what this one says. */
  record Extends(Name parent, Span span) implements ProfileItem {}

  /** {@code title "{region}{year}年项目支出绩效目标表"}: the form's title, with placeholders. */
  record Title(Text pattern, Span span) implements ProfileItem {}

  /** {@code money 万元 decimals 4}: the unit amounts are printed in, and how many decimals. */
  record Money(Name unit, Bound decimals, Span span) implements ProfileItem {}

  /** {@code column annual "年度资金总额"}: a funding column the template has, with its label. */
  record FundsColumn(Name key, Text label, Span span) implements ProfileItem {}

  /**
   * {@code field department "主管部门及代码" required coded}, {@code field attribute absent},
   * {@code field 项目类型 "项目类型" values 新增 延续}: a field of the template; {@code label} is null
   * when not written (an override that changes only the flags).
   */
  record Field(Name key, Text label, List<Name> flags, List<Name> values, Span span) implements ProfileItem {
    public Field {
      flags = List.copyOf(flags);
      values = List.copyOf(values);
    }
  }

  /** {@code period range} or {@code period duration}: how the template writes 项目期. */
  record PeriodForm(Name form, Span span) implements ProfileItem {}

  /**
   * {@code weight 100}: indicator weights must total 100; {@code weight 产出 40-50}: a first-level
   * indicator's weights total between 40 and 50 ({@code high} null for an exact total).
   */
  record Weight(Name level, Bound low, Bound high, Span span) implements ProfileItem {}

  /**
   * A line of the self-evaluation's scoring (财预〔2020〕10号 as the template configures it):
   * {@code score execution 10} (预算执行率's weight), {@code score level 产出 50} (a 一级's weight),
   * {@code score band 达成年度指标 80-100} (a qualitative grade's band, in percent of the weight),
   * {@code score grade 优 90} (the lowest total of a grade). {@code label} and {@code high} may be null.
   */
  record Score(Name kind, Name label, Bound low, Bound high, Span span) implements ProfileItem {}

  /** A number in a profile line, as written and where. */
  record Bound(java.math.BigDecimal value, Span span) implements Node {}

  /**
   * {@code costs 1 "上年实际"}: a column of the 预算成本构成 table, the budget year less {@code
   * yearsBack} (0: the budget year), with its label; {@code costs "成本项目"} ({@code yearsBack}
   * null) labels the column of the cost items.
   */
  record CostsColumn(Bound yearsBack, Text label, Span span) implements ProfileItem {}

  /**
   * {@code fixed 满意度.服务对象满意度 >= 90%}: a mandated (固化) indicator every project must carry,
   * with a target no looser than this one; {@code for 项目类型 新增} (or {@code for attribute 经常性})
   * limits it to the projects with that value ({@code scope} and {@code scopeValue} null: every project).
   */
  record Fixed(List<Name> path, Target target, Name scope, Name scopeValue, Span span) implements ProfileItem {
    public Fixed {
      path = List.copyOf(path);
    }
  }

  /** {@code limit name 30}: the 三级 indicator name may have at most 30 characters. */
  record Limit(Name what, Bound value, Span span) implements ProfileItem {}

  /**
   * {@code words total "合计" "总计"}: a list of words with a meaning the rules know — total (names
   * of the total row), rate (endings that make an indicator a rate), goods (dimensions whose unit
   * price per year is suspect), masks (characters a placeholder is made of).
   */
  record Words(Name kind, List<Text> words, Span span) implements ProfileItem {
    public Words {
      words = List.copyOf(words);
    }
  }

  /** {@code label 经济效益指标 "经济效益"}: how the form prints a first- or second-level indicator. */
  record Label(Name name, Text label, Span span) implements ProfileItem {}

  /** {@code layout 山西市级}: the print layout the backends draw; {@code layout 自评表 for selfeval}: a later form's. */
  record LayoutRef(Name name, Name form, Span span) implements ProfileItem {}

  record Unknown(Name word, Span span) implements ProfileItem {}
}
