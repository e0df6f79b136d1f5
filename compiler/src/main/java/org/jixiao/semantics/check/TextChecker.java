package org.jixiao.semantics.check;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.units.Measure;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Normalize;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Text;

/**
 * Text hygiene (A1, A2, F6): HTML markup pasted into a field, a field starting with stray
 * punctuation, brackets that do not close, text cut off mid-sentence, a project name that repeats
 * itself, identical narrative fields, an implementer that is not the department, a department that
 * is a section, and amounts in the narrative that disagree with the funds.
 */
public final class TextChecker {
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[、，。；：,.;:）)】》]");
  private static final Pattern LIST_NUMBER = Pattern.compile("(?<![（(])(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]");
  private static final String SENTENCE_END = "。；！？.;!?）)」』”\"》】…";
  private static final int LONG_TEXT = 80;
  private static final String[][] BRACKETS = {{"（", "）"}, {"(", ")"}, {"《", "》"}, {"【", "】"}, {"[", "]"}, {"“", "”"}};

  private final BudgetContext ctx;

  public TextChecker(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public void run() {
    for (ProjectFile pf : ctx.ruledProjects()) {
      Decl.Project project = pf.project();
      SourceFile file = pf.file();
      repeatedName(file, project);
      Map<String, ProjectItem.Narrative> seen = new LinkedHashMap<>();
      ProjectItem.Department department = null;
      ProjectItem.Implementer implementer = null;
      for (ProjectItem item : ctx.lines(pf).items()) {
        if (item instanceof ProjectItem.Narrative n) {
          text(file, n.text(), true);
          identical(file, seen, n);
          statedTotal(pf, n.text());
        } else if (item instanceof ProjectItem.Goal g) {
          text(file, g.text(), true);
          statedTotal(pf, g.text());
        } else if (item instanceof ProjectItem.Department d) {
          department = d;
          text(file, d.name(), false);
        } else if (item instanceof ProjectItem.Implementer i) {
          implementer = i;
          text(file, i.name(), false);
        }
      }
      agencies(file, department, implementer);
    }
  }

  private void text(SourceFile file, Text text, boolean sentences) {
    String value = text.value();
    if (TAG.matcher(value).find()) {
      ctx.report(Diagnostic.of(DiagnosticCode.HTML_MARKUP_IN_TEXT, file, text.span(), firstTag(value)));
    }
    String plain = TAG.matcher(value).replaceAll("").strip();
    if (LEADING_PUNCTUATION.matcher(plain).find()) {
      ctx.report(Diagnostic.of(DiagnosticCode.TEXT_STARTS_WITH_PUNCTUATION, file, text.span(), plain.substring(0, 1)));
    }
    // 一）二） and 1) 2) number a list; their closing brackets have no opening one by design.
    String bracketed = LIST_NUMBER.matcher(plain).replaceAll("");
    for (String[] pair : BRACKETS) {
      int open = count(bracketed, pair[0]);
      int close = count(bracketed, pair[1]);
      if (open != close) {
        ctx.report(Diagnostic.of(DiagnosticCode.UNBALANCED_BRACKETS, file, text.span(), pair[0] + pair[1], String.valueOf(open), String.valueOf(close)));
        break;
      }
    }
    if (sentences && plain.codePointCount(0, plain.length()) >= LONG_TEXT
        && SENTENCE_END.indexOf(plain.charAt(plain.length() - 1)) < 0) {
      String tail = plain.substring(Math.max(0, plain.length() - 8));
      ctx.report(Diagnostic.of(DiagnosticCode.TEXT_CUT_OFF, file, text.span(), tail));
    }
  }

  private static String firstTag(String value) {
    Matcher m = TAG.matcher(value);
    return m.find() ? m.group() : "";
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  private void identical(SourceFile file, Map<String, ProjectItem.Narrative> seen, ProjectItem.Narrative n) {
    String key = Normalize.key(TAG.matcher(n.text().value()).replaceAll(""));
    if (key.length() < 10) {
      return;
    }
    ProjectItem.Narrative first = seen.putIfAbsent(key, n);
    if (first != null) {
      ctx.report(Diagnostic.of(DiagnosticCode.IDENTICAL_NARRATIVES, file, n.text().span(), label(n.kind()), label(first.kind())));
    }
  }

  /** A name holding the same long phrase twice, as when a cell was pasted into itself. */
  private void repeatedName(SourceFile file, Decl.Project project) {
    String name = project.name().text();
    if (name.length() > 200) {
      return; // no real project name is this long; the search is quadratic in its length
    }
    for (int length = name.length() / 2; length >= 8; length--) {
      for (int i = 0; i + length <= name.length(); i++) {
        String phrase = name.substring(i, i + length);
        if (name.indexOf(phrase, i + length) >= 0) {
          ctx.report(Diagnostic.of(DiagnosticCode.PROJECT_NAME_REPEATS, file, project.name().span(), phrase));
          return;
        }
      }
    }
  }

  private void agencies(SourceFile file, ProjectItem.Department department, ProjectItem.Implementer implementer) {
    if (department == null) {
      return;
    }
    String dept = department.name().value().strip();
    if (isSection(dept)) {
      ctx.report(Diagnostic.of(DiagnosticCode.DEPARTMENT_IS_SECTION, file, department.name().span(), dept));
    }
    if (implementer == null) {
      return;
    }
    String impl = implementer.name().value().strip();
    if (!sameAgency(dept, impl)) {
      ctx.report(Diagnostic.of(DiagnosticCode.IMPLEMENTER_OTHER_AGENCY, file, implementer.name().span(), impl, dept));
    }
  }

  /** A name ending as the profile's internal sections do (…科, …股), and not as a word that only looks so (学科). */
  private boolean isSection(String name) {
    if (ctx.profile() == null) {
      return false;
    }
    boolean section = ctx.profile().words("sections").stream().anyMatch(name::endsWith);
    return section && ctx.profile().words("nonsections").stream().noneMatch(name::endsWith);
  }

  /**
   * Whether two names denote one agency: one contains the other once the budget's region is
   * dropped, or one is the other's bracketed alias (组织部（公务员局） and 公务员局).
   */
  private boolean sameAgency(String a, String b) {
    List<String> namesA = names(a);
    List<String> namesB = names(b);
    for (String x : namesA) {
      for (String y : namesB) {
        if (!x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x))) {
          return true;
        }
      }
    }
    return false;
  }

  /** An agency's names: its main name and any bracketed alias, without the region. */
  private List<String> names(String agency) {
    String region = ctx.budget() == null ? "" : Normalize.key(ctx.budget().region().text());
    String key = Normalize.key(agency);
    List<String> out = new ArrayList<>();
    Matcher alias = Pattern.compile("\\((.*?)\\)").matcher(key);
    while (alias.find()) {
      out.add(stripRegion(alias.group(1), region));
    }
    out.add(stripRegion(key.replaceAll("\\(.*?\\)", ""), region));
    return out;
  }

  private static String stripRegion(String name, String region) {
    return !region.isEmpty() && name.startsWith(region) ? name.substring(region.length()) : name;
  }

  /**
   * "合计…2364.8万元" in any money unit the library declares (元, 千元, 万元, 亿元, or a folder's own),
   * longest spelling first so that 万元 is not read as 元. Built once per budget.
   */
  private Pattern statedTotal() {
    if (statedTotal == null && ctx.profile() != null) {
      List<String> units = new ArrayList<>(ctx.library().spellingsOf(ctx.library().unit("元").dimension()));
      units.sort(java.util.Comparator.comparingInt(String::length).reversed());
      StringBuilder alternatives = new StringBuilder();
      units.forEach(u -> alternatives.append(alternatives.length() > 0 ? "|" : "").append(Pattern.quote(u)));
      // The words come from the profile: a total (合计, 总计…) right before the amount, or a verb
      // of allocating (安排) up to a clause before it.
      List<String> totals = new ArrayList<>();
      ctx.profile().words("total").forEach(w -> totals.add(Pattern.quote(w)));
      List<String> allocates = new ArrayList<>();
      ctx.profile().words("allocates").forEach(w -> allocates.add(Pattern.quote(w)));
      String lead = String.join("|", totals)
          + (allocates.isEmpty() ? "" : (totals.isEmpty() ? "" : "|") + "(?:" + String.join("|", allocates) + ")[^，。；0-9]{0,40}?");
      statedTotal = lead.isEmpty() ? null
          : Pattern.compile("(" + lead + ")约?([0-9]+(?:\\.[0-9]+)?)(" + alternatives + ")");
    }
    return statedTotal;
  }

  private Pattern statedTotal;

  /** F6: "合计2364.8万元" or "安排…2208.25万元" in the narrative should be one of the totals. */
  private void statedTotal(ProjectFile pf, Text text) {
    FundingTable funding = ctx.resolution().funding(pf.project());
    if (funding == null) {
      return;
    }
    Pattern pattern = statedTotal();
    if (pattern == null) {
      return; // the profile names no words that state a total
    }
    Matcher m = pattern.matcher(TAG.matcher(text.value()).replaceAll(""));
    List<String> mismatched = new ArrayList<>();
    Rational firstStated = null;
    Unit yuan = ctx.library().unit("元");
    while (m.find()) {
      Unit unit = ctx.library().unit(m.group(3));
      Rational stated = unit.amountIn(new java.math.BigDecimal(m.group(2)), yuan);
      if (stated.compareTo(funding.column(Column.TERM).total()) != 0 && stated.compareTo(funding.column(Column.ANNUAL).total()) != 0) {
        mismatched.add(m.group(2) + m.group(3));
        firstStated = firstStated == null ? stated : firstStated;
      }
    }
    if (!mismatched.isEmpty()) {
      Diagnostic d = Diagnostic.of(DiagnosticCode.NARRATIVE_AMOUNT_MISMATCH, pf.file(), text.span(), org.jixiao.diag.Arg.text(mismatched.get(0)),
          ctx.money(funding.column(Column.TERM).total()), ctx.money(funding.column(Column.ANNUAL).total()));
      Unit wan = ctx.library().unit("万元");
      Rational annual = funding.column(Column.ANNUAL).total();
      Rational factor = wan == null ? null : wan.amountIn(java.math.BigDecimal.ONE, yuan);
      // Exactly 10,000 times the funds: the table was filled in 万元 and read as 元.
      if (factor != null && annual.signum() > 0 && firstStated.compareTo(annual.times(factor)) == 0) {
        d = d.withHint(org.jixiao.diag.Hint.of("hint.wanAsYuan", Measure.format(factor)));
      }
      ctx.report(d);
    }
  }

  /** How the form labels a narrative field: the profile's label, else its keyword. */
  private String label(ProjectItem.NarrativeKind kind) {
    return ctx.profile() == null ? kind.keyword() : ctx.profile().label(kind.keyword(), kind.keyword());
  }
}
