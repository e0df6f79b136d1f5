package org.jixiao.format;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.DisplayWidth;
import org.jixiao.syntax.Allow;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Expr;
import org.jixiao.syntax.FundsRow;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Target;
import org.jixiao.syntax.Text;
import org.jixiao.syntax.UnitExpr;

/**
 * Prints one statement in the canonical layout, as lines tagged with the source line they come
 * from (for the comments that end them). Meaning never changes: only spelling and spacing do.
 */
final class Printer {
  private final SourceFile file;
  /** The allow clauses of the project being printed, by the span of the statement they end. */
  private final java.util.Map<Span, List<Allow>> allows = new java.util.HashMap<>();

  Printer(SourceFile file) {
    this.file = file;
  }

  void allows(List<Allow> clauses) {
    allows.clear();
    clauses.forEach(a -> allows.computeIfAbsent(a.scope(), k -> new ArrayList<>()).add(a));
  }

  String allowFor(Span scope) {
    StringBuilder b = new StringBuilder();
    allows.getOrDefault(scope, List.of()).forEach(a -> b.append(allowText(a)));
    return b.toString();
  }

  private int line(Span span) {
    return file.line(span.start());
  }

  private int lastLine(Span span) {
    return file.line(Math.max(span.start(), span.end() - 1));
  }

  List<Line> projectItem(ProjectItem item, String indent) {
    // An allow whose reason runs over several lines (comments between its strings, perhaps) has no
    // place in a one-line form: the statement and its allows are printed as written.
    int end = item.span().end();
    boolean multiLineAllow = false;
    for (Allow a : allows.getOrDefault(item.span(), List.of())) {
      end = Math.max(end, a.span().end());
      multiLineAllow |= line(a.span()) != lastLine(a.span());
    }
    if (multiLineAllow) {
      return verbatim(new Span(item.span().start(), end), indent);
    }
    String allow = allow(item);
    if (item instanceof ProjectItem.Department d) {
      return text(indent + "department " + (d.code() == null ? "" : d.code() + " "), d.name(), allow);
    } else if (item instanceof ProjectItem.Implementer i) {
      return text(indent + "implementer ", i.name(), allow);
    } else if (item instanceof ProjectItem.Attribute a) {
      return one(indent + "attribute " + Syntax.name(a.value().text()) + allow, item.span());
    } else if (item instanceof ProjectItem.Period p) {
      return one(indent + "period " + quantity(p.value()) + allow, item.span());
    } else if (item instanceof ProjectItem.PeriodRange r) {
      return one(indent + "period " + date(r.from().date(), r.from().precision()) + " 至 "
          + date(r.to().date(), r.to().precision()) + allow, item.span());
    } else if (item instanceof ProjectItem.CustomField c) {
      String head = indent + Syntax.name(c.key().text()) + " ";
      boolean quoted = file.text().startsWith("\"", c.value().span().start());
      // 项目类型 新增 stays a bare word; text written in quotes keeps its strings, one per line.
      return quoted ? text(head, c.value(), allow) : one(head + Syntax.name(c.value().value()) + allow, item.span());
    } else if (item instanceof ProjectItem.Funds f) {
      return funds(f, indent);
    } else if (item instanceof ProjectItem.Costs c) {
      return costs(c, indent);
    } else if (item instanceof ProjectItem.Narrative n) {
      return text(indent + n.kind().keyword() + " ", n.text(), allow);
    } else if (item instanceof ProjectItem.Goal g) {
      return text(indent + "goal " + column(g.column()), g.text(), allow);
    } else if (item instanceof ProjectItem.Indicator i
        && (line(item.span()) != lastLine(item.span()) || i.parts().repeated() > 0)) {
      // An indicator whose texts (explain "…" "…") run over several lines, comments between them
      // perhaps, or with a part written twice (the tree keeps one): printed as written, since its
      // one-line form would have no place for those.
      return verbatim(item.span(), indent);
    } else if (item instanceof ProjectItem.Indicator i) {
      StringBuilder b = new StringBuilder(indent).append("indicator ").append(column(i.column())).append(path(i.path()));
      if (i.target() != null) {
        b.append(' ').append(target(i.target()));
      }
      b.append(parts(i.parts()));
      return one(b + allow, item.span());
    } else if (item instanceof ProjectItem.Contact c) {
      return text(indent + c.kind().keyword() + " ", c.value(), allow);
    } else if (item instanceof ProjectItem.Filed f) {
      String value = org.jixiao.syntax.CanonicalText.filed(f.raw(), f.value());
      return one(indent + "filed " + value + allow, item.span());
    } else if (item instanceof ProjectItem.Check c) {
      return one(indent + "check " + expr(c.left(), 0) + " " + Syntax.comparator(c.comparator()) + " "
          + expr(c.right(), 0) + allow, item.span());
    }
    return verbatim(item.span(), indent);
  }

  /** The allow clause that ends a statement, if any. */
  private String allow(ProjectItem item) {
    return allowFor(item.span());
  }

  static String allowText(Allow a) {
    return " allow " + a.code().text() + " " + Syntax.quote(a.reason().value());
  }

  List<Line> one(String text, Span span) {
    List<Line> out = new ArrayList<>();
    out.add(new Line(text, line(span)));
    return out;
  }

  /** A keyword and a text: each quoted string of the source on its own line, aligned. */
  List<Line> text(String head, Text text, String allow) {
    List<int[]> tokens = Syntax.stringTokens(file.text(), text.span().start(), text.span().end());
    List<Line> out = new ArrayList<>();
    String pad = " ".repeat(DisplayWidth.of(head));
    for (int i = 0; i < tokens.size(); i++) {
      int[] t = tokens.get(i);
      String value = unquote(file.text().substring(t[0], t[1]));
      String line = (i == 0 ? head : pad) + Syntax.quote(value) + (i == tokens.size() - 1 ? allow : "");
      out.add(new Line(line, file.line(t[0])));
    }
    return out;
  }

  private static String unquote(String quoted) {
    return org.jixiao.syntax.Quoting.unquote(quoted);
  }

  private List<Line> funds(ProjectItem.Funds f, String indent) {
    List<Line> out = new ArrayList<>();
    out.add(new Line(indent + "funds " + (f.unit() == null ? "" : f.unit().spelling() + " ") + "{", line(f.span())));
    int nameWidth = 0;
    int termWidth = 0;
    int annualWidth = 0;
    List<String[]> cells = new ArrayList<>();
    for (FundsRow row : f.rows()) {
      String[] c = {Syntax.name(row.source().text()), amount(row.term()), row.annual() == null ? "" : amount(row.annual())};
      cells.add(c);
      nameWidth = Math.max(nameWidth, DisplayWidth.of(c[0]));
      termWidth = Math.max(termWidth, DisplayWidth.of(c[1]));
      annualWidth = Math.max(annualWidth, DisplayWidth.of(c[2]));
    }
    for (int i = 0; i < cells.size(); i++) {
      String[] c = cells.get(i);
      StringBuilder b = new StringBuilder(indent).append("  ").append(padRight(c[0], nameWidth))
          .append("  ").append(padLeft(c[1], termWidth));
      if (!c[2].isEmpty()) {
        b.append("  ").append(padLeft(c[2], annualWidth));
      }
      String line = b.toString().stripTrailing() + allowFor(f.rows().get(i).span());
      out.add(new Line(line, line(f.rows().get(i).span())));
    }
    out.add(new Line(indent + "}" + allowFor(f.span()), lastLine(f.span())));
    return out;
  }

  /**
   * The cost table as a table: the years row first, then the items in written order, every column
   * aligned (names left, years and amounts right).
   */
  private List<Line> costs(ProjectItem.Costs c, String indent) {
    List<Line> out = new ArrayList<>();
    out.add(new Line(indent + "costs " + (c.unit() == null ? "" : c.unit().spelling() + " ") + "{", line(c.span())));
    List<List<String>> cells = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (ProjectItem.CostYears y : c.years()) {
      List<String> row = new ArrayList<>(List.of("years"));
      y.years().forEach(year -> row.add(year.value().toPlainString()));
      cells.add(row);
      spans.add(y.span());
    }
    for (ProjectItem.CostRow r : c.rows()) {
      List<String> row = new ArrayList<>(List.of(Syntax.name(r.item().text())));
      r.amounts().forEach(a -> row.add(amount(a)));
      cells.add(row);
      spans.add(r.span());
    }
    List<Integer> widths = new ArrayList<>();
    for (List<String> row : cells) {
      for (int k = 0; k < row.size(); k++) {
        if (widths.size() <= k) {
          widths.add(0);
        }
        widths.set(k, Math.max(widths.get(k), DisplayWidth.of(row.get(k))));
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      List<String> row = cells.get(i);
      StringBuilder b = new StringBuilder(indent).append("  ").append(padRight(row.get(0), widths.get(0)));
      for (int k = 1; k < row.size(); k++) {
        b.append("  ").append(padLeft(row.get(k), widths.get(k)));
      }
      out.add(new Line(b.toString().stripTrailing() + allowFor(spans.get(i)), line(spans.get(i))));
    }
    out.add(new Line(indent + "}" + allowFor(c.span()), lastLine(c.span())));
    return out;
  }

  static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(0, width - DisplayWidth.of(s)));
  }

  static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - DisplayWidth.of(s))) + s;
  }

  String amount(Amount a) {
    return org.jixiao.syntax.CanonicalText.amount(a);
  }

  String quantity(Target.Quantity q) {
    return org.jixiao.syntax.CanonicalText.quantity(q);
  }

  /** The optional parts of an indicator line, in the canonical order of the grammar. */
  static String parts(org.jixiao.syntax.IndicatorParts p) {
    StringBuilder b = new StringBuilder();
    if (p.weight() != null) {
      b.append(" weight ").append(Syntax.plainNumber(p.weight().written()));
    }
    if (p.direction() != null) {
      b.append(" direction ").append(Syntax.name(p.direction().text()));
    }
    if (p.kind() != null) {
      b.append(" kind ").append(Syntax.name(p.kind().text()));
    }
    appendText(b, "standard", p.standard());
    appendText(b, "explain", p.explain());
    appendText(b, "scoring", p.scoring());
    appendText(b, "note", p.note());
    return b.toString();
  }

  private static void appendText(StringBuilder b, String keyword, Text text) {
    if (text != null) {
      b.append(' ').append(keyword).append(' ').append(Syntax.quote(text.value()));
    }
  }

  static String date(java.time.LocalDate date, Target.DatePrecision precision) {
    return org.jixiao.syntax.CanonicalText.date(date, precision);
  }

  String target(Target t) {
    String cmp = t.explicitComparator() ? Syntax.comparator(t.comparator()) + " " : "";
    if (t instanceof Target.Quantity q) {
      return cmp + quantity(q);
    } else if (t instanceof Target.Deadline d) {
      return cmp + date(d.date(), d.precision());
    }
    return cmp + Syntax.quote(((Target.Qualitative) t).text());
  }

  static String column(Column c) {
    return switch (c) {
      case BOTH -> "";
      case TERM -> "term ";
      case ANNUAL -> "annual ";
    };
  }

  static String path(List<Name> path) {
    List<String> parts = new ArrayList<>();
    path.forEach(n -> parts.add(Syntax.name(n.text())));
    return String.join(".", parts);
  }

  private static int precedence(Expr e) {
    if (e instanceof Expr.Binary b) {
      return b.operator() == '+' || b.operator() == '-' ? 1 : 2;
    }
    return 3;
  }

  String expr(Expr e, int parentPrecedence) {
    if (e instanceof Expr.Binary b) {
      int p = precedence(b);
      String text = expr(b.left(), p) + " " + b.operator() + " " + expr(b.right(), p + 1);
      return p < parentPrecedence ? "(" + text + ")" : text;
    } else if (e instanceof Expr.NumberLiteral n) {
      String number = Syntax.plainNumber(n.numberText());
      UnitExpr u = n.unit();
      return u == null ? number : "%".equals(u.spelling()) ? number + "%" : number + " " + u.spelling();
    } else if (e instanceof Expr.FundsRef f) {
      return "funds." + (f.column() == Column.TERM ? "term" : "annual") + (f.source() == null ? "" : "." + Syntax.name(f.source().text()));
    }
    return path(((Expr.IndicatorRef) e).path());
  }

  List<Line> budgetItem(BudgetItem item, String indent) {
    if (item instanceof BudgetItem.Title t) {
      return text(indent + "title ", t.text(), "");
    } else if (item instanceof BudgetItem.ProfileRef p) {
      return one(indent + "profile " + Syntax.name(p.name().text()), item.span());
    } else if (item instanceof BudgetItem.Ceiling c) {
      return one(indent + "ceiling " + c.departmentCode() + " " + amount(c.amount()), item.span());
    }
    return verbatim(item.span(), indent);
  }

  /**
   * What the formatter does not rewrite (stdlib declarations, unknown lines): kept as written,
   * the span's own text only. Whole lines would repeat what shares its first or last line (an
   * unknown word right after a block's brace, or just before the closing one).
   */
  List<Line> verbatim(Span span, String indent) {
    List<Line> out = new ArrayList<>();
    int first = line(span);
    int last = lastLine(span);
    for (int l = first; l <= last; l++) {
      String whole = file.lineText(l);
      int lineStart = file.lineStart(l);
      int from = Math.max(span.start() - lineStart, 0);
      int to = Math.min(span.end() - lineStart, whole.length());
      String text = whole.substring(Math.min(from, whole.length()), Math.max(Math.min(from, whole.length()), to))
          .stripTrailing();
      out.add(new Line(l == first ? indent + text.stripLeading() : text, l));
    }
    return out;
  }
}
