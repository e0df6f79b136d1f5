package org.jixiao.semantics;

/**
 * What kind of indicator a category is, read from its name so that a province's own framework
 * gets the same rules: 数量指标 counts, 成本指标 and 经济成本指标 cost money, and so on.
 */
public enum Roles {
  QUANTITY,
  QUALITY,
  TIMELINESS,
  COST,
  BENEFIT,
  SATISFACTION,
  OTHER;

  public static Roles of(IndicatorFramework.Category category) {
    String name = category.name() + " " + category.level();
    if (category.name().contains("满意度") || category.level().contains("满意度")) {
      return SATISFACTION;
    } else if (category.name().contains("社会成本") || category.name().contains("生态环境成本")) {
      // 101号: possible harm to society or the environment, usually graded in words, not money.
      return OTHER;
    } else if (category.name().contains("成本")) {
      return COST;
    } else if (category.name().contains("数量")) {
      return QUANTITY;
    } else if (category.name().contains("质量")) {
      return QUALITY;
    } else if (category.name().contains("时效") || category.name().contains("进度")) {
      return TIMELINESS;
    } else if (name.contains("效益") || name.contains("影响")) {
      return BENEFIT;
    }
    return OTHER;
  }
}
