package org.jixiao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A layout's or profile's pattern ({@code {region}{year}年度项目支出绩效目标审批表}, {@code （{year}年度）
 * 单位：{money}}) read backwards: which region, year and money unit a printed line has. The words
 * are the pattern's own, so a template of a new province needs no code here.
 */
final class Placeholders {
  private Placeholders() {}

  /** The placeholders' values in a text the pattern printed, or null when it did not print it. */
  static Map<String, String> match(String pattern, String text) {
    if (pattern == null || text == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder("^\\s*");
    for (String part : pattern.split("(?=\\{)|(?<=\\})")) {
      switch (part) {
        case "{region}" -> regex.append("(.+?)");
        case "{year}" -> regex.append("([0-9]{4})");
        case "{money}" -> regex.append("([^\\s()（）]+?)");
        default -> {
          regex.append(literal(part));
          continue;
        }
      }
      names.add(part.substring(1, part.length() - 1));
    }
    Matcher m = Pattern.compile(regex.append("\\s*$").toString()).matcher(text);
    if (!m.matches()) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), m.group(i + 1).strip());
    }
    return out;
  }

  /** How many characters of a pattern are its own words, not placeholders or spaces. */
  static int literalLength(String pattern) {
    return pattern.replaceAll("\\{[a-z]+\\}", "").replaceAll("\\s", "").length();
  }

  /**
   * A pattern's parts that a layout lays out with two spaces between ({@code （{year}年度）  单位：{money}}):
   * a text dump may put each in a cell of its own.
   */
  static List<String> parts(String pattern) {
    return List.of(pattern.strip().split("\\s{2,}"));
  }

  /** Words as written, with spaces of any width and full-width brackets or colons taken as their half-width forms. */
  private static String literal(String words) {
    StringBuilder out = new StringBuilder();
    for (char c : words.toCharArray()) {
      if (Character.isWhitespace(c)) {
        out.append("\\s*");
      } else if (c == '（' || c == '(') {
        out.append("[（(]\\s*");
      } else if (c == '）' || c == ')') {
        out.append("\\s*[）)]");
      } else if (c == '：' || c == ':') {
        out.append("\\s*[：:]\\s*");
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return out.toString();
  }
}
