package org.jixiao.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jixiao.backend.ProjectView;
import org.jixiao.backend.ProjectViews;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.DiagnosticChange;
import org.jixiao.diff.BudgetDiff.FieldChange;
import org.jixiao.diff.BudgetDiff.IndicatorChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.diff.BudgetDiff.MoneyChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;
import org.jixiao.diff.BudgetDiff.Status;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.semantics.Suggest;
import org.jixiao.syntax.Normalize;

/**
 * Compares two checked versions of a budget by meaning. Projects are matched by name; indicators by
 * column, category and name, then by similar names within a category (a rename); targets by their
 * value in base units and the direction of their comparator.
 */
public final class Differ {
  /** Column keys in the diff: machine-readable; the renderers print 实施期, 年度, 两栏. */
  static final String TERM = "term";
  static final String ANNUAL = "annual";

  private final Messages messages;

  public Differ(Messages messages) {
    this.messages = messages;
  }

  /** The projects of a run, by name key, in the order they were found. */
  private Map<String, ProjectView> projects(CheckRun run) {
    Map<String, ProjectView> out = new LinkedHashMap<>();
    for (CompiledBudget b : run.budgets()) {
      if (b.context() != null) {
        for (ProjectView p : new ProjectViews(b, messages).all()) {
          out.putIfAbsent(p.departmentCode() + "\u0000" + Normalize.key(p.name()), p);
        }
      }
    }
    return out;
  }

  public BudgetDiff diff(CheckRun before, CheckRun after) {
    Map<String, ProjectView> old = projects(before);
    Map<String, ProjectView> now = projects(after);
    List<ProjectDiff> projects = new ArrayList<>();
    Map<String, String> renamed = renamedProjects(old, now);
    for (Map.Entry<String, ProjectView> e : old.entrySet()) {
      ProjectView n = now.get(renamed.getOrDefault(e.getKey(), e.getKey()));
      ProjectDiff d = n == null ? whole(e.getValue(), Status.REMOVED) : changed(e.getValue(), n);
      if (d != null) {
        projects.add(d);
      }
    }
    for (Map.Entry<String, ProjectView> e : now.entrySet()) {
      if (!old.containsKey(e.getKey()) && !renamed.containsValue(e.getKey())) {
        projects.add(whole(e.getValue(), Status.ADDED));
      }
    }
    projects.sort(java.util.Comparator.comparing(ProjectDiff::department).thenComparing(ProjectDiff::name));
    Map<String, String> newNames = new HashMap<>();
    renamed.forEach((o, n) -> newNames.put(old.get(o).name(), now.get(n).name()));
    return new BudgetDiff(projects, departments(old.values(), now.values()), totals(old.values(), now.values()),
        diagnostics(before, after, newNames));
  }

  /**
   * Projects whose name changed: an unmatched old and new project of the same department, kept in
   * a file of the same name or with names at least half alike. Old name key → new name key.
   */
  private static Map<String, String> renamedProjects(Map<String, ProjectView> old, Map<String, ProjectView> now) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, ProjectView> o : old.entrySet()) {
      if (now.containsKey(o.getKey())) {
        continue;
      }
      String best = null;
      double bestScore = 0;
      for (Map.Entry<String, ProjectView> n : now.entrySet()) {
        if (old.containsKey(n.getKey()) || out.containsValue(n.getKey())
            || !o.getValue().departmentCode().equals(n.getValue().departmentCode())) {
          continue;
        }
        boolean sameFile = java.nio.file.Path.of(o.getValue().file()).getFileName()
            .equals(java.nio.file.Path.of(n.getValue().file()).getFileName());
        double score = sameFile ? 1.0 : similarity(Normalize.key(o.getValue().name()), Normalize.key(n.getValue().name()));
        if (score >= 0.5 && (score > bestScore || (score == bestScore && n.getKey().compareTo(best) < 0))) {
          best = n.getKey();
          bestScore = score;
        }
      }
      if (best != null) {
        out.put(o.getKey(), best);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ money

  static MoneyChange money(String what, String column, BigDecimal before, BigDecimal after) {
    BigDecimal delta = after.subtract(before);
    String percent = before.signum() == 0 ? (after.signum() == 0 ? "0%" : "新增")
        : delta.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    if (delta.signum() > 0 && !percent.equals("新增")) {
      percent = "+" + percent;
    }
    return new MoneyChange(what, column, before, after, delta, percent);
  }

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private static List<MoneyChange> funds(ProjectView before, ProjectView after) {
    List<MoneyChange> out = new ArrayList<>();
    Map<String, BigDecimal[]> rows = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    collect(before, 0, rows, labels);
    collect(after, 1, rows, labels);
    for (String column : List.of(TERM, ANNUAL)) {
      int c = column.equals(TERM) ? 0 : 2;
      for (Map.Entry<String, BigDecimal[]> e : rows.entrySet()) {
        BigDecimal b = e.getValue()[c];
        BigDecimal a = e.getValue()[c + 1];
        if (b.compareTo(a) != 0) {
          out.add(money(labels.get(e.getKey()), column, b, a));
        }
      }
      BigDecimal b = total(before, column);
      BigDecimal a = total(after, column);
      if (b.compareTo(a) != 0) {
        out.add(money("合计", column, b, a));
      }
    }
    return out;
  }

  /** Per source key: [term before, term after, annual before, annual after]. */
  private static void collect(ProjectView p, int side, Map<String, BigDecimal[]> rows, Map<String, String> labels) {
    if (p == null) {
      return;
    }
    for (ProjectView.FundsRow row : p.funds()) {
      BigDecimal[] v = rows.computeIfAbsent(row.key(), k -> new BigDecimal[] {ZERO, ZERO, ZERO, ZERO});
      v[side] = row.term().yuan();
      v[2 + side] = row.annual().yuan();
      labels.putIfAbsent(row.key(), row.label());
    }
  }

  private static BigDecimal total(ProjectView p, String column) {
    if (p == null) {
      return ZERO;
    }
    return column.equals(TERM) ? p.total().term().yuan() : p.total().annual().yuan();
  }

  private static List<MoneyChange> departments(Iterable<ProjectView> before, Iterable<ProjectView> after) {
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    for (int side = 0; side < 2; side++) {
      for (ProjectView p : side == 0 ? before : after) {
        String key = p.departmentCode() + "-" + p.departmentName();
        names.putIfAbsent(key, key);
        BigDecimal[] v = sums.computeIfAbsent(key, k -> new BigDecimal[] {ZERO, ZERO, ZERO, ZERO});
        v[side] = v[side].add(p.total().term().yuan());
        v[2 + side] = v[2 + side].add(p.total().annual().yuan());
      }
    }
    List<MoneyChange> out = new ArrayList<>();
    for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
      BigDecimal[] v = e.getValue();
      if (v[0].compareTo(v[1]) != 0) {
        out.add(money(e.getKey(), TERM, v[0], v[1]));
      }
      if (v[2].compareTo(v[3]) != 0) {
        out.add(money(e.getKey(), ANNUAL, v[2], v[3]));
      }
    }
    return out;
  }

  private static List<MoneyChange> totals(Iterable<ProjectView> before, Iterable<ProjectView> after) {
    BigDecimal[] v = {ZERO, ZERO, ZERO, ZERO};
    for (ProjectView p : before) {
      v[0] = v[0].add(p.total().term().yuan());
      v[2] = v[2].add(p.total().annual().yuan());
    }
    for (ProjectView p : after) {
      v[1] = v[1].add(p.total().term().yuan());
      v[3] = v[3].add(p.total().annual().yuan());
    }
    List<MoneyChange> out = new ArrayList<>();
    if (v[0].compareTo(v[1]) != 0) {
      out.add(money("预算合计", TERM, v[0], v[1]));
    }
    if (v[2].compareTo(v[3]) != 0) {
      out.add(money("预算合计", ANNUAL, v[2], v[3]));
    }
    return out;
  }

  // --------------------------------------------------------------- projects

  private static ProjectDiff whole(ProjectView p, Status status) {
    List<MoneyChange> funds = status == Status.ADDED ? funds(null, p) : funds(p, null);
    List<IndicatorChange> indicators = new ArrayList<>();
    IndicatorKind kind = status == Status.ADDED ? IndicatorKind.ADDED : IndicatorKind.REMOVED;
    for (Map.Entry<String, Map<String, ProjectView.Indicator>> column : columns(p).entrySet()) {
      for (ProjectView.Indicator i : column.getValue().values()) {
        String display = display(i);
        indicators.add(status == Status.ADDED
            ? new IndicatorChange(kind, column.getKey(), i.category(), null, i.name(), null, display)
            : new IndicatorChange(kind, column.getKey(), i.category(), i.name(), null, display, null));
      }
    }
    return new ProjectDiff(p.name(), department(p), status, funds, bothColumns(indicators), List.of());
  }

  private static String department(ProjectView p) {
    return p.departmentCode() + "-" + p.departmentName();
  }

  private ProjectDiff changed(ProjectView before, ProjectView after) {
    List<MoneyChange> funds = funds(before, after);
    List<IndicatorChange> indicators = indicators(before, after);
    List<FieldChange> fields = fields(before, after);
    if (funds.isEmpty() && indicators.isEmpty() && fields.isEmpty()) {
      return null;
    }
    return new ProjectDiff(after.name(), department(after), Status.CHANGED, funds, indicators, fields);
  }

  private static List<FieldChange> fields(ProjectView b, ProjectView a) {
    List<FieldChange> out = new ArrayList<>();
    field(out, "项目名称", b.name(), a.name());
    field(out, "主管部门及代码", department(b), department(a));
    field(out, "实施单位", b.implementer(), a.implementer());
    field(out, "项目属性", b.attribute() == null ? "" : b.attribute().label(), a.attribute() == null ? "" : a.attribute().label());
    field(out, "项目期", b.period() == null ? "" : b.period().years() + "年", a.period() == null ? "" : a.period().years() + "年");
    for (int i = 0; i < b.narratives().size() && i < a.narratives().size(); i++) {
      field(out, b.narratives().get(i).label(), b.narratives().get(i).text(), a.narratives().get(i).text());
    }
    field(out, "实施期目标", b.goalTerm(), a.goalTerm());
    field(out, "年度目标", b.goalAnnual(), a.goalAnnual());
    field(out, "负责人", b.leader(), a.leader());
    field(out, "经办人", b.handler(), a.handler());
    field(out, "联系电话", b.phone(), a.phone());
    field(out, "填报日期", ProjectViews.filedForForm(b.filed()), ProjectViews.filedForForm(a.filed()));
    return out;
  }

  private static void field(List<FieldChange> out, String label, String before, String after) {
    if (!Objects.equals(Normalize.key(nullToEmpty(before)), Normalize.key(nullToEmpty(after)))) {
      out.add(new FieldChange(label, before, after));
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  // ------------------------------------------------------------- indicators

  /** Per column (实施期, 年度): indicators by category and name key, in framework order. */
  private static Map<String, Map<String, ProjectView.Indicator>> columns(ProjectView p) {
    Map<String, Map<String, ProjectView.Indicator>> out = new LinkedHashMap<>();
    out.put(TERM, new LinkedHashMap<>());
    out.put(ANNUAL, new LinkedHashMap<>());
    for (ProjectView.Indicator i : p.indicators()) {
      String key = i.category() + "\u0000" + Normalize.key(i.name());
      if (!i.column().equals("annual")) {
        out.get(TERM).putIfAbsent(key, i);
      }
      if (!i.column().equals("term")) {
        out.get(ANNUAL).putIfAbsent(key, i);
      }
    }
    return out;
  }

  private static List<IndicatorChange> indicators(ProjectView before, ProjectView after) {
    List<IndicatorChange> out = new ArrayList<>();
    Map<String, Map<String, ProjectView.Indicator>> b = columns(before);
    Map<String, Map<String, ProjectView.Indicator>> a = columns(after);
    for (String column : List.of(TERM, ANNUAL)) {
      Map<String, ProjectView.Indicator> removed = new LinkedHashMap<>(b.get(column));
      Map<String, ProjectView.Indicator> added = new LinkedHashMap<>(a.get(column));
      for (Map.Entry<String, ProjectView.Indicator> e : b.get(column).entrySet()) {
        ProjectView.Indicator n = a.get(column).get(e.getKey());
        if (n != null) {
          removed.remove(e.getKey());
          added.remove(e.getKey());
          IndicatorChange c = compare(column, e.getValue(), n);
          if (c != null) {
            out.add(c);
          }
        }
      }
      renames(column, removed, added, out);
      removed.values().forEach(i -> out.add(new IndicatorChange(IndicatorKind.REMOVED, column, i.category(), i.name(), null, display(i), null)));
      added.values().forEach(i -> out.add(new IndicatorChange(IndicatorKind.ADDED, column, i.category(), null, i.name(), null, display(i))));
    }
    return bothColumns(out);
  }

  static final String BOTH = "both";

  /** The same change in both columns is one change of both columns. */
  private static List<IndicatorChange> bothColumns(List<IndicatorChange> changes) {
    List<IndicatorChange> out = new ArrayList<>();
    List<IndicatorChange> annual = new ArrayList<>();
    changes.stream().filter(c -> c.column().equals(ANNUAL)).forEach(annual::add);
    for (IndicatorChange c : changes) {
      if (!c.column().equals(TERM)) {
        continue;
      }
      IndicatorChange twin = new IndicatorChange(c.kind(), ANNUAL, c.category(), c.nameBefore(), c.nameAfter(), c.before(), c.after());
      if (annual.remove(twin)) {
        out.add(new IndicatorChange(c.kind(), BOTH, c.category(), c.nameBefore(), c.nameAfter(), c.before(), c.after()));
      } else {
        out.add(c);
      }
    }
    out.addAll(annual);
    return out;
  }

  /**
   * Pairs removed and added indicators of one category whose names are alike (at least half the
   * characters shared), best pairs first; the pairing does not depend on which side is old.
   */
  private static void renames(String column, Map<String, ProjectView.Indicator> removed,
      Map<String, ProjectView.Indicator> added, List<IndicatorChange> out) {
    List<Object[]> candidates = new ArrayList<>();
    for (Map.Entry<String, ProjectView.Indicator> r : removed.entrySet()) {
      for (Map.Entry<String, ProjectView.Indicator> n : added.entrySet()) {
        if (r.getValue().category().equals(n.getValue().category())) {
          double score = similarity(Normalize.key(r.getValue().name()), Normalize.key(n.getValue().name()));
          if (score >= 0.5) {
            candidates.add(new Object[] {score, r.getKey(), n.getKey()});
          }
        }
      }
    }
    candidates.sort((x, y) -> {
      int byScore = Double.compare((double) y[0], (double) x[0]);
      return byScore != 0 ? byScore : symmetricKey(x).compareTo(symmetricKey(y));
    });
    for (Object[] c : candidates) {
      ProjectView.Indicator r = removed.get((String) c[1]);
      ProjectView.Indicator n = added.get((String) c[2]);
      if (r == null || n == null) {
        continue;
      }
      removed.remove((String) c[1]);
      added.remove((String) c[2]);
      out.add(new IndicatorChange(IndicatorKind.RENAMED, column, n.category(), r.name(), n.name(), display(r), display(n)));
    }
  }

  private static String symmetricKey(Object[] c) {
    String a = (String) c[1];
    String b = (String) c[2];
    return a.compareTo(b) <= 0 ? a + "\u0001" + b : b + "\u0001" + a;
  }

  static double similarity(String a, String b) {
    int longest = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
    return longest == 0 ? 1 : 1.0 - (double) levenshtein(a, b) / longest;
  }

  private static int levenshtein(String a, String b) {
    return Suggest.distance(a, b);
  }

  private static String display(ProjectView.Indicator i) {
    return i.target() == null ? "" : i.target().display();
  }

  /** Tightened or loosened by the comparator's direction: ≥ wants more, ≤ wants less. */
  static IndicatorChange compare(String column, ProjectView.Indicator before, ProjectView.Indicator after) {
    ProjectView.Target b = before.target();
    ProjectView.Target a = after.target();
    String db = display(before);
    String da = display(after);
    if (b == null || a == null) {
      return Objects.equals(db, da) ? null : change(IndicatorKind.CHANGED, column, before, after);
    }
    if (b.kind().equals("quantity") && a.kind().equals("quantity") && b.base() != null && a.base() != null) {
      if (!Objects.equals(b.dimension(), a.dimension())) {
        return change(IndicatorKind.UNIT_CHANGED, column, before, after);
      }
      int order = new BigDecimal(a.base()).compareTo(new BigDecimal(b.base()));
      if (order == 0 && b.comparator().equals(a.comparator())) {
        return null;
      }
      return change(direction(b.comparator(), a.comparator(), order), column, before, after);
    }
    if (b.kind().equals("deadline") && a.kind().equals("deadline")) {
      int order = LocalDate.parse(a.value()).compareTo(LocalDate.parse(b.value()));
      if (order == 0 && b.comparator().equals(a.comparator())) {
        return null;
      }
      // An earlier deadline asks more of the project, whatever the comparator.
      return change(!b.comparator().equals(a.comparator()) ? IndicatorKind.CHANGED
          : order < 0 ? IndicatorKind.TIGHTENED : IndicatorKind.LOOSENED, column, before, after);
    }
    return Normalize.key(db).equals(Normalize.key(da)) ? null : change(IndicatorKind.CHANGED, column, before, after);
  }

  private static IndicatorKind direction(String before, String after, int order) {
    if (!before.equals(after)) {
      return IndicatorKind.CHANGED;
    }
    return switch (before) {
      case "≥", ">" -> order > 0 ? IndicatorKind.TIGHTENED : IndicatorKind.LOOSENED;
      case "≤", "<" -> order < 0 ? IndicatorKind.TIGHTENED : IndicatorKind.LOOSENED;
      default -> IndicatorKind.CHANGED;
    };
  }

  private static IndicatorChange change(IndicatorKind kind, String column, ProjectView.Indicator b, ProjectView.Indicator a) {
    return new IndicatorChange(kind, column, a.category(), b.name(), a.name(), display(b), display(a));
  }

  // ------------------------------------------------------------ diagnostics

  /**
   * Diagnostics added and fixed, matched by project, code and message; {@code renamed} gives the
   * new name of a renamed project (by old name key), so its unchanged problems match.
   */
  private List<DiagnosticChange> diagnostics(CheckRun before, CheckRun after, Map<String, String> renamed) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, DiagnosticChange> examples = new HashMap<>();
    tally(before, -1, counts, examples, renamed);
    tally(after, 1, counts, examples, Map.of());
    List<DiagnosticChange> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      DiagnosticChange d = examples.get(e.getKey());
      for (int i = 0; i < Math.abs(e.getValue()); i++) {
        out.add(new DiagnosticChange(e.getValue() > 0, d.code(), d.severity(), d.project(), d.message()));
      }
    }
    return out;
  }

  private void tally(CheckRun run, int sign, Map<String, Integer> counts, Map<String, DiagnosticChange> examples,
      Map<String, String> renamed) {
    for (CompiledBudget b : run.budgets()) {
      Map<org.jixiao.syntax.SourceFile, List<org.jixiao.semantics.ProjectFile>> byFile = new java.util.IdentityHashMap<>();
      if (b.context() != null) {
        b.context().projects().forEach(pf -> byFile.computeIfAbsent(pf.file(), f -> new ArrayList<>()).add(pf));
      }
      for (Diagnostic d : b.diagnostics()) {
        String project = projectOf(byFile, d);
        project = renamed.getOrDefault(project, project);
        String message = messages.message(d);
        String key = project + "\u0000" + d.code() + "\u0000" + Normalize.key(message);
        counts.merge(key, sign, Integer::sum);
        examples.putIfAbsent(key, new DiagnosticChange(sign > 0, d.code().name(),
            d.severity().name().toLowerCase(java.util.Locale.ROOT), project, message));
      }
    }
    counts.values().removeIf(v -> v == 0);
  }

  private static String projectOf(Map<org.jixiao.syntax.SourceFile, List<org.jixiao.semantics.ProjectFile>> byFile, Diagnostic d) {
    for (var pf : byFile.getOrDefault(d.file(), List.of())) {
      if (pf.project().span().contains(d.span())) {
        return pf.project().name().text();
      }
    }
    return d.file() == null ? "" : d.file().path().getFileName().toString();
  }
}
