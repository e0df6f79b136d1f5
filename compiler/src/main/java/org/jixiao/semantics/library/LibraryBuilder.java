package org.jixiao.semantics.library;

import org.jixiao.semantics.units.Dimension;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Hint;
import org.jixiao.diag.Severity;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.Normalize;
import org.jixiao.syntax.ProfileItem;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.UnitExpr;

/**
 * Turns {@code dimension}, {@code unit}, {@code counter}, {@code prefix}, {@code framework} and
 * {@code profile} declarations into a {@link Library}. Units may refer to units declared later in
 * any file, so they are resolved after all declarations are collected.
 */
public final class LibraryBuilder {
  /** The most digits a unit's scale (or its reciprocal) may have: 亿 × 亿 … is far below. */
  static final int MAX_SCALE_DIGITS = 60;
  private static final int MAX_SCALE_BITS = (int) Math.ceil(MAX_SCALE_DIGITS * Math.log(10) / Math.log(2));

  private final Library library;
  private final Map<String, PendingUnit> pending = new LinkedHashMap<>();
  private final List<PendingProfile> pendingProfiles = new ArrayList<>();

  private record PendingUnit(Decl.Unit decl, SourceFile file, DiagnosticSink sink) {}

  private record PendingProfile(Decl.Profile decl, SourceFile file, DiagnosticSink sink) {}

  /** True for the stdlib's builder: its profiles are built on first use (see {@link ProfileEntry}). */
  private final boolean profilesOnFirstUse;

  /** Starts from a copy of {@code base} (the stdlib), or from nothing. */
  public LibraryBuilder(Library base) {
    this(base, false);
  }

  private LibraryBuilder(Library base, boolean profilesOnFirstUse) {
    this.library = base == null ? new Library() : base.copy();
    this.profilesOnFirstUse = profilesOnFirstUse;
  }

  /**
   * The stdlib's builder: its profiles are built when first asked for, and a mistake found then
   * is a broken stdlib (an exception). {@code StdlibTest} builds them all eagerly, with
   * {@link #LibraryBuilder(Library)}, and holds that none has a mistake.
   */
  static LibraryBuilder forStdlib() {
    return new LibraryBuilder(null, true);
  }

  public void add(List<Decl> decls, SourceFile file, DiagnosticSink sink) {
    for (Decl decl : decls) {
      if (decl instanceof Decl.Dimension d) {
        define(library.dimensions, Definition.Kind.DIMENSION, d.name(), d.name().text(), file, sink);
      } else if (decl instanceof Decl.Unit u) {
        addUnit(u, file, sink);
      } else if (decl instanceof Decl.Counter c) {
        for (Name n : c.names()) {
          if (define(library.dimensions, Definition.Kind.DIMENSION, n, n.text(), file, sink)) {
            library.definitions.record(Definition.Kind.COUNTER, n, file);
            library.counters.add(n.text());
            library.baseUnits.putIfAbsent(n.text(), n.text());
            putUnit(n, new Unit(Rational.ONE, Dimension.base(n.text())), file, sink);
          }
        }
      } else if (decl instanceof Decl.Prefix p) {
        if (p.factor().signum() <= 0) {
          sink.report(Diagnostic.of(DiagnosticCode.SCALE_NOT_POSITIVE, file, p.span(), p.name().text()));
        } else {
          define(library.prefixes, Definition.Kind.PREFIX, p.name(), Rational.of(p.factor()), file, sink);
        }
      } else if (decl instanceof Decl.Framework f) {
        if (define(library.frameworks, Definition.Kind.FRAMEWORK, f.name(), framework(f, file, sink), file, sink)) {
          recordLevelsAndCategories(f, file);
        }
      } else if (decl instanceof Decl.Layout l) {
        org.jixiao.layout.LayoutSpec spec = org.jixiao.layout.LayoutReader.read(l, file, sink);
        if (spec != null) {
          define(library.layouts, Definition.Kind.LAYOUT, l.name(), spec, file, sink);
        }
      } else if (decl instanceof Decl.Profile p) {
        pendingProfiles.add(new PendingProfile(p, file, sink));
      }
    }
  }

  public Library build() {
    for (PendingUnit u : new ArrayList<>(pending.values())) {
      resolveUnit(Normalize.key(u.decl.name().text()), new HashSet<>());
    }
    Map<String, PendingProfile> byName = new LinkedHashMap<>();
    for (PendingProfile p : pendingProfiles) {
      if (library.profiles.containsKey(p.decl.name().key()) || byName.containsKey(p.decl.name().key())) {
        p.sink.report(Diagnostic.of(DiagnosticCode.NAME_DEFINED_TWICE, p.file, p.decl.name().span(), p.decl.name().text()));
      } else {
        byName.put(p.decl.name().key(), p);
        library.definitions.record(Definition.Kind.PROFILE, p.decl.name(), p.file);
      }
    }
    for (PendingProfile p : byName.values()) {
      if (profilesOnFirstUse) {
        library.profiles.put(p.decl.name().key(), ProfileEntry.onFirstUse(p.decl.name().text(), () -> buildOnFirstUse(p)));
      } else {
        buildProfile(p, byName, new ArrayList<>());
      }
    }
    return library;
  }

  /** A stdlib profile asked for: its parent from its own entry (built once), then itself. */
  private RuleProfile buildOnFirstUse(PendingProfile p) {
    RuleProfile parent = null;
    for (ProfileItem item : p.decl.items()) {
      if (item instanceof ProfileItem.Extends e && library.profiles.containsKey(e.parent().key())) {
        parent = library.profiles.get(e.parent().key()).get();
      }
    }
    DiagnosticSink sink = new DiagnosticSink();
    RuleProfile profile = new ProfileBuilder(library, p.file, sink).build(p.decl, parent);
    List<Diagnostic> problems = sink.sorted();
    if (!problems.isEmpty()) {
      Diagnostic first = problems.get(0);
      throw new IllegalStateException("stdlib profile " + p.decl.name().text() + " is broken: "
          + first.code().code() + " at " + first.file() + ":" + first.line() + " " + first.argKeys());
    }
    return profile;
  }

  /**
   * Builds a profile after the one it extends (stdlib or this folder's), in any order of
   * declaration; a cycle is reported at the {@code extends} that closes it.
   */
  private RuleProfile buildProfile(PendingProfile p, Map<String, PendingProfile> byName, List<String> visiting) {
    String key = p.decl.name().key();
    ProfileEntry done = library.profiles.get(key);
    if (done != null) {
      return done.get();
    }
    visiting.add(key);
    RuleProfile parent = null;
    for (ProfileItem item : p.decl.items()) {
      if (item instanceof ProfileItem.Extends e) {
        String parentKey = e.parent().key();
        if (visiting.contains(parentKey)) {
          p.sink.report(Diagnostic.of(DiagnosticCode.PROFILE_EXTENDS_ITSELF, p.file, e.parent().span(), e.parent().text()));
        } else if (byName.containsKey(parentKey)) {
          parent = buildProfile(byName.get(parentKey), byName, visiting);
        } else if (library.profiles.containsKey(parentKey)) {
          parent = library.profiles.get(parentKey).get();
        } else {
          report(p.sink, DiagnosticCode.UNKNOWN_PROFILE, p.file, e.parent(), library.profileNames());
        }
      }
    }
    visiting.remove(key);
    RuleProfile profile = new ProfileBuilder(library, p.file, p.sink).build(p.decl, parent);
    library.profiles.put(key, ProfileEntry.built(profile));
    return profile;
  }

  private void addUnit(Decl.Unit u, SourceFile file, DiagnosticSink sink) {
    String key = Normalize.key(u.name().text());
    if (library.units.containsKey(key) || pending.containsKey(key)) {
      sink.report(Diagnostic.of(DiagnosticCode.NAME_DEFINED_TWICE, file, u.name().span(), u.name().text()));
      return;
    }
    if (u.dimension() != null) {
      if (!library.hasDimension(u.dimension().text())) {
        sink.report(
            Diagnostic.of(DiagnosticCode.UNKNOWN_DIMENSION, file, u.dimension().span(), u.dimension().text()));
        return;
      }
      Unit unit = new Unit(Rational.ONE, Dimension.base(u.dimension().text()));
      library.baseUnits.putIfAbsent(u.dimension().text(), u.name().text());
      putUnit(u.name(), unit, file, sink);
      u.aliases().forEach(a -> putUnit(a, unit, file, sink));
      return;
    }
    if (u.scale().numerator().signum() <= 0) {
      sink.report(Diagnostic.of(DiagnosticCode.SCALE_NOT_POSITIVE, file, u.scale().span(), u.name().text()));
      return;
    }
    pending.put(key, new PendingUnit(u, file, sink));
  }

  private Unit resolveUnit(String key, Set<String> visiting) {
    Unit known = library.units.get(key);
    if (known != null) {
      return known;
    }
    PendingUnit p = pending.get(key);
    if (p == null || !visiting.add(key)) {
      return null;
    }
    Decl.Unit u = p.decl;
    Rational scale = new Rational(u.scale().numerator(), u.scale().denominator());
    Unit base = Unit.ONE;
    if (u.base() != null) {
      for (UnitExpr.Factor f : u.base().factors()) {
        Unit factor = resolveUnit(Normalize.key(f.name()), visiting);
        if (factor == null) {
          factor = library.unit(f.name());
        }
        if (factor == null) {
          p.sink.report(Diagnostic.of(DiagnosticCode.UNKNOWN_UNIT, p.file, f.span(), f.name()));
          pending.remove(key);
          return null;
        }
        base = base.times(factor.pow(f.exponent()));
      }
    }
    Unit unit = new Unit(scale.times(base.scale()), base.dimension());
    pending.remove(key);
    if (unit.scale().numerator().bitLength() > MAX_SCALE_BITS || unit.scale().denominator().bitLength() > MAX_SCALE_BITS) {
      // Units built on units, each with a 36-digit scale, would make every later conversion a
      // multiplication of thousands of digits: refused where declared, with its size.
      p.sink.report(Diagnostic.of(DiagnosticCode.SCALE_TOO_LARGE, p.file, u.name().span(), u.name().text(),
          String.valueOf(MAX_SCALE_DIGITS)));
      return null;
    }
    putUnit(u.name(), unit, p.file, p.sink);
    u.aliases().forEach(a -> putUnit(a, unit, p.file, p.sink));
    return unit;
  }

  private void putUnit(Name name, Unit unit, SourceFile file, DiagnosticSink sink) {
    String key = Normalize.key(name.text());
    if (library.units.containsKey(key)) {
      sink.report(Diagnostic.of(DiagnosticCode.NAME_DEFINED_TWICE, file, name.span(), name.text()));
      return;
    }
    library.units.put(key, unit);
    library.unitSpellings.put(key, name.text());
    library.definitions.record(Definition.Kind.UNIT, name, file);
  }

  /** Puts a newly declared name into its table and records where; false (reported) when it was already there. */
  private <T> boolean define(
      Map<String, T> table, Definition.Kind kind, Name name, T value, SourceFile file, DiagnosticSink sink) {
    String key = Normalize.key(name.text());
    if (table.containsKey(key)) {
      sink.report(Diagnostic.of(DiagnosticCode.NAME_DEFINED_TWICE, file, name.span(), name.text()));
      return false;
    }
    table.put(key, value);
    library.definitions.record(kind, name, file);
    return true;
  }

  /**
   * Every spelling of a framework's levels and categories (full name, short name, aliases), each
   * where it is written, so that {@code 数量} in {@code indicator 数量.补助人数} goes to {@code short 数量}.
   */
  private void recordLevelsAndCategories(Decl.Framework f, SourceFile file) {
    String framework = f.name().text();
    for (Decl.Level l : f.levels()) {
      for (Name spelling : spellings(l.name(), l.shortName(), l.aliases())) {
        library.definitions.recordWithin(Definition.Kind.LEVEL, framework, spelling, file);
      }
      for (Decl.Category c : l.categories()) {
        for (Name spelling : spellings(c.name(), c.shortName(), c.aliases())) {
          library.definitions.recordWithin(Definition.Kind.CATEGORY, framework, spelling, file);
        }
      }
    }
  }

  private static List<Name> spellings(Name name, Name shortName, List<Name> aliases) {
    List<Name> out = new ArrayList<>();
    out.add(name);
    if (shortName != null) {
      out.add(shortName);
    }
    out.addAll(aliases);
    return out;
  }

  /** A role word of a framework; null (and reported) when it names no role. */
  private static Roles role(Name word, SourceFile file, DiagnosticSink sink) {
    if (word == null) {
      return null;
    }
    Roles role = Roles.byKey(word.text());
    if (role == null) {
      sink.report(
          Diagnostic.of(DiagnosticCode.UNKNOWN_KEYWORD, file, word.span(), word.text())
              .withHint(Hint.list("hint.keywords", List.copyOf(Roles.keys()))));
    }
    return role;
  }

  private static IndicatorFramework framework(Decl.Framework f, SourceFile file, DiagnosticSink sink) {
    List<IndicatorFramework.Level> levels = new ArrayList<>();
    for (Decl.Level l : f.levels()) {
      List<IndicatorFramework.Category> categories = new ArrayList<>();
      for (Decl.Category c : l.categories()) {
        categories.add(
            new IndicatorFramework.Category(
                c.name().text(), text(c.shortName()), role(c.role(), file, sink), ProfileBuilder.texts(c.aliases()),
                l.name().text()));
      }
      levels.add(
          new IndicatorFramework.Level(
              l.name().text(), text(l.shortName()), role(l.requires(), file, sink), ProfileBuilder.texts(l.aliases()),
              categories));
    }
    return new IndicatorFramework(f.name().text(), f.title() == null ? f.name().text() : f.title().value(), levels);
  }

  /** An unknown name, with the closest known one or the list of known ones. */
  static void report(
      DiagnosticSink sink, DiagnosticCode code, SourceFile file, Name name, List<String> known) {
    Diagnostic d = Diagnostic.of(code, file, name.span(), name.text());
    sink.report(Suggest.withSuggestion(d, name.text(), known, Hint.list("hint.known", known)));
  }

  private static String text(Name name) {
    return name == null ? null : name.text();
  }

}
