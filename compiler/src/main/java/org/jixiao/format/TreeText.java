package org.jixiao.format;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jixiao.source.Span;
import org.jixiao.syntax.UnitExpr;

/**
 * A syntax tree as text without its spans, so that two trees can be compared for meaning: a
 * formatted file must have the same tree as the original ({@link FormatGuard}). By reflection over
 * the tree's records, so that a field added to the tree is compared without anyone remembering to.
 */
public final class TreeText {
  private TreeText() {}

  public static String of(Object value) {
    StringBuilder b = new StringBuilder();
    append(b, value);
    return b.toString();
  }

  private static void append(StringBuilder b, Object value) {
    if (value instanceof List<?> list) {
      b.append('[');
      for (Object item : list) {
        append(b, item);
        b.append(',');
      }
      b.append(']');
    } else if (value instanceof Span) {
      b.append('_');
    } else if (value instanceof UnitExpr.Factor f) {
      // A unit's word as the library looks it up: fmt writes full-width forms as ASCII (１年 → 1年).
      b.append("Factor(").append(org.jixiao.syntax.Normalize.key(f.name())).append('^').append(f.exponent()).append(')');
    } else if (value != null && value.getClass().isRecord()) {
      b.append(value.getClass().getSimpleName()).append('(');
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        if (skip(value, c)) {
          continue;
        }
        b.append(c.getName()).append('=');
        try {
          append(b, c.getAccessor().invoke(value));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        b.append(' ');
      }
      b.append(')');
    } else {
      b.append(value);
    }
  }

  /**
   * Spellings that the formatter normalises on purpose (raw numbers, unit spellings, a filing
   * date or a weight as typed); each sits beside the value it spells, which is compared.
   */
  private static boolean skip(Object owner, RecordComponent c) {
    String name = c.getName();
    return name.equals("numberText") || (owner instanceof UnitExpr && name.equals("spelling"))
        || (owner instanceof org.jixiao.syntax.ProjectItem.Filed && name.equals("raw"))
        || (owner instanceof org.jixiao.syntax.IndicatorParts.Weight && name.equals("written"));
  }
}
