package org.jixiao.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.Comment;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Node;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceUnit;

/**
 * The canonical layout of a {@code .jx} file: one statement per line, two-space indents, aligned
 * funding amounts, canonical symbols (full-width forms pasted from Word become ASCII), indicators in
 * framework order, comments kept where they were (a comment line stays before the statement that
 * follows it, an end-of-line comment stays at the end of its line), at most one blank line in a row.
 *
 * <p>Only files without syntax errors are formatted; the syntax tree after formatting equals the
 * tree before, up to the order of indicators.
 */
public final class Formatter {
  private final SourceFile file;
  private final Map<Integer, Comment> comments = new HashMap<>();
  private final Printer printer;
  private final java.util.function.ToIntFunction<ProjectItem.Indicator> order;

  private Formatter(SourceUnit unit, java.util.function.ToIntFunction<ProjectItem.Indicator> order) {
    this.file = unit.file();
    this.order = order;
    this.printer = new Printer(file);
    this.unitCache = unit;
    for (Comment c : unit.comments()) {
      comments.put(file.line(c.span().start()), c);
    }
  }

  /**
   * Formats a parsed file. {@code context} (from checking its budget) gives the framework order of
   * indicators; without it indicators keep their order.
   */
  public static String format(SourceUnit unit, java.util.function.ToIntFunction<ProjectItem.Indicator> order) {
    return new Formatter(unit, order).format();
  }

  private String format() {
    List<String> out = new ArrayList<>();
    int previousEnd = 0;
    List<Decl> decls = unit().declarations();
    for (Decl decl : decls) {
      leading(out, previousEnd, firstLine(decl), "");
      int id = ++statements;
      List<Line> lines = new ArrayList<>();
      decl(decl).forEach(line -> lines.add(line.statement() == 0 && !(decl instanceof Decl.Project || decl instanceof Decl.Budget) ? line.in(id) : line));
      emit(out, lines);
      previousEnd = lastLine(decl);
    }
    leading(out, previousEnd, file.lineCount() + 1, "");
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    return out.isEmpty() ? "" : String.join("\n", out) + "\n";
  }

  private final SourceUnit unitCache;
  private int statements;

  private SourceUnit unit() {
    return unitCache;
  }

  private int firstLine(Node node) {
    return file.line(node.span().start());
  }

  private int lastLine(Node node) {
    return file.line(Math.max(node.span().start(), node.span().end() - 1));
  }

  /** Comment lines and (collapsed) blank lines strictly between two source lines. */
  private void leading(List<String> out, int afterLine, int beforeLine, String indent) {
    boolean blank = false;
    for (int l = afterLine + 1; l < beforeLine && l <= file.lineCount(); l++) {
      String text = file.lineText(l);
      Comment c = comments.get(l);
      if (blank(text)) {
        blank = true;
      } else if (c != null && blank(text.substring(0, Math.min(text.length(), c.span().start() - file.lineStart(l))))) {
        if (blank && !out.isEmpty() && !out.get(out.size() - 1).isEmpty() && !out.get(out.size() - 1).endsWith("{")) {
          out.add("");
        }
        blank = false;
        out.add(indent + c.text().stripTrailing());
      }
    }
    if (blank && !out.isEmpty() && !out.get(out.size() - 1).isEmpty() && !out.get(out.size() - 1).endsWith("{")) {
      out.add("");
    }
  }

  /** Output lines with the end-of-line comments of their source lines, and interior comment lines. */
  private void emit(List<String> out, List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text();
      Comment trailing = comments.get(line.sourceLine());
      boolean ownLine = trailing != null && isOwnLine(trailing);
      // A source line printed as several lines (funds { … } on one line) gets its comment once, last.
      boolean lastOfSourceLine = i + 1 >= lines.size() || lines.get(i + 1).sourceLine() != line.sourceLine();
      if (trailing != null && !ownLine && lastOfSourceLine && !text.contains(trailing.text().stripTrailing())) {
        text = text + "  " + trailing.text().stripTrailing();
      }
      out.add(text);
      int next = i + 1 < lines.size() ? lines.get(i + 1).sourceLine() : line.sourceLine() + 1;
      boolean sameStatement = i + 1 < lines.size() && line.statement() != 0
          && lines.get(i + 1).statement() == line.statement();
      if (line.sourceLine() > 0 && next > line.sourceLine() + 1 && sameStatement) {
        String indent = i + 1 < lines.size() ? indentOf(lines.get(i + 1).text()) : indentOf(text);
        interior(out, line.sourceLine(), next, indent);
      }
    }
  }

  /** Comment lines inside a statement (between rows or strings) stay between the same lines. */
  private void interior(List<String> out, int afterLine, int beforeLine, String indent) {
    for (int l = afterLine + 1; l < beforeLine && l <= file.lineCount(); l++) {
      Comment c = comments.get(l);
      if (c != null && isOwnLine(c)) {
        out.add(indent + c.text().stripTrailing());
      }
    }
  }

  private boolean isOwnLine(Comment c) {
    int l = file.line(c.span().start());
    return blank(file.text().substring(file.lineStart(l), c.span().start()));
  }

  /**
   * Nothing but what the lexer skips: the grammar's white space (space, tab, U+3000, U+00A0),
   * line ends and byte-order marks. (Not {@link String#isBlank}: Java does not count U+00A0.)
   */
  public static boolean blank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u3000' && c != '\u00A0' && c != '\r' && c != '\n' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private static String indentOf(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return text.substring(0, i);
  }

  private List<Line> decl(Decl decl) {
    if (decl instanceof Decl.Project p) {
      return project(p);
    } else if (decl instanceof Decl.Budget b) {
      return budget(b);
    }
    return printer.verbatim(decl.span(), "");
  }

  private List<Line> budget(Decl.Budget b) {
    List<Line> lines = new ArrayList<>();
    // A year the parser did not accept (26, 1_000, full-width digits: JX0308) is kept as written:
    // its value is 0 in the tree, and printing that would change what the file says.
    String year = b.year() != 0 ? String.valueOf(b.year()) : file.slice(b.yearSpan());
    lines.add(new Line("budget " + Syntax.name(b.region().text()) + " " + year + " {", firstLine(b)));
    int previous = firstLine(b);
    for (BudgetItem item : b.items()) {
      lines.addAll(block(previous, firstLine(item), printer.budgetItem(item, "  ")));
      previous = lastLine(item);
    }
    lines.addAll(block(previous, lastLine(b), List.of()));
    lines.add(new Line("}", lastLine(b)));
    return withoutBlankEdges(lines);
  }

  /** No blank line right after an opening brace or right before the closing one. */
  private static List<Line> withoutBlankEdges(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines);
    while (out.size() > 2 && out.get(1).text().isEmpty()) {
      out.remove(1);
    }
    while (out.size() > 2 && out.get(out.size() - 2).text().isEmpty()) {
      out.remove(out.size() - 2);
    }
    return out;
  }

  private List<Line> project(Decl.Project p) {
    printer.allows(p.allows());
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("project " + Syntax.name(p.name().text()) + printer.allowFor(p.name().span()) + " {", firstLine(p)));
    List<List<Line>> blocks = new ArrayList<>();
    List<ProjectItem> items = p.items();
    int previous = firstLine(p);
    for (ProjectItem item : items) {
      blocks.add(block(previous, firstLine(item), printer.projectItem(item, "  ")));
      previous = lastLine(item);
    }
    reorderIndicators(items, blocks);
    blocks.forEach(lines::addAll);
    lines.addAll(block(previous, lastLine(p), List.of()));
    lines.add(new Line("}", lastLine(p)));
    return withoutBlankEdges(lines);
  }

  /**
   * A statement with what precedes it: blank lines and comment lines become lines tagged with
   * source line 0 and a negative marker, so that they travel with the statement when indicators
   * are put in framework order.
   */
  private List<Line> block(int afterLine, int beforeLine, List<Line> statement) {
    List<String> trivia = new ArrayList<>();
    trivia.add("statement");
    leading(trivia, afterLine, beforeLine, "  ");
    List<Line> out = new ArrayList<>();
    for (int i = 1; i < trivia.size(); i++) {
      out.add(new Line(trivia.get(i), 0));
    }
    int id = ++statements;
    statement.forEach(line -> out.add(line.in(id)));
    return out;
  }

  /** Indicators sorted stably by their place in the framework; everything else stays put. */
  private void reorderIndicators(List<ProjectItem> items, List<List<Line>> blocks) {
    if (order == null) {
      return;
    }
    List<Integer> slots = new ArrayList<>();
    List<List<Line>> indicatorBlocks = new ArrayList<>();
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof ProjectItem.Indicator indicator) {
        slots.add(i);
        indicatorBlocks.add(blocks.get(i));
        keys.add(order.applyAsInt(indicator));
      }
    }
    List<Integer> byOrder = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      byOrder.add(i);
    }
    byOrder.sort(java.util.Comparator.comparingInt(keys::get));
    for (int i = 0; i < slots.size(); i++) {
      blocks.set(slots.get(i), indicatorBlocks.get(byOrder.get(i)));
    }
  }
}
