package org.jixiao.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Node;
import org.jixiao.syntax.ProjectItem;

/**
 * What of a project the form rules may read, given the syntax errors the parser reported inside
 * it. A check of one line (or of two lines side by side) reads the lines without a syntax error on
 * them; a check of what is missing, or of a total over lines, needs every line ({@link #whole}): a
 * line the parser had to drop or cut short looks like no money or no indicator, and the check
 * would report an echo of the syntax error. So the form being typed keeps its content diagnostics
 * everywhere but on the line being typed.
 *
 * <p>An error belongs to a line by line number, not by span: the parser reports a line that stops
 * short ({@code indicator 数量.补助人数 >=}) at the newline after it, outside the item's span.
 */
public final class ReadableLines {
  private final boolean whole;
  private final List<ProjectItem> intact;
  private final Set<ProjectItem> broken;
  private final List<ProjectItem> all;
  private final boolean lineLost;

  private ReadableLines(boolean whole, List<ProjectItem> all, List<ProjectItem> intact, Set<ProjectItem> broken,
      boolean lineLost) {
    this.whole = whole;
    this.lineLost = lineLost;
    this.all = all;
    this.intact = intact;
    this.broken = broken;
  }

  /** The lines of {@code pf}, with the spans of its file's syntax errors (JX02xx). */
  static ReadableLines of(ProjectFile pf, List<Span> syntaxErrors) {
    SourceFile file = pf.file();
    List<Integer> errorLines = new ArrayList<>();
    for (Span error : syntaxErrors) {
      if (pf.project().span().contains(error)) {
        errorLines.add(file.line(error.start()));
      }
    }
    // Recovery can end a project before its closing brace and read its last lines as something
    // else, outside it: such a project has lost lines, wherever the error is.
    int end = pf.project().span().end();
    boolean closed = end > 0 && (file.text().charAt(end - 1) == '}' || file.text().charAt(end - 1) == '｝');
    if (errorLines.isEmpty() && closed) {
      return new ReadableLines(true, pf.project().items(), pf.project().items(), Set.of(), false);
    }
    List<ProjectItem> intact = new ArrayList<>();
    Set<ProjectItem> broken = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Integer> unclaimed = new java.util.HashSet<>(errorLines);
    for (ProjectItem item : pf.project().items()) {
      int first = file.line(item.span().start());
      int last = file.line(item.span().end());
      if (errorLines.stream().anyMatch(line -> line >= first && line <= last)) {
        broken.add(item);
        unclaimed.removeIf(line -> line >= first && line <= last);
      } else {
        intact.add(item);
      }
    }
    return new ReadableLines(false, pf.project().items(), List.copyOf(intact), broken, !unclaimed.isEmpty() || !closed);
  }

  /** True when the parser reported nothing inside the project: every line was read as written. */
  public boolean whole() {
    return whole;
  }

  /**
   * True when a syntax error is on a line the parser built no item from: that line could have
   * been any field, so none is reported missing.
   */
  public boolean lineLost() {
    return lineLost;
  }

  /** The project's lines with no syntax error on them, in order. */
  public List<ProjectItem> items() {
    return intact;
  }

  /** Whether a line of the project (or a node of one) may be read: no syntax error on it. */
  public boolean intact(Node item) {
    return !broken.contains(item);
  }

  /**
   * The project's first line of a kind when it may be read; null when there is none or the first
   * one has a syntax error on it (a later one is not what the form means).
   */
  public <T extends ProjectItem> T first(Class<T> type) {
    for (ProjectItem item : all) {
      if (type.isInstance(item)) {
        return broken.contains(item) ? null : type.cast(item);
      }
    }
    return null;
  }
}
