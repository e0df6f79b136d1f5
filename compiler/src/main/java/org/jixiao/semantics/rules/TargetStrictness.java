package org.jixiao.semantics.rules;

import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.Normalize;
import org.jixiao.syntax.Target;

/**
 * Whether a written target is at least as strict as a locked one: the same kind of target, the
 * same direction, and a bound on the locked side of it. {@code >= 95%} holds {@code >= 90%};
 * {@code >= 85%}, {@code <= 90%} and {@code = 88%} do not. A quantity is compared in base units
 * (a locked {@code 1 万元} holds a written {@code <= 8000 元}); a qualitative target only by its
 * text. Exact, in rationals.
 */
final class TargetStrictness {
  private TargetStrictness() {}

  static boolean holds(Target locked, Unit lockedUnit, Target written, Unit writtenUnit) {
    if (locked instanceof Target.Quantity l && written instanceof Target.Quantity w) {
      boolean bothUnitless = l.unit() == null && w.unit() == null;
      if (!bothUnitless && (lockedUnit == null || writtenUnit == null || !lockedUnit.sameDimension(writtenUnit))) {
        return false;
      }
      Rational lv = bothUnitless ? Rational.of(l.value()) : Rational.of(l.value()).times(lockedUnit.scale());
      Rational wv = bothUnitless ? Rational.of(w.value()) : Rational.of(w.value()).times(writtenUnit.scale());
      return bound(l.comparator(), w.comparator(), wv.compareTo(lv));
    }
    if (locked instanceof Target.Deadline l && written instanceof Target.Deadline w) {
      return bound(l.comparator(), w.comparator(), w.date().compareTo(l.date()));
    }
    if (locked instanceof Target.Qualitative l && written instanceof Target.Qualitative w) {
      return l.comparator() == w.comparator() && Normalize.key(l.text()).equals(Normalize.key(w.text()));
    }
    return false;
  }

  /**
   * A written comparator and bound against a locked one; {@code order} compares the written bound
   * with the locked one. A floor may rise, a ceiling may fall; an exact value stays exact.
   */
  private static boolean bound(Comparator locked, Comparator written, int order) {
    return switch (locked) {
      case GE -> (written == Comparator.GE || written == Comparator.GT || written == Comparator.EQ) && order >= 0;
      case GT -> written == Comparator.GT ? order >= 0
          : (written == Comparator.GE || written == Comparator.EQ) && order > 0;
      case LE -> (written == Comparator.LE || written == Comparator.LT || written == Comparator.EQ) && order <= 0;
      case LT -> written == Comparator.LT ? order <= 0
          : (written == Comparator.LE || written == Comparator.EQ) && order < 0;
      case EQ -> written == Comparator.EQ && order == 0;
    };
  }
}
