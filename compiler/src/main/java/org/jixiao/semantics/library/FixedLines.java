package org.jixiao.semantics.library;

import org.jixiao.semantics.units.Unit;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Hint;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.Normalize;
import org.jixiao.syntax.ProfileItem;
import org.jixiao.syntax.Target;
import org.jixiao.syntax.UnitExpr;

/**
 * The {@code fixed} lines of one profile, once its other lines are applied (the framework, the
 * attributes and the fields they name may come later in the profile, or from its parent): each
 * names a category of the framework, a unit the library knows, and a scope the template has.
 * What resolves becomes a {@link RuleProfile.FixedIndicator}; what does not is reported on the
 * line, as the same mistake in a form would be.
 */
final class FixedLines {
  private final Library library;
  private final SourceFile file;
  private final DiagnosticSink sink;

  FixedLines(Library library, SourceFile file, DiagnosticSink sink) {
    this.library = library;
    this.file = file;
    this.sink = sink;
  }

  void apply(List<ProfileItem.Fixed> lines, ProfileSpec spec) {
    IndicatorFramework fw = spec.frameworkName == null ? null : library.framework(spec.frameworkName);
    if (fw == null) {
      return; // no framework: reported on the profile (JX0106, JX0303)
    }
    for (ProfileItem.Fixed line : lines) {
      IndicatorFramework.Category category = category(line, fw);
      Unit unit = unit(line.target());
      boolean unitOk = !(line.target() instanceof Target.Quantity q) || q.unit() == null || unit != null;
      String scopeValue = line.scope() == null ? null : scope(line, spec);
      if (category == null || !unitOk || (line.scope() != null && scopeValue == null)) {
        continue;
      }
      String name = line.path().get(line.path().size() - 1).text();
      List<String> path = new ArrayList<>();
      line.path().forEach(n -> path.add(n.text()));
      String scope = line.scope() == null ? null : line.scope().text();
      RuleProfile.SourceLine at = new RuleProfile.SourceLine(file.displayName(), file.line(line.span().start()),
          file.slice(line.span()).strip());
      spec.fixed.put(category.name() + "\u0000" + Normalize.key(name) + "\u0000" + scope + "\u0000" + scopeValue,
          new RuleProfile.FixedIndicator(category.name(), name, line.target(), unit, scope, scopeValue,
              String.join(".", path), shown(line.target(), file), at));
    }
  }

  /** A target as messages quote it: as written, a text without its quotes. */
  static String shown(Target target, SourceFile file) {
    return target instanceof Target.Qualitative q ? q.text() : org.jixiao.syntax.CanonicalText.target(target);
  }

  /** The category the path names, checked as an indicator line's is (JX0101, JX0110, JX0108). */
  private IndicatorFramework.Category category(ProfileItem.Fixed line, IndicatorFramework fw) {
    Name written = line.path().get(line.path().size() - 2);
    IndicatorFramework.Category category = fw.category(written.key());
    if (category == null) {
      Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_CATEGORY, file, written.span(), written.text(), fw.title());
      String suggestion = Suggest.closest(written.text(), fw.categorySpellings());
      sink.report(suggestion == null ? d : d.withHint(Hint.of("hint.didYouMean", suggestion)));
      return null;
    }
    if (line.path().size() == 3) {
      Name levelName = line.path().get(0);
      IndicatorFramework.Level level = fw.level(levelName.key());
      if (level == null) {
        LibraryBuilder.report(sink, DiagnosticCode.UNKNOWN_LEVEL, file, levelName, fw.levelSpellings());
        return null;
      }
      if (!level.name().equals(category.level())) {
        sink.report(Diagnostic.of(DiagnosticCode.CATEGORY_NOT_IN_LEVEL, file, levelName.span().union(written.span()),
            levelName.text(), written.text(), fw.title(), category.level()));
        return null;
      }
    }
    return category;
  }

  /** The target's unit; null when it has none or a part is unknown (reported, JX0102). */
  private Unit unit(Target target) {
    if (!(target instanceof Target.Quantity q) || q.unit() == null) {
      return null;
    }
    Unit result = Unit.ONE;
    for (UnitExpr.Factor f : q.unit().factors()) {
      Unit u = library.unit(f.name());
      if (u == null) {
        LibraryBuilder.report(sink, DiagnosticCode.UNKNOWN_UNIT, file, new Name(f.name(), f.span()), library.unitNames());
        return null;
      }
      result = result.times(u.pow(f.exponent()));
    }
    return result;
  }

  /**
   * {@code for attribute 经常性}: the attribute's key (JX0103 when the template has no such value);
   * {@code for 项目类型 新增}: a field the template declares, with a value it allows (JX0301, JX0311).
   */
  private String scope(ProfileItem.Fixed line, ProfileSpec spec) {
    Name key = line.scope();
    Name value = line.scopeValue();
    if (key.text().equals("attribute")) {
      for (RuleProfile.AttributeValue a : spec.attributes) {
        List<String> spellings = new ArrayList<>(a.aliases());
        spellings.add(a.key());
        spellings.add(a.label());
        if (spellings.stream().anyMatch(s -> Normalize.key(s).equals(value.key()))) {
          return a.key();
        }
      }
      List<String> known = new ArrayList<>();
      spec.attributes.forEach(a -> known.add(a.key()));
      LibraryBuilder.report(sink, DiagnosticCode.UNKNOWN_ATTRIBUTE, file, value, known);
      return null;
    }
    FormField field = spec.fields.get(key.text());
    if (field == null || !field.present() || BuiltinFields.isBuiltin(field.key())) {
      List<String> known = new ArrayList<>(spec.attributes.isEmpty() ? List.of() : List.of("attribute"));
      // The template's own fields (name and term are the language's, not a project's values).
      spec.fields.values().stream()
          .filter(f -> f.present() && !BuiltinFields.isBuiltin(f.key()) && !f.key().equals("name") && !f.key().equals("term"))
          .forEach(f -> known.add(f.key()));
      sink.report(Suggest.unknownKeyword(file, key, known));
      return null;
    }
    if (!field.values().isEmpty() && !field.values().contains(value.text())) {
      sink.report(Diagnostic.of(DiagnosticCode.VALUE_NOT_IN_FIELD_LIST, file, value.span(), value.text(),
          field.label() == null ? field.key() : field.label(), String.join("、", field.values())));
      return null;
    }
    return value.text();
  }
}
