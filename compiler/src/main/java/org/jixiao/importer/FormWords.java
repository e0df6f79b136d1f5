package org.jixiao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Messages;

/**
 * The words a form prints dates, deadlines and ranges with ({@code 2026年6月30日前},
 * {@code 2026年1月至2027年6月}), read back into the language's values. The patterns are made
 * from the same {@code form.*} messages the backends print with, in every message language, so
 * that a workbook built with {@code --lang en} imports as well: nothing here knows the words.
 */
final class FormWords {
  /** A date as the language writes it, to the precision the form printed: 2026, 2026-06, 2026-06-30. */
  record Date(String iso, int precision) {}

  /** A deadline: the comparator the form's words mean (前 is {@code <=}, 后 {@code >=}) and its date. */
  record Deadline(String comparator, Date date) {}

  private record DatePattern(Pattern pattern, int precision, int[] groups) {}

  private final List<DatePattern> dates = new ArrayList<>();
  private final List<Pattern> before = new ArrayList<>();
  private final List<Pattern> after = new ArrayList<>();
  private final List<Pattern> ranges = new ArrayList<>();

  FormWords() {
    for (Messages.Language language : Messages.Language.values()) {
      Messages m = new Messages(language);
      // The finest precision first: 2026年6月30日 must not be read as 2026年6月 and a stray 30日.
      date(m, "form.date.day", 3);
      date(m, "form.date.month", 2);
      date(m, "form.date.year", 1);
      before.add(around(m.get("form.before", HOLE)));
      after.add(around(m.get("form.after", HOLE)));
      ranges.add(around(m.get("form.range", HOLE, HOLE)));
    }
  }

  private static final String HOLE = "\u0000";
  /** Stand-ins for a date's parts: year, month, day, then month and day with two digits. */
  private static final String[] PARTS = {"\u0001", "\u0002", "\u0003", "\u0004", "\u0005"};

  private void date(Messages m, String key, int precision) {
    String template = m.get(key, PARTS[0], PARTS[1], PARTS[2], PARTS[3], PARTS[4]);
    StringBuilder regex = new StringBuilder("^");
    int[] groups = new int[3];
    int group = 0;
    StringBuilder literal = new StringBuilder();
    for (char c : template.toCharArray()) {
      int part = c >= 1 && c <= 5 ? c : -1;
      if (part < 0) {
        literal.append(c);
        continue;
      }
      if (literal.length() > 0) {
        regex.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
      }
      group++;
      regex.append(part == 1 ? "\\s*([0-9]{4})\\s*" : part <= 3 ? "\\s*([0-9]{1,2})\\s*" : "([0-9]{2})");
      groups[part == 1 ? 0 : part == 2 || part == 4 ? 1 : 2] = group;
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    dates.add(new DatePattern(Pattern.compile(regex.append("$").toString()), precision, groups));
  }

  /** A message with holes as a pattern whose groups are the holes' texts. */
  private static Pattern around(String template) {
    StringBuilder regex = new StringBuilder("^");
    for (String part : template.split(HOLE, -1)) {
      if (regex.length() > 1) {
        regex.append("(.+?)");
      }
      regex.append(Pattern.quote(part.strip())).append("\\s*");
    }
    return Pattern.compile(regex.append("$").toString());
  }

  /** {@code 2026年6月30日} → 2026-06-30; null when the text is not a date the form writes. */
  Date date(String text) {
    String t = text.strip();
    for (DatePattern p : dates) {
      Matcher m = p.pattern().matcher(t);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(p.groups()[0]));
        int month = p.precision() >= 2 ? Integer.parseInt(m.group(p.groups()[1])) : 1;
        int day = p.precision() >= 3 ? Integer.parseInt(m.group(p.groups()[2])) : 1;
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
          return null;
        }
        String iso = switch (p.precision()) {
          case 1 -> String.valueOf(year);
          case 2 -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
          default -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
        return new Date(iso, p.precision());
      }
    }
    return null;
  }

  /**
   * {@code 2026年6月30日前} → {@code <=} 2026-06-30, {@code 2026年6月后} → {@code >=} 2026-06; a
   * bare date is {@code =}. A year alone is no deadline (2026年 is a quantity in 年 to the language).
   */
  Deadline deadline(String text) {
    for (Pattern p : before) {
      Deadline d = deadline(p, text, "<=");
      if (d != null) {
        return d;
      }
    }
    for (Pattern p : after) {
      Deadline d = deadline(p, text, ">=");
      if (d != null) {
        return d;
      }
    }
    Date bare = date(text);
    return bare != null && bare.precision() > 1 ? new Deadline("=", bare) : null;
  }

  private Deadline deadline(Pattern p, String text, String comparator) {
    Matcher m = p.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    Date d = date(m.group(1));
    return d != null && d.precision() > 1 ? new Deadline(comparator, d) : null;
  }

  /** {@code 2026年1月至2027年6月} → [2026-01, 2027-06]; null when the text is not a range of dates. */
  Date[] range(String text) {
    for (Pattern p : ranges) {
      Matcher m = p.matcher(text.strip());
      if (m.matches()) {
        Date from = date(m.group(1));
        Date to = date(m.group(2));
        if (from != null && to != null) {
          return new Date[] {from, to};
        }
      }
    }
    return null;
  }
}
