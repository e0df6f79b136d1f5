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
  private static final Pattern TAG = TextScan.TAG;
  /** An agency's bracketed alias, 组织部(公务员局): compiled once, not twice per project. */
  private static final Pattern BRACKETED = Pattern.compile("\\((.*?)\\)");
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
        // Each text without its markup once, for all the rules that read it.
        if (item instanceof ProjectItem.Narrative n) {
          String untagged = TextScan.withoutTags(n.text().value());
          text(file, n.text(), untagged, true);
          identical(file, seen, n, untagged);
          statedTotal(pf, n.text(), untagged);
        } else if (item instanceof ProjectItem.Goal g) {
          String untagged = TextScan.withoutTags(g.text().value());
          text(file, g.text(), untagged, true);
          statedTotal(pf, g.text(), untagged);
        } else if (item instanceof ProjectItem.Department d) {
          department = d;
          text(file, d.name(), TextScan.withoutTags(d.name().value()), false);
        } else if (item instanceof ProjectItem.Implementer i) {
          implementer = i;
          text(file, i.name(), TextScan.withoutTags(i.name().value()), false);
        }
      }
      agencies(file, department, implementer);
    }
  }

  /** @param untagged the text's value without its tags ({@link TextScan#withoutTags}) */
  private void text(SourceFile file, Text text, String untagged, boolean sentences) {
    String value = text.value();
    if (untagged != value) { // the same string when there was no '<', hence no tag
      String tag = firstTag(value);
      if (!tag.isEmpty()) {
        ctx.report(Diagnostic.of(DiagnosticCode.HTML_MARKUP_IN_TEXT, file, text.span(), tag));
      }
    }
    String plain = untagged.strip();
    if (TextScan.startsWithPunctuation(plain)) {
      ctx.report(Diagnostic.of(DiagnosticCode.TEXT_STARTS_WITH_PUNCTUATION, file, text.span(), plain.substring(0, 1)));
    }
    // 一）二） and 1) 2) number a list; their closing brackets have no opening one by design.
    for (String[] pair : BRACKETS) {
      int open = TextScan.countOutsideListNumbers(plain, pair[0].charAt(0));
      int close = TextScan.countOutsideListNumbers(plain, pair[1].charAt(0));
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

  private void identical(SourceFile file, Map<String, ProjectItem.Narrative> seen, ProjectItem.Narrative n, String untagged) {
    String key = Normalize.key(untagged);
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
    Matcher alias = BRACKETED.matcher(key);
    while (alias.find()) {
      out.add(stripRegion(alias.group(1), region));
    }
    out.add(stripRegion(BRACKETED.matcher(key).replaceAll(""), region));
    return out;
  }

  private static String stripRegion(String name, String region) {
    return !region.isEmpty() && name.startsWith(region) ? name.substring(region.length()) : name;
  }

  /**
   * "合计…2364.8万元" in any money unit the library declares (元, 千元, 万元, 亿元, or a folder's own),
   * longest spelling first so that 万元 is not read as 元. Built once per library and profile,
   * not per project (a checker is made per project): the last one built is kept.
   */
  private StatedTotal statedTotal() {
    StatedTotal last = lastStatedTotal;
    if (last != null && last.library == ctx.library() && last.profile == ctx.profile()) {
      return last;
    }
    Pattern pattern = null;
    List<String> leads = new ArrayList<>();
    if (ctx.profile() != null) {
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
      leads.addAll(ctx.profile().words("total"));
      leads.addAll(ctx.profile().words("allocates"));
      String lead = String.join("|", totals)
          + (allocates.isEmpty() ? "" : (totals.isEmpty() ? "" : "|") + "(?:" + String.join("|", allocates) + ")[^，。；0-9]{0,40}?");
      pattern = lead.isEmpty() ? null
          : Pattern.compile("(" + lead + ")约?([0-9]+(?:\\.[0-9]+)?)(" + alternatives + ")");
    }
    StatedTotal built = new StatedTotal(ctx.library(), ctx.profile(), pattern, List.copyOf(leads));
    lastStatedTotal = built;
    return built;
  }

  /** The pattern of a stated total and the words one starts with, for a library and profile. */
  private record StatedTotal(org.jixiao.semantics.library.Library library, org.jixiao.semantics.library.RuleProfile profile,
      Pattern pattern, List<String> leads) {
    /**
     * Where the first match can start: every match starts with one of the words, so the search
     * begins at the first of them, or -1 when the text has none (most texts: no search at all).
     */
    int searchFrom(String text) {
      int from = -1;
      for (String lead : leads) {
        int at = text.indexOf(lead);
        if (at >= 0 && (from < 0 || at < from)) {
          from = at;
        }
      }
      return from;
    }
  }

  /** Immutable, so threads checking projects at once may share it. */
  private static volatile StatedTotal lastStatedTotal;

  /** F6: "合计2364.8万元" or "安排…2208.25万元" in the narrative should be one of the totals. */
  private void statedTotal(ProjectFile pf, Text text, String untagged) {
    FundingTable funding = ctx.resolution().funding(pf.project());
    if (funding == null) {
      return;
    }
    StatedTotal total = statedTotal();
    if (total.pattern() == null) {
      return; // the profile names no words that state a total
    }
    int from = total.searchFrom(untagged);
    if (from < 0) {
      return;
    }
    // The pattern has no look-around or anchor, so a search from `from` finds the same matches.
    Matcher m = total.pattern().matcher(untagged).region(from, untagged.length());
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
