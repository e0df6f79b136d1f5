package org.jixiao.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Messages;
import org.jixiao.driver.Progress;
import org.jixiao.backend.WorkbookSource;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.source.PathText;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.source.WholeFile;

/**
 * The entry point of {@code jixiao import}: files of forms (workbooks, text dumps) into a budget
 * folder of {@code .jx} files, one per project and a {@code budget.jx}. The template is the
 * {@code --profile} given, or the one whose labels the cells name most. What is written is what
 * {@code jixiao fmt} would write, and nothing is written when any file would be overwritten
 * without {@code force}. Every non-empty cell is accounted for: put into the form, or reported
 * (JX0905) and kept as a comment in its project's file.
 */
public final class Importer {
  /** What an import did: its findings, the files it wrote, and how many cells it put where. */
  public record Result(List<Diagnostic> diagnostics, List<Path> written, int forms, int mapped, int unmapped, String profile) {}

  private final Messages messages;
  /** The stdlib, with what the output folder declares (its own profile, layout, units). */
  private Library library = Stdlib.library();

  public Importer(Messages messages) {
    this.messages = messages;
  }

  public Result run(List<Path> files, String profileName, Path out, boolean force) {
    return run(files, profileName, null, out, force);
  }

  /**
   * @param region the budget's region (阳泉市) when the title does not give it by the profile's
   *     title pattern (a title of its own, as 阳泉市市级预算部门（单位）项目支出绩效目标表); null: from the title
   */
  public Result run(List<Path> files, String profileName, String region, Path out, boolean force) {
    return run(files, profileName, region, out, force, Progress.NONE);
  }

  /** As above, telling {@code progress} of each file read, each sheet read into forms and each form written. */
  public Result run(List<Path> files, String profileName, String region, Path out, boolean force, Progress progress) {
    List<Diagnostic> found = new ArrayList<>();
    List<Sheet> sheets = new ArrayList<>();
    Map<Sheet, Path> fileOf = new LinkedHashMap<>();
    Map<String, String> properties = new LinkedHashMap<>();
    for (Path file : files) {
      progress.step(Progress.READ, files.indexOf(file), files.size());
      try {
        GridReader.Read read = GridReader.read(file);
        String later = read.properties().get(WorkbookSource.LATER_FORM);
        if (later != null) {
          found.add(Diagnostic.of(DiagnosticCode.IMPORT_LATER_FORM, on(file), Span.NONE, shown(file), later,
              String.valueOf(read.properties().getOrDefault(WorkbookSource.TARGET_WORKBOOK, ""))));
          continue;
        }
        read.sheets().forEach(s -> fileOf.put(s, file));
        sheets.addAll(read.sheets());
        read.properties().forEach(properties::putIfAbsent);
        read.formulas().forEach(c -> found.add(read.links().containsKey(c)
            ? atCell(DiagnosticCode.IMPORT_EXTERNAL_LINK, file, c.ref(), c.ref(), read.links().get(c), c.text())
            : atCell(DiagnosticCode.IMPORT_FORMULA, file, c.ref(), c.ref(), c.text())));
      } catch (GridReader.Unreadable e) {
        found.add(Diagnostic.of(DiagnosticCode.IMPORT_UNREADABLE, on(file), Span.NONE, Arg.text(shown(file)),
            Arg.key(e.key, e.args.stream().map(a -> (Arg) Arg.text(a)).toArray(Arg[]::new))));
      }
    }
    ImportTarget target = ImportTarget.of(out);
    library = target.library();
    String named = profileName != null ? profileName : target.profileName() != null ? target.profileName()
        : properties.get(WorkbookSource.PROFILE);
    RuleProfile profile = profile(named, sheets, files, found);
    if (profile == null || sheets.isEmpty()) {
      return new Result(found, List.of(), 0, 0, 0, profile == null ? null : profile.name());
    }
    FormLabels labels = new FormLabels(library, profile);
    FormReader reader = new FormReader(labels);
    JxWriter writer = new JxWriter(labels, printsEveryCategory(profile), messages);
    Map<String, WorkbookSource.Form> facts = SourceFacts.forms(properties);
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, List<WorkbookSource.Allowed>> allows = new LinkedHashMap<>();
    List<FormDraft> forms = new ArrayList<>();
    int unmapped = 0;
    List<Diagnostic> formless = new ArrayList<>(); // said only when other sheets have forms: else JX0902 says it
    for (Sheet sheet : sheets) {
      progress.step(Progress.IMPORT, sheets.indexOf(sheet) + 1, sheets.size());
      List<FormDraft> read = reader.forms(sheet);
      if (read.isEmpty()) {
        int cells = sheet.rows().stream().mapToInt(List::size).sum();
        if (cells > 0) {
          formless.add(atCell(DiagnosticCode.IMPORT_SHEET_NO_FORM, fileOf.get(sheet), sheet.name(), sheet.name(), String.valueOf(cells),
              profile.label("name", "项目名称")));
          unmapped += cells;
        }
        continue;
      }
      forms.addAll(read);
      for (FormDraft d : read) {
        WorkbookSource.Form fact = read.size() == 1 ? facts.get(sheet.name()) : null;
        if (fact != null) {
          d.declaredEmpty.addAll(fact.emptyRows());
        }
        String name = BudgetFiles.uniqueName(texts.keySet(), d);
        texts.put(name, writer.project(d));
        if (fact != null && !fact.allowed().isEmpty()) {
          allows.put(name, new ArrayList<>(fact.allowed()));
        }
        d.unmapped.forEach(c -> found.add(atCell(DiagnosticCode.IMPORT_CELL_UNMAPPED, fileOf.get(sheet), c.ref(), c.ref(), c.text(), name)));
      }
    }
    if (forms.isEmpty()) {
      files.forEach(f -> found.add(Diagnostic.of(DiagnosticCode.IMPORT_NO_FORM, on(f), Span.NONE, shown(f), profile.label("name", "项目名称"))));
      return new Result(found, List.of(), 0, 0, 0, profile.name());
    }
    found.addAll(formless);
    if (target.budget() == null) {
      FormDraft first = forms.get(0);
      String year = properties.get(WorkbookSource.YEAR);
      if (first.year == null && year != null && year.matches("[0-9]{4}")) {
        first.year = Integer.parseInt(year);
      }
      String regionOf = region != null ? region : properties.get(WorkbookSource.REGION);
      texts.put("budget.jx", BudgetFiles.budget(first, profile, regionOf, messages.get("import.noRegion")));
    }
    int mapped = forms.stream().mapToInt(d -> d.mapped).sum();
    for (FormDraft d : forms) {
      unmapped += d.unmapped.size();
    }
    progress.step(Progress.WRITE, 0, texts.size());
    List<Path> written = write(texts, allows, target, out, force, found);
    progress.finish();
    return new Result(found, written, forms.size(), mapped, unmapped, profile.name());
  }

  private RuleProfile profile(String name, List<Sheet> sheets, List<Path> files, List<Diagnostic> found) {
    if (name != null) {
      RuleProfile p = library.profile(name);
      if (p == null) {
        found.add(Diagnostic.of(DiagnosticCode.IMPORT_PROFILE_UNKNOWN, null, Span.NONE, name, String.join("、", library.profileNames())));
      }
      return p;
    }
    RuleProfile best = null;
    int bestScore = 0;
    List<String> tied = new ArrayList<>();
    for (String candidate : library.profileNames()) {
      RuleProfile p = library.profile(candidate);
      int score = new FormLabels(library, p).score(sheets);
      if (score > bestScore) {
        best = p;
        bestScore = score;
        tied = new ArrayList<>(List.of(candidate));
      } else if (score == bestScore && score > 0) {
        tied.add(candidate);
      }
    }
    if (tied.size() > 1) {
      Path first = files.get(0);
      found.add(Diagnostic.of(DiagnosticCode.IMPORT_PROFILE_UNCLEAR, on(first), Span.NONE, shown(first), String.join("、", tied), tied.get(0)));
      return null;
    }
    if (best != null) {
      picked = messages.get("import.picked", best.name(), String.valueOf(bestScore));
    }
    return best;
  }

  private String picked;

  /** Which template was picked from the labels, and why; null when it was given. */
  public String picked() {
    return picked;
  }

  private boolean printsEveryCategory(RuleProfile profile) {
    var layout = library.layout(profile.layoutName() == null ? RuleProfile.DEFAULT_LAYOUT : profile.layoutName());
    return layout != null && layout.blocks().stream()
        .anyMatch(b -> b instanceof org.jixiao.layout.LayoutSpec.Indicators i && i.allCategories());
  }

  /** Formatted as fmt would, then written, each file whole; nothing when one would be overwritten. */
  private List<Path> write(Map<String, String> texts, Map<String, List<WorkbookSource.Allowed>> allows, ImportTarget target,
      Path out, boolean force, List<Diagnostic> found) {
    if (!force) {
      boolean exists = false;
      for (String name : texts.keySet()) {
        if (Files.exists(out.resolve(name))) {
          found.add(Diagnostic.of(DiagnosticCode.IMPORT_WOULD_OVERWRITE, on(out.resolve(name)), Span.NONE, shown(out.resolve(name))));
          exists = true;
        }
      }
      if (exists) {
        return List.of();
      }
    }
    try {
      Map<String, String> formatted = Staging.formatted(texts, allows, target.files(), messages);
      Files.createDirectories(out);
      List<Path> written = new ArrayList<>();
      for (Map.Entry<String, String> e : formatted.entrySet()) {
        WholeFile.replace(out.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8), false);
        written.add(out.resolve(e.getKey()));
      }
      return written;
    } catch (IOException e) {
      found.add(Diagnostic.of(DiagnosticCode.IMPORT_WRITE_FAILED, on(out), Span.NONE, shown(out), String.valueOf(e.getMessage())));
      return List.of();
    }
  }

  private static Diagnostic at(DiagnosticCode code, Path file, String... args) {
    return Diagnostic.of(code, on(file), Span.NONE, args);
  }

  /** A finding at a cell of a workbook or dump, shown there ({@code 导入.xlsx:项目表!C7}). */
  private static Diagnostic atCell(DiagnosticCode code, Path file, String ref, String... args) {
    // A text dump's one sheet is the file itself: its cells are placed by their address alone.
    String prefix = file.getFileName() + "!";
    String place = ref.startsWith(prefix) ? ref.substring(prefix.length()) : ref;
    return Diagnostic.of(code, SourceFile.place(file, shown(file), place), Span.NONE, args);
  }

  private static SourceFile on(Path file) {
    String shown = shown(file);
    return new SourceFile(file, shown, "");
  }

  private static String shown(Path file) {
    return PathText.text(file).replace('\\', '/');
  }
}
