package org.jixiao.layout;

import java.util.List;

/** What a column of the indicator table can show, as a layout names it. */
public final class IndicatorColumns {
  private IndicatorColumns() {}

  /**
   * category: the 二级 name; name: the 三级 name; target: comparator, value and unit as one
   * (≥407097人/年); comparator, value, unit: the same in separate columns; the rest are the
   * indicator's optional parts.
   */
  public static final List<String> CONTENTS =
      List.of("category", "name", "target", "comparator", "value", "unit", "weight", "direction", "kind",
          "standard", "explain", "scoring", "note");
}
