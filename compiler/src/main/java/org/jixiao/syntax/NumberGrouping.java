package org.jixiao.syntax;

/**
 * Whether a NUMBER token's grouping is regular: commas every three digits (58,372,000) or
 * underscores between digits (58_372_000). Read by {@link LiteralBuilder#number}.
 */
final class NumberGrouping {
  private NumberGrouping() {}

  static boolean wellGrouped(String raw) {
    // One walk over the integer part, for the usual numbers: no grouping, or commas alone.
    int groupLength = 0;
    boolean commas = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '.' || c == '．') {
        break;
      } else if (c == '_') {
        return slowWellGrouped(raw);
      } else if (c == ',' || c == '，') {
        if (commas ? groupLength != 3 : groupLength == 0 || groupLength > 3) {
          return false;
        }
        commas = true;
        groupLength = 0;
      } else {
        groupLength++;
      }
    }
    return !commas || groupLength == 3;
  }

  /** {@link #wellGrouped} by splitting the number, for {@code FastPathProperties}. */
  static boolean slowWellGrouped(String raw) {
    String s = raw.replace('，', ',').replace('．', '.');
    int point = s.indexOf('.');
    String integer = point >= 0 ? s.substring(0, point) : s;
    boolean commas = integer.indexOf(',') >= 0;
    boolean underscores = integer.indexOf('_') >= 0;
    if (commas && underscores) {
      return false;
    }
    if (commas) {
      String[] groups = integer.split(",", -1);
      if (groups[0].isEmpty() || groups[0].length() > 3) {
        return false;
      }
      for (int i = 1; i < groups.length; i++) {
        if (groups[i].length() != 3) {
          return false;
        }
      }
    }
    return !underscores
        || (!integer.startsWith("_") && !integer.endsWith("_") && !integer.contains("__"));
  }
}
