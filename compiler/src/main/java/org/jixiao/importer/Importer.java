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
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.driver.Formatting;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.source.PathText;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.source.WholeFile;
import org.jixiao.syntax.SourceUnit;

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
  private final Library library = Stdlib.library();

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
    List<Diagnostic> found = new ArrayList<>();
    List<Sheet> sheets = new ArrayList<>();
    Map<Sheet, Path> fileOf = new LinkedHashMap<>();
    for (Path file : files) {
      try {
        GridReader.Read read = GridReader.read(file);
        read.sheets().forEach(s -> fileOf.put(s, file));
        sheets.addAll(read.sheets());
        read.formulas().forEach(c -> found.add(at(DiagnosticCode.IMPORT_FORMULA, file, c.ref(), c.text())));
      } catch (GridReader.Unreadable e) {
        found.add(Diagnostic.of(DiagnosticCode.IMPORT_UNREADABLE, on(file), Span.NONE, Arg.text(shown(file)),
            Arg.key(e.key, e.args.stream().map(a -> (Arg) Arg.text(a)).toArray(Arg[]::new))));
      }
    }
    RuleProfile profile = profile(profileName, sheets, files, found);
    if (profile == null || sheets.isEmpty()) {
      return new Result(found, List.of(), 0, 0, 0, profile == null ? null : profile.name());
    }
    FormLabels labels = new FormLabels(library, profile);
    FormReader reader = new FormReader(labels);
    JxWriter writer = new JxWriter(labels, printsEveryCategory(profile), messages);
    Map<String, String> texts = new LinkedHashMap<>();
    List<FormDraft> forms = new ArrayList<>();
    for (Sheet sheet : sheets) {
      List<FormDraft> read = reader.forms(sheet);
      forms.addAll(read);
      for (FormDraft d : read) {
        String name = BudgetFiles.uniqueName(texts.keySet(), d);
        texts.put(name, writer.project(d));
        d.unmapped.forEach(c -> found.add(at(DiagnosticCode.IMPORT_CELL_UNMAPPED, fileOf.get(sheet), c.ref(), c.text(), name)));
      }
    }
    if (forms.isEmpty()) {
      files.forEach(f -> found.add(Diagnostic.of(DiagnosticCode.IMPORT_NO_FORM, on(f), Span.NONE, shown(f), profile.label("name", "项目名称"))));
      return new Result(found, List.of(), 0, 0, 0, profile.name());
    }
    texts.put("budget.jx", BudgetFiles.budget(forms.get(0), profile, region, messages.get("import.noRegion")));
    int mapped = forms.stream().mapToInt(d -> d.mapped).sum();
    int unmapped = forms.stream().mapToInt(d -> d.unmapped.size()).sum();
    List<Path> written = write(texts, out, force, found);
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
  private List<Path> write(Map<String, String> texts, Path out, boolean force, List<Diagnostic> found) {
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
      Map<String, String> formatted = formatted(texts);
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

  /** The texts as {@code jixiao fmt} writes them: checked in a folder of their own, then formatted. */
  private static Map<String, String> formatted(Map<String, String> texts) throws IOException {
    Path stage = Files.createTempDirectory("jixiao-import-");
    try {
      for (Map.Entry<String, String> e : texts.entrySet()) {
        Files.writeString(stage.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      Map<String, String> out = new LinkedHashMap<>(texts);
      for (CompiledBudget budget : CheckRun.check(List.of(stage), stage).budgets()) {
        for (SourceUnit unit : budget.units()) {
          if (Formatting.of(budget, unit) instanceof Formatting.Formatted f) {
            out.put(unit.file().path().getFileName().toString(), f.text());
          }
        }
      }
      return out;
    } finally {
      try (var walk = Files.walk(stage)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Diagnostic at(DiagnosticCode code, Path file, String... args) {
    return Diagnostic.of(code, on(file), Span.NONE, args);
  }

  private static SourceFile on(Path file) {
    String shown = shown(file);
    return new SourceFile(file, shown, "");
  }

  private static String shown(Path file) {
    return PathText.text(file).replace('\\', '/');
  }
}
