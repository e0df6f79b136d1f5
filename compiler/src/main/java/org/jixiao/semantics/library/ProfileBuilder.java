package org.jixiao.semantics.library;

import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Hint;
import org.jixiao.diag.Severity;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProfileItem;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.UnitExpr;

/**
 * Turns one {@code profile} declaration into a {@link RuleProfile}: starts from the parent's spec
 * when it {@code extends} one, then applies each line. Every word with a fixed vocabulary (column
 * keys, field flags, severities, period forms) is checked here, with the words allowed.
 */
final class ProfileBuilder {
  private static final List<String> COLUMNS = List.of("term", "annual");
  private static final List<String> PERIOD_FORMS = List.of("duration", "range");
  private static final List<String> LIMITS = List.of("name", "unitfunds");
  /** The kinds of {@code score} line: 预算执行率's weight, a 一级's weight, a qualitative band, a grade. */
  private static final List<String> SCORE_KINDS = List.of("execution", "level", "band", "grade", "review", "deviation", "light", "total");
  private static final List<String> WORD_KINDS = List.of("total", "rate", "goods", "masks", "sections", "nonsections", "allocates", "counted", "levels", "causes");
  private static final List<String> SEVERITIES = List.of("error", "warning", "info", "off", "强制", "提示");

  private final Library library;
  private final SourceFile file;
  private final DiagnosticSink sink;

  ProfileBuilder(Library library, SourceFile file, DiagnosticSink sink) {
    this.library = library;
    this.file = file;
    this.sink = sink;
  }

  /** {@code parent} is the profile it extends, already built, or null. */
  RuleProfile build(Decl.Profile p, RuleProfile parent) {
    ProfileSpec spec = parent == null ? new ProfileSpec() : parent.spec();
    spec.title = p.title() == null ? p.name().text() : p.title().value();
    boolean hasFramework = parent != null && parent.frameworkName() != null;
    List<ProfileItem.Fixed> fixed = new ArrayList<>();
    for (ProfileItem item : p.items()) {
      if (item instanceof ProfileItem.FrameworkRef f) {
        hasFramework = true;
        IndicatorFramework fw = library.framework(f.name().text());
        if (fw == null) {
          unknown(DiagnosticCode.UNKNOWN_FRAMEWORK, f.name(), library.frameworkNames());
        }
        spec.frameworkName = fw == null ? null : fw.name();
      } else if (item instanceof ProfileItem.Source s) {
        spec.fresh("sources", spec.sources)
            .add(new RuleProfile.FundingSource(s.key().text(), s.label().value(), texts(s.aliases())));
      } else if (item instanceof ProfileItem.AttributeValue a) {
        spec.fresh("attributes", spec.attributes).add(attribute(a));
      } else if (item instanceof ProfileItem.Grades g) {
        g.values().forEach(t -> spec.grades.add(t.value()));
      } else if (item instanceof ProfileItem.Placeholders ph) {
        ph.values().forEach(t -> spec.placeholders.add(t.value()));
      } else if (item instanceof ProfileItem.Rule r) {
        rule(r, spec);
      } else if (item instanceof ProfileItem.Extends) {
        // Resolved by LibraryBuilder before this profile is built.
      } else if (item instanceof ProfileItem.Title t) {
        spec.titlePattern = t.pattern().value();
      } else if (item instanceof ProfileItem.Money m) {
        money(m, spec);
      } else if (item instanceof ProfileItem.FundsColumn c) {
        if (word(c.key(), COLUMNS)) {
          List<RuleProfile.FundsColumn> columns = spec.fresh("columns", spec.columns);
          if (columns.stream().anyMatch(old -> old.key().equals(c.key().text()))) {
            sink.report(Diagnostic.of(DiagnosticCode.NAME_DEFINED_TWICE, file, c.key().span(), c.key().text()));
          } else {
            columns.add(new RuleProfile.FundsColumn(c.key().text(), c.label().value()));
          }
        }
      } else if (item instanceof ProfileItem.Field f) {
        field(f, spec);
      } else if (item instanceof ProfileItem.PeriodForm pf) {
        if (word(pf.form(), PERIOD_FORMS)) {
          spec.periodForm = pf.form().text();
        }
      } else if (item instanceof ProfileItem.Weight w) {
        String level = w.level() == null ? null : w.level().text();
        BigDecimal high = w.high() == null ? w.low().value() : w.high().value();
        IndicatorFramework fw = spec.frameworkName == null ? null : library.framework(spec.frameworkName);
        if (level != null && fw != null && fw.level(org.jixiao.syntax.Normalize.key(level)) == null) {
          unknown(DiagnosticCode.UNKNOWN_LEVEL, w.level(), fw.levelSpellings());
        } else if (high.compareTo(w.low().value()) < 0) {
          sink.report(Diagnostic.of(DiagnosticCode.WEIGHT_RANGE_INVERTED, file, w.span(),
              file.slice(w.low().span()), file.slice(w.high().span())));
        } else {
          spec.weights.put(level == null ? "" : level, new RuleProfile.WeightRule(level, w.low().value(), high));
        }
      } else if (item instanceof ProfileItem.Score sc) {
        score(sc, spec);
      } else if (item instanceof ProfileItem.Limit l) {
        if (word(l.what(), LIMITS)) {
          spec.limits.put(l.what().text(), l.value().value());
        }
      } else if (item instanceof ProfileItem.Fixed f) {
        fixed.add(f); // resolved once the framework, attributes and fields are all known
      } else if (item instanceof ProfileItem.CostsColumn c) {
        costsColumn(c, spec);
      } else if (item instanceof ProfileItem.Words w) {
        if (word(w.kind(), WORD_KINDS)) {
          w.words().forEach(t -> spec.words.computeIfAbsent(w.kind().text(), k -> new java.util.LinkedHashSet<>()).add(t.value()));
        }
      } else if (item instanceof ProfileItem.Label l) {
        spec.labels.put(org.jixiao.syntax.Normalize.key(l.name().text()), l.label().value());
      } else if (item instanceof ProfileItem.LayoutRef l) {
        if (library.layout(l.name().text()) == null) {
          sink.report(Diagnostic.of(DiagnosticCode.UNKNOWN_LAYOUT, file, l.name().span(), l.name().text(),
              String.join("、", library.layoutNames())));
        } else if (l.form() == null) {
          spec.layoutName = l.name().text();
        } else if (word(l.form(), RuleProfile.LATER_FORMS)) {
          spec.formLayouts.put(l.form().text(), l.name().text());
        }
      } else if (item instanceof ProfileItem.Unknown u) {
        sink.report(
            Diagnostic.of(DiagnosticCode.UNKNOWN_KEYWORD, file, u.word().span(), u.word().text())
                .withHint(Hint.list("hint.keywords", List.of("extends", "title", "framework", "money", "column",
                    "source", "field", "attribute", "period", "grades", "placeholders", "words", "weight",
                    "limit", "costs", "fixed", "rule", "label", "layout", "score"))));
      }
    }
    // A failed extends is reported where it is; its missing framework would only echo it.
    boolean failedExtends = parent == null && p.items().stream().anyMatch(i -> i instanceof ProfileItem.Extends);
    if (!hasFramework && !failedExtends) {
      sink.report(
          Diagnostic.of(DiagnosticCode.REQUIRED_FIELD_MISSING, file, p.name().span(),
              "profile " + p.name().text(), "framework", "@field.framework", "@example.framework"));
    }
    new FixedLines(library, file, sink).apply(fixed, spec);
    FormField costs = spec.fields.get("costs");
    if (costs != null && costs.present() && spec.costColumns.isEmpty()) {
      sink.report(Diagnostic.of(DiagnosticCode.REQUIRED_FIELD_MISSING, file, p.name().span(),
          "profile " + p.name().text(), "costs", costs.label() == null ? "costs" : costs.label(), "@example.costColumn"));
    }
    fitsLayout(p, spec);
    return new RuleProfile(p.name().text(), spec);
  }

  /**
   * {@code costs "成本项目"} labels the items' column; {@code costs N "…"} adds the year N years
   * before the budget year, the first such line replacing the parent's columns. Each year once.
   */
  private void costsColumn(ProfileItem.CostsColumn c, ProfileSpec spec) {
    if (c.yearsBack() == null) {
      spec.costItemLabel = c.label().value();
      return;
    }
    BigDecimal back = c.yearsBack().value();
    if (back.stripTrailingZeros().scale() > 0 || back.compareTo(BigDecimal.valueOf(99)) > 0) {
      sink.report(Diagnostic.of(DiagnosticCode.UNKNOWN_KEYWORD, file, c.yearsBack().span(), file.slice(c.yearsBack().span()))
          .withHint(Hint.list("hint.keywords", List.of("0", "1", "2"))));
      return;
    }
    int years = back.intValueExact();
    List<RuleProfile.CostColumn> columns = spec.fresh("costColumns", spec.costColumns);
    if (columns.stream().anyMatch(old -> old.yearsBack() == years)) {
      sink.report(Diagnostic.of(DiagnosticCode.NAME_DEFINED_TWICE, file, c.yearsBack().span(), file.slice(c.yearsBack().span())));
    } else {
      columns.add(new RuleProfile.CostColumn(years, c.label().value()));
    }
  }

  /**
   * The layout the profile prints with (its own, or the stdlib's default) must hold its funding
   * columns, and its cost columns where the template has the cost table.
   */
  private void fitsLayout(Decl.Profile p, ProfileSpec spec) {
    String name = spec.layoutName == null ? RuleProfile.DEFAULT_LAYOUT : spec.layoutName;
    org.jixiao.layout.LayoutSpec layout = library.layout(name);
    String problem = layout == null ? null : org.jixiao.layout.LayoutReader.fundsFit(layout, spec.columns.size());
    FormField costs = spec.fields.get("costs");
    if (problem == null && layout != null && costs != null && costs.present()) {
      problem = org.jixiao.layout.LayoutReader.costsFit(layout, spec.costColumns.size());
    }
    if (problem != null) {
      sink.report(Diagnostic.of(DiagnosticCode.LAYOUT_MALFORMED, file, p.name().span(), name, problem));
    }
    knownFields(p, spec, name, layout, List.of());
    // A later form's rows may also name its own figures (the 总分 row's, the snapshot's date).
    spec.formLayouts.values().forEach(later -> knownFields(p, spec, later, library.layout(later), org.jixiao.layout.LaterForms.FIELDS));
  }

  /** Each field a layout's rows name is the language's (name, department…), the profile's, or one of {@code more}. */
  private void knownFields(Decl.Profile p, ProfileSpec spec, String name, org.jixiao.layout.LayoutSpec layout, List<String> more) {
    if (layout == null) {
      return;
    }
    for (String key : org.jixiao.layout.LayoutReader.fieldKeys(layout)) {
      if (!key.equals("name") && !BuiltinFields.PROJECT.contains(key) && !spec.fields.containsKey(key) && !more.contains(key)) {
        sink.report(Diagnostic.of(DiagnosticCode.LAYOUT_MALFORMED, file, p.name().span(), name, "@layout.unknownField"));
        return;
      }
    }
  }



  private RuleProfile.AttributeValue attribute(ProfileItem.AttributeValue a) {
    BigDecimal years = null;
    if (a.period() != null && a.period().unit() != null) {
      Unit unit = unitOf(a.period().unit());
      Unit year = library.unit("年");
      if (unit != null && year != null && unit.sameDimension(year)) {
        years = unit.amountIn(a.period().value(), year).toDecimalExact();
      }
    }
    return new RuleProfile.AttributeValue(a.key().text(), a.label().value(), years, a.atLeast(), a.open(), texts(a.aliases()));
  }

  private void money(ProfileItem.Money m, ProfileSpec spec) {
    Unit unit = library.unit(m.unit().text());
    Unit yuan = library.unit("元");
    if (unit == null) {
      unknown(DiagnosticCode.UNKNOWN_UNIT, m.unit(), library.unitNames());
      return;
    }
    if (yuan == null || !unit.sameDimension(yuan)) {
      sink.report(Diagnostic.of(DiagnosticCode.MONEY_UNIT_NOT_MONEY, file, m.unit().span(), org.jixiao.diag.Arg.unit(m.unit().text())));
      return;
    }
    Rational scale = unit.scale().dividedBy(yuan.scale());
    if (!powerOfTen(scale)) {
      // Printing in such a unit would need rounding: forms print 元 or 万元, never a third of one.
      sink.report(Diagnostic.of(DiagnosticCode.MONEY_UNIT_NOT_MONEY, file, m.unit().span(), org.jixiao.diag.Arg.unit(m.unit().text())));
      return;
    }
    spec.moneyUnit = m.unit().text();
    spec.moneyScale = scale;
    if (m.decimals() != null) {
      BigDecimal places = m.decimals().value();
      boolean whole = places.stripTrailingZeros().scale() <= 0;
      if (!whole || places.compareTo(BigDecimal.ZERO) < 0 || places.compareTo(BigDecimal.valueOf(6)) > 0) {
        sink.report(Diagnostic.of(DiagnosticCode.DECIMALS_OUT_OF_RANGE, file, m.decimals().span(), file.slice(m.decimals().span())));
      } else {
        spec.decimals = places.intValueExact();
      }
    }
  }

  /** 10ⁿ or 10⁻ⁿ: amounts convert to and from 元 exactly in decimals. */
  private static boolean powerOfTen(Rational r) {
    java.math.BigInteger ten = java.math.BigInteger.TEN;
    java.math.BigInteger n = r.numerator().equals(java.math.BigInteger.ONE) ? r.denominator() : r.numerator();
    if (!r.numerator().equals(java.math.BigInteger.ONE) && !r.denominator().equals(java.math.BigInteger.ONE)) {
      return false;
    }
    while (n.compareTo(java.math.BigInteger.ONE) > 0 && n.mod(ten).signum() == 0) {
      n = n.divide(ten);
    }
    return n.equals(java.math.BigInteger.ONE);
  }

  private void field(ProfileItem.Field f, ProfileSpec spec) {
    FormField old = spec.fields.get(f.key().text());
    String label = f.label() != null ? f.label().value() : old == null ? null : old.label();
    // A line with flags states them all (field department "预算单位" required: no code); one without
    // flags changes only the label or the values.
    boolean keep = f.flags().isEmpty() && old != null;
    FormField.Presence presence = keep ? old.presence() : FormField.Presence.OPTIONAL;
    boolean coded = keep && old.coded();
    for (Name flag : f.flags()) {
      switch (flag.text()) {
        case "required" -> presence = FormField.Presence.REQUIRED;
        case "optional" -> presence = FormField.Presence.OPTIONAL;
        case "absent" -> presence = FormField.Presence.ABSENT;
        case "coded" -> coded = true;
        default -> { }
      }
    }
    List<String> values = f.values().isEmpty() && old != null ? old.values() : texts(f.values());
    spec.fields.put(f.key().text(), new FormField(f.key().text(), label, presence, coded, values));
  }

  private void rule(ProfileItem.Rule r, ProfileSpec spec) {
    DiagnosticCode code = DiagnosticCode.byCode(r.code().text()).orElse(null);
    if (code == null) {
      sink.report(Diagnostic.of(DiagnosticCode.UNKNOWN_KEYWORD, file, r.code().span(), r.code().text()));
      return;
    }
    if (!word(r.severity(), SEVERITIES)) {
      return;
    }
    RuleProfile.Setting setting = switch (r.severity().text()) {
      case "off" -> new RuleProfile.Setting(null, true);
      case "强制" -> new RuleProfile.Setting(Severity.ERROR, false);
      case "提示" -> new RuleProfile.Setting(Severity.WARNING, false);
      default -> new RuleProfile.Setting(Severity.valueOf(r.severity().text().toUpperCase(Locale.ROOT)), false);
    };
    spec.rules.put(code, setting);
  }

  /** True when {@code name} is one of {@code allowed}; otherwise reports it with the list. */
  /** A {@code score} line: its kind known, a label where the kind names something, a band that is not upside down. */
  private void score(ProfileItem.Score sc, ProfileSpec spec) {
    if (!word(sc.kind(), SCORE_KINDS)) {
      return;
    }
    String kind = sc.kind().text();
    String label = sc.label() == null ? "" : sc.label().text();
    BigDecimal high = sc.high() == null ? sc.low().value() : sc.high().value();
    if (high.compareTo(sc.low().value()) < 0) {
      sink.report(Diagnostic.of(DiagnosticCode.WEIGHT_RANGE_INVERTED, file, sc.span(),
          file.slice(sc.low().span()), file.slice(sc.high().span())));
      return;
    }
    IndicatorFramework fw = spec.frameworkName == null ? null : library.framework(spec.frameworkName);
    if (kind.equals("level") && fw != null && fw.level(org.jixiao.syntax.Normalize.key(label)) == null) {
      unknown(DiagnosticCode.UNKNOWN_LEVEL, sc.label() == null ? sc.kind() : sc.label(), fw.levelSpellings());
      return;
    }
    spec.scores.put(kind + "\u0000" + label, new RuleProfile.ScoreRule(kind, label, sc.low().value(), high));
  }

  private boolean word(Name name, List<String> allowed) {
    if (allowed.contains(name.text())) {
      return true;
    }
    sink.report(
        Diagnostic.of(DiagnosticCode.UNKNOWN_KEYWORD, file, name.span(), name.text())
            .withHint(Hint.list("hint.keywords", List.copyOf(allowed))));
    return false;
  }

  private void unknown(DiagnosticCode code, Name name, List<String> known) {
    LibraryBuilder.report(sink, code, file, name, known);
  }

  private Unit unitOf(UnitExpr expr) {
    Unit result = Unit.ONE;
    for (UnitExpr.Factor f : expr.factors()) {
      Unit u = library.unit(f.name());
      if (u == null) {
        return null;
      }
      result = result.times(u.pow(f.exponent()));
    }
    return result;
  }

  static List<String> texts(List<Name> names) {
    List<String> out = new ArrayList<>();
    names.forEach(n -> out.add(n.text()));
    return out;
  }
}
