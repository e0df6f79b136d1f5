package org.jixiao.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.check.StructureChecker;
import org.jixiao.semantics.library.BuiltinFields;
import org.jixiao.semantics.library.FormField;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Node;
import org.jixiao.syntax.ProjectItem;

/**
 * What may be typed at the caret, read from the line as typed so far (the line being typed does
 * not parse yet) and from the budget's last check: after {@code indicator } the profile's
 * framework (二级 categories, 一级 levels); after {@code indicator 产出.} that level's categories;
 * after {@code indicator 数量.} the 三级 names the budget and the profile's fixed indicators
 * already use under that category; after an indicator's path, a target: the comparators and the
 * profile's grades of a qualitative one ("有效保障"); a unit after a target's number; an attribute; a funding
 * source in a {@code funds} block; the project's keywords, with snippets, at the start of a line.
 */
final class Completions {
  private static final String LEAD = "^\\s*indicator\\s+(?:(?:term|annual)\\s+)?";
  private static final Pattern FIRST = Pattern.compile(LEAD + "[^\\s.．]*$");
  private static final Pattern SECOND = Pattern.compile(LEAD + "([^\\s.．]+)[.．][^\\s.．]*$");
  private static final Pattern UNIT = Pattern.compile(LEAD + "\\S+\\s+(?:[<>≥≤=＞＜＝]+\\s*)?[0-9０-９][0-9０-９,.，]*\\s*[^\\s0-9０-９]*$");
  /** After an indicator's whole path and a space: where its target goes. */
  private static final Pattern TARGET = Pattern.compile(LEAD + "[^\\s.．]+[.．]\\S+\\s+$");
  private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*attribute\\s+\\S*$");
  private static final Pattern WORD = Pattern.compile("^\\s*[^\\s\"]*$");

  private final Documents.Checked checked;
  private final Messages messages;
  private final BudgetContext ctx;

  Completions(Documents.Checked checked, Messages messages) {
    this.checked = checked;
    this.messages = messages;
    this.ctx = checked.budget().context();
  }

  CompletionList at(int offset) {
    SourceFile file = checked.file();
    String prefix = file.text().substring(file.lineStart(file.line(offset)), offset);
    List<Node> path = NodesAt.at(checked.unit(), offset);
    boolean inProject = NodesAt.innermost(path, Decl.Project.class) != null;
    IndicatorFramework framework = ctx == null ? null : ctx.framework();
    RuleProfile profile = ctx == null ? null : ctx.profile();
    List<CompletionItem> items = new ArrayList<>();
    Matcher second = SECOND.matcher(prefix);
    if (framework != null && FIRST.matcher(prefix).matches()) {
      categories(framework, items);
    } else if (framework != null && second.matches()) {
      afterDot(framework, second.group(1), items);
    } else if (profile != null && TARGET.matcher(prefix).matches()) {
      target(profile, items);
    } else if (ctx != null && UNIT.matcher(prefix).matches()) {
      ctx.library().unitNames().forEach(u -> items.add(item(u, CompletionItemKind.Unit, messages.get("lsp.completion.unit"))));
    } else if (profile != null && ATTRIBUTE.matcher(prefix).matches()) {
      profile.attributes().forEach(a -> items.add(item(a.key(), CompletionItemKind.EnumMember, a.label())));
    } else if (WORD.matcher(prefix).matches()) {
      ProjectItem.Funds funds = NodesAt.innermost(path, ProjectItem.Funds.class);
      if (funds != null && profile != null) {
        profile.sources().forEach(s -> items.add(item(s.label(), CompletionItemKind.EnumMember, s.key())));
      } else if (inProject) {
        projectKeywords(profile, items);
      } else {
        topLevel(items);
      }
    }
    return new CompletionList(false, items);
  }

  /** After {@code indicator }: each 二级 category by its short name, then the 一级 levels. */
  private void categories(IndicatorFramework framework, List<CompletionItem> items) {
    for (IndicatorFramework.Level level : framework.levels()) {
      for (IndicatorFramework.Category c : level.categories()) {
        String shown = c.shortName() != null ? c.shortName() : c.name();
        CompletionItem item = item(shown, CompletionItemKind.Class, level.name() + " · " + c.name());
        item.setInsertText(shown + ".");
        items.add(item);
      }
    }
    for (IndicatorFramework.Level level : framework.levels()) {
      String shown = level.shortName() != null ? level.shortName() : level.name();
      CompletionItem item = item(shown, CompletionItemKind.Module, level.name());
      item.setInsertText(shown + ".");
      items.add(item);
    }
  }

  /** After {@code X.}: a level's categories, or the 三级 names written under category X. */
  private void afterDot(IndicatorFramework framework, String written, List<CompletionItem> items) {
    IndicatorFramework.Level level = framework.level(written);
    if (level != null) {
      for (IndicatorFramework.Category c : level.categories()) {
        String shown = c.shortName() != null ? c.shortName() : c.name();
        CompletionItem item = item(shown, CompletionItemKind.Class, c.name());
        item.setInsertText(shown + ".");
        items.add(item);
      }
      return;
    }
    IndicatorFramework.Category category = framework.category(written);
    if (category == null) {
      return;
    }
    Map<String, String> names = new LinkedHashMap<>();
    if (ctx.profile() != null) {
      for (RuleProfile.FixedIndicator f : ctx.profile().fixedIndicators()) {
        IndicatorFramework.Category fc = framework.category(f.category());
        if (fc == category) {
          names.putIfAbsent(f.name(), messages.get("lsp.completion.fixed"));
        }
      }
    }
    for (ProjectFile pf : ctx.projects()) {
      for (ProjectItem item : pf.project().items()) {
        // Not the line being typed (it has a syntax error), nor a category's empty row.
        if (item instanceof ProjectItem.Indicator i && !i.emptyRow() && ctx.lines(pf).intact(i)
            && ctx.resolution().category(i) == category) {
          String name = i.name().text();
          if (!name.isBlank() && !name.contains("\n")) { // a name pasted with its line break
            names.putIfAbsent(name, pf.project().name().text());
          }
        }
      }
    }
    names.forEach((name, detail) -> items.add(item(name, CompletionItemKind.Field, detail)));
  }

  /** A target's start: {@code >=} and {@code <=}, then each grade the profile knows, in quotes. */
  private void target(RuleProfile profile, List<CompletionItem> items) {
    items.add(item(">=", CompletionItemKind.Operator, messages.get("lsp.completion.atLeast")));
    items.add(item("<=", CompletionItemKind.Operator, messages.get("lsp.completion.atMost")));
    for (String grade : profile.grades()) {
      CompletionItem item = item("\"" + grade + "\"", CompletionItemKind.Value, messages.get("lsp.completion.grade"));
      item.setFilterText(grade);
      items.add(item);
    }
  }

  private void projectKeywords(RuleProfile profile, List<CompletionItem> items) {
    for (String keyword : StructureChecker.PROJECT_KEYWORDS) {
      FormField field = profile == null ? null : profile.field(keyword);
      String label = field != null && field.label() != null ? field.label() : messages.get("lsp.completion.keyword");
      items.add(item(keyword, CompletionItemKind.Keyword, label));
    }
    if (profile != null) {
      for (FormField f : profile.fields()) {
        if (f.present() && !BuiltinFields.isBuiltin(f.key())) {
          items.add(item(f.key(), CompletionItemKind.Property, f.label() == null ? f.key() : f.label()));
        }
      }
    }
    items.add(snippet("indicator…", messages.get("lsp.snippet.indicator"),
        "indicator ${1:数量}.${2:指标名称} ${3:>=} ${4:100} ${5:人}"));
  }

  private void topLevel(List<CompletionItem> items) {
    for (String keyword : List.of("budget", "project", "unit", "dimension", "counter", "prefix", "framework", "profile", "layout")) {
      items.add(item(keyword, CompletionItemKind.Keyword, messages.get("lsp.completion.keyword")));
    }
    items.add(snippet("project…", messages.get("lsp.snippet.project"), String.join("\n",
        "project ${1:项目名称} {",
        "  department ${2:001} \"${3:主管部门}\"",
        "  implementer \"${4:实施单位}\"",
        "  attribute ${5:一次性}",
        "  period ${6:1} 年",
        "  funds {",
        "    财政拨款 ${7:0}",
        "  }",
        "  overview \"${8:项目概况}\"",
        "  basis \"${9:立项依据}\"",
        "  necessity \"${10:项目设立必要性}\"",
        "  measures \"${11:保证项目实施的制度、措施}\"",
        "  plan \"${12:项目实施计划}\"",
        "  goal \"${13:总体目标}\"",
        "  indicator 数量.${14:指标名称} >= ${15:1} ${16:个}",
        "}")));
  }

  private static CompletionItem item(String label, CompletionItemKind kind, String detail) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    item.setDetail(detail);
    return item;
  }

  private static CompletionItem snippet(String label, String detail, String body) {
    CompletionItem item = item(label, CompletionItemKind.Snippet, detail);
    item.setInsertText(body);
    item.setInsertTextFormat(InsertTextFormat.Snippet);
    return item;
  }
}
