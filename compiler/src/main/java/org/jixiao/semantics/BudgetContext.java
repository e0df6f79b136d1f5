package org.jixiao.semantics;

import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.resolve.Resolution;
import org.jixiao.semantics.units.PeriodRanges;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Severity;
import org.jixiao.syntax.Allow;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Decl;
import org.jixiao.source.SourceFile;

/**
 * What the passes over one budget share: its projects, its library and profile, the side tables,
 * and where to report. A diagnostic goes to the sink of the file it points into.
 */
public final class BudgetContext {
  private final Decl.Budget budget;
  private final SourceFile budgetFile;
  private final List<ProjectFile> projects;
  private final Library library;
  private final RuleProfile profile;
  private final IndicatorFramework framework;
  private final Resolution resolution = new Resolution();
  private final Map<SourceFile, DiagnosticSink> sinks;

  /** Whose diagnostics are shown: the form rules run on these files' projects only. */
  private final java.util.function.Predicate<SourceFile> shown;

  /**
   * For a check whose diagnostics are shown for some files only ({@code jixiao check one-form.jx},
   * an editor's open file): the budget-wide passes still see every project (names, totals,
   * ceilings), the per-project rules run on the shown files' projects alone.
   *
   * @param syntaxErrors the spans of each file's syntax errors (JX02xx, found by the parser)
   */
  public BudgetContext(
      Decl.Budget budget,
      SourceFile budgetFile,
      List<ProjectFile> projects,
      Library library,
      RuleProfile profile,
      IndicatorFramework framework,
      Map<SourceFile, DiagnosticSink> sinks,
      java.util.function.Predicate<SourceFile> shown,
      java.util.function.Function<SourceFile, List<org.jixiao.source.Span>> syntaxErrors) {
    this.shown = shown;
    this.budget = budget;
    this.budgetFile = budgetFile;
    this.projects = List.copyOf(projects);
    this.library = library;
    this.profile = profile;
    this.framework = framework;
    this.sinks = sinks;
    this.syntaxErrors = syntaxErrors;
    this.allows = new Allows();
  }

  /**
   * The context the passes of one project run in: this budget's library, profile and budget
   * declaration, the project alone, and tables and sinks of its own, so that what they find is a
   * function of (project, library, profile) that an editor can keep until one of them changes.
   * {@link #include} adds it to the budget's.
   */
  public BudgetContext forProject(ProjectFile pf) {
    Map<SourceFile, DiagnosticSink> own = new java.util.LinkedHashMap<>();
    own.put(pf.file(), new DiagnosticSink());
    if (budgetFile != null) {
      own.putIfAbsent(budgetFile, new DiagnosticSink());
    }
    BudgetContext ctx = new BudgetContext(budget, budgetFile, List.of(pf), library, profile, framework, own, shown, syntaxErrors);
    ctx.allows.add(pf.file(), pf.project().span(), pf.project().allows());
    return ctx;
  }

  /**
   * What the passes found in a context made by {@link #forProject}; {@code whole} when none failed.
   *
   * @param indexInFile the project's place among its file's projects
   */
  public ProjectAnalysis analysis(boolean whole, int indexInFile) {
    ProjectFile pf = projects.get(0);
    // Some name the checks need is unknown: the budget has no profile or framework (an unknown
    // profile is reported at the budget), or a name in the project (a category, unit, source,
    // attribute: codes JX01xx) was. Here the file's sink holds this project's findings alone, and
    // remembers an error it did not keep.
    DiagnosticSink own = sinks.get(pf.file());
    boolean unresolved = profile == null || framework == null || own.reportedError(c -> c.code().startsWith("JX01"));
    ProjectDigest digest = ProjectDigest.of(pf, indexInFile,
        org.jixiao.semantics.resolve.BudgetFunds.ProjectMoney.of(resolution.funding(pf.project())), whole, unresolved,
        lines(pf).whole(), shown.test(pf.file()));
    return new ProjectAnalysis(pf, resolution, sinks, allows, digest);
  }

  /**
   * A project's analysis into this budget's sinks, allows and digests, and (with {@code tables})
   * its side tables: a streamed check leaves them out, and makes them again for the project it
   * writes ({@link AnalysedProjects}).
   */
  public void include(ProjectAnalysis analysis, boolean tables) {
    if (tables) {
      resolution.include(analysis.resolution);
    }
    allows.include(analysis.allows);
    analysis.sinks.forEach((file, sink) -> {
      DiagnosticSink mine = sinks.get(file);
      if (mine != null) {
        mine.absorb(sink);
      }
    });
    digests.add(analysis.digest);
    allows.add(analysis.digest.file(), analysis.digest.span(), analysis.digest.allows());
  }

  /** What the budget-wide passes read of each project, in the projects' order. */
  private final List<ProjectDigest> digests = new ArrayList<>();

  /** Each analysed project's digest, in the projects' order (every project, kept tree or not). */
  public List<ProjectDigest> digests() {
    return java.util.Collections.unmodifiableList(digests);
  }

  public Decl.Budget budget() {
    return budget;
  }

  /** The file holding the budget declaration; null when there is none. */
  public SourceFile budgetFile() {
    return budgetFile;
  }

  public List<ProjectFile> projects() {
    return projects;
  }

  /**
   * The projects the per-project form rules run on: those of the files whose diagnostics are
   * shown. A rule's findings in any other file would be computed and dropped; {@code
   * ShownFilesTest} holds that a file checked alone gets exactly its diagnostics of the whole
   * folder's check. A project with a syntax error is among them: the rules read its {@link
   * #lines} that have none.
   */
  public List<ProjectFile> ruledProjects() {
    if (ruled == null) {
      List<ProjectFile> out = new ArrayList<>();
      for (ProjectFile pf : projects) {
        if (shown.test(pf.file())) {
          out.add(pf);
        }
      }
      ruled = List.copyOf(out);
    }
    return ruled;
  }

  private List<ProjectFile> ruled;

  private final java.util.function.Function<SourceFile, List<org.jixiao.source.Span>> syntaxErrors;

  /**
   * Which lines of a project the rules may read, and whether it is whole; computed once per
   * project (syntax errors are all known before the first pass runs).
   */
  public ReadableLines lines(ProjectFile pf) {
    return readable.computeIfAbsent(pf.project(), p -> ReadableLines.of(pf, syntaxErrors.apply(pf.file())));
  }

  /** Synchronized: an editor's requests (completion, hover) may ask from threads of their own. */
  private final Map<Decl.Project, ReadableLines> readable = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

  public Library library() {
    return library;
  }

  /** The budget's rule profile; null when the budget names none that exists. */
  public RuleProfile profile() {
    return profile;
  }

  public IndicatorFramework framework() {
    return framework;
  }

  public Resolution resolution() {
    return resolution;
  }

  /**
   * Where an indicator stands in the framework (its category's place), for the formatter's order;
   * unknown categories last. Null when the budget has no framework: then nothing is reordered.
   */
  public java.util.function.ToIntFunction<ProjectItem.Indicator> frameworkOrder() {
    if (framework == null) {
      return null;
    }
    if (categoryPlaces == null) { // read for every project the JSON and fmt write: built once
      Map<IndicatorFramework.Category, Integer> places = new IdentityHashMap<>();
      for (IndicatorFramework.Level level : framework.levels()) {
        level.categories().forEach(c -> places.putIfAbsent(c, places.size()));
      }
      categoryPlaces = places;
    }
    Map<IndicatorFramework.Category, Integer> places = categoryPlaces;
    return indicator -> {
      IndicatorFramework.Category category = resolution.category(indicator);
      return category == null ? Integer.MAX_VALUE : places.getOrDefault(category, Integer.MAX_VALUE);
    };
  }

  /** Volatile: views are made on several threads, and the map is whole before it is published. */
  private volatile Map<IndicatorFramework.Category, Integer> categoryPlaces;


  /**
   * Reports a diagnostic, at the severity the profile gives its code, unless an {@code allow} on
   * its line silences it: then it is kept, with the reason, among the {@link #silenced()} ones.
   * An error is never silenced.
   */
  public void report(Diagnostic d) {
    if (profile != null && profile.off(d.code())) {
      return; // the template switches this check off (湖北, 安徽: duplicate 三级 names)
    }
    Diagnostic adjusted = profile == null ? d : d.withSeverity(profile.severity(d.code()));
    DiagnosticSink sink = sinks.get(d.file());
    if (sink == null) {
      return;
    }
    Allow allow = allows.covering(adjusted);
    if (allow != null) {
      allows.used.add(allow);
      if (adjusted.severity() != Severity.ERROR) {
        allows.silenced.add(new Silenced(adjusted, allow.reason().value()));
        return;
      }
      if (allows.refused.add(allow)) {
        sink.report(Diagnostic.of(DiagnosticCode.ALLOW_ON_ERROR, d.file(), allow.code().span(), allow.code().text()));
      }
    }
    sink.report(adjusted);
  }

  /** 一次性 in the profile (项目期 1 年), or a written 项目期 of one year. */
  public boolean isOneYear(Decl.Project project) {
    ProjectItem.Attribute attribute = project.first(ProjectItem.Attribute.class);
    RuleProfile.AttributeValue value = attribute == null ? null : resolution.attribute(attribute);
    if (value != null && value.periodYears() != null && !value.atLeast()) {
      return value.periodYears().compareTo(java.math.BigDecimal.ONE) == 0;
    }
    Rational years = periodYears(project);
    return years != null && years.compareTo(Rational.ONE) == 0;
  }

  /**
   * True for an open-ended project (经常性): its attribute is {@code open} in the profile, or, with
   * no attribute, its 项目期 is the sentinel an open attribute gives (山西's 99 年). Such a 项目期
   * is no end: deadlines are not held to it, and a yearly cost is not multiplied by it.
   */
  public boolean isOpenEnded(Decl.Project project) {
    ProjectItem.Attribute attribute = project.first(ProjectItem.Attribute.class);
    RuleProfile.AttributeValue value = attribute == null ? null : resolution.attribute(attribute);
    if (value != null) {
      return value.open();
    }
    Rational years = periodYears(project);
    if (profile == null || years == null) {
      return false;
    }
    return profile.attributes().stream().anyMatch(a -> a.open() && a.periodYears() != null
        && Rational.of(a.periodYears()).compareTo(years) == 0);
  }

  /**
   * True when the template has the stage: annual always; term (实施期) unless the profile says
   * {@code field term absent}, as templates with only 年度 goals and indicators do.
   */
  public boolean hasStage(org.jixiao.syntax.Column column) {
    return column != org.jixiao.syntax.Column.TERM || profile == null || profile.hasTerm();
  }

  /**
   * How a message names a stage of goals and indicators: the template's label for 实施期 (中期,
   * 三年总体) when it gives one, else the language's (实施期, 年度).
   */
  public String stageLabel(org.jixiao.syntax.Column column) {
    if (column == org.jixiao.syntax.Column.TERM && profile != null) {
      return profile.label("term", "@column.term");
    }
    return column == org.jixiao.syntax.Column.ANNUAL ? "@column.annual" : "@column.term";
  }

  /** The written 项目期 in years, or null; a month range counts its months (2026-01 至 2026-12: 1 年). */
  public Rational periodYears(Decl.Project project) {
    ProjectItem.PeriodRange range = project.first(ProjectItem.PeriodRange.class);
    if (range != null) {
      return PeriodRanges.years(range);
    }
    ProjectItem.Period period = project.first(ProjectItem.Period.class);
    Unit year = library.unit("年");
    Unit unit = period == null ? null : resolution.unit(period.value().unit());
    if (unit == null || year == null || !unit.sameDimension(year)) {
      return null;
    }
    return unit.amountIn(period.value().value(), year);
  }

  /** A warning that an {@code allow} silenced, with the reason the form gives. */
  public record Silenced(Diagnostic diagnostic, String reason) {}

  private final Allows allows;

  public List<Silenced> silenced() {
    return List.copyOf(allows.silenced);
  }

  /**
   * After all passes: an allow naming no known code is an error, one that silenced nothing a
   * warning, unless a name in its project could not be resolved: then the checks that needed it
   * did not run, and "allow 可以删除" would be an echo of that error, and wrong.
   */
  public void finishAllows() {
    for (ProjectDigest pf : digests) {
      if (!pf.shown() || !pf.whole()) {
        continue; // not ruled, or a pass failed on it: what it would have silenced is not known
      }
      // A rule that reads every line skipped a form with a syntax error: nor is what it silences.
      boolean unjudged = pf.unresolved() || !pf.linesWhole();
      for (Allow allow : pf.allows()) {
        boolean known = DiagnosticCode.byCode(allow.code().text()).isPresent();
        DiagnosticSink sink = sinks.get(pf.file());
        if (!known) {
          sink.report(Diagnostic.of(DiagnosticCode.ALLOW_UNKNOWN_CODE, pf.file(), allow.code().span(), allow.code().text()));
        } else if (!allows.used.contains(allow) && !unjudged) {
          sink.report(Diagnostic.of(DiagnosticCode.ALLOW_UNUSED, pf.file(), allow.span(), allow.code().text()));
        }
      }
    }
  }

  /**
   * An amount of 元 as a diagnostic argument: printed, like the form, in the profile's money unit
   * with its decimals (in exact 元 when the budget has no profile).
   */
  public org.jixiao.diag.Arg.Money money(Rational yuan) {
    if (profile() == null) {
      return yuan(yuan);
    }
    return org.jixiao.diag.Arg.Money.of(decimal(yuan), profile().moneyUnit(), profile().moneyScale().toDecimalExact(), profile().decimals());
  }

  /** An amount of 元 as a diagnostic argument in exact 元, whatever the form prints (分 matter). */
  public static org.jixiao.diag.Arg.Money yuan(Rational yuan) {
    return org.jixiao.diag.Arg.Money.yuan(decimal(yuan));
  }

  /** A number that is not money (years, a count) as a diagnostic argument. */
  public static org.jixiao.diag.Arg.Number number(Rational r) {
    return new org.jixiao.diag.Arg.Number(decimal(r));
  }

  /** Exact when finite, else to 4 places, as {@link Measure#format} shows it. */
  private static java.math.BigDecimal decimal(Rational r) {
    java.math.BigDecimal exact = r.toDecimalExact();
    return exact != null ? exact
        : new java.math.BigDecimal(r.numerator()).divide(new java.math.BigDecimal(r.denominator()), 4, java.math.RoundingMode.HALF_EVEN);
  }
}
