package org.jixiao.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Severity;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectAnalysis;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.LibraryBuilder;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.SourceUnit;

/**
 * Checks budget folders again and again, as an editor does after each keystroke, redoing only
 * what an edit changed: a file is parsed again only when its text changed, the library is built
 * again only when a file that declares part of it changed, and a project's passes run again only
 * when the project, the library, the profile or the budget declaration changed. The budget-wide
 * checks (duplicate names, totals, ceilings) run every time, on every project's kept tables.
 *
 * <p>Text comes from memory for the files given with {@link #overlay} (an editor's unsaved
 * buffers), from disk for the others. A check with a session gives exactly the diagnostics and
 * tables of a check from scratch ({@code BudgetSessionProperties} holds it after random edits);
 * the command line checks with a session that keeps nothing.
 */
public final class BudgetSession {
  private final Workspace workspace;
  private final BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser;
  private final boolean rules;
  private final boolean keep;
  /** Lets each project's tree go once analysed (a session that keeps nothing, for a build). */
  private final boolean streamed;

  private final Map<Path, String> overlays = new HashMap<>();
  private final Map<Path, Kept> files = new HashMap<>();
  private List<ParsedFile> libraryFiles = List.of();
  private LibraryResult library;
  private Environment environment;
  private final Map<Decl.Project, ProjectAnalysis> projects = new IdentityHashMap<>();

  /** What the last check redid: files parsed, whether the library was built, projects analysed. */
  record Work(int filesParsed, boolean libraryBuilt, int projectsAnalysed) {}

  private int filesParsed;
  private boolean libraryBuilt;
  private int projectsAnalysed;

  /** What the last {@link #compile} had to redo (tests and the latency benchmark read it). */
  synchronized Work lastWork() {
    return new Work(filesParsed, libraryBuilt, projectsAnalysed);
  }

  /** A parsed file and the text it was parsed from: an editor's, or the bytes read from disk. */
  private record Kept(ParsedFile parsed, String overlay, byte[] bytes) {}

  private record LibraryResult(Library library, Map<SourceFile, DiagnosticSink> problems) {}

  /** What every project's passes read besides the project: when any of it changes, all run again. */
  private record Environment(Library library, RuleProfile profile, Decl.Budget budget, SourceFile budgetFile) {
    boolean same(Environment other) {
      return other != null && library == other.library && profile == other.profile && budget == other.budget
          && budgetFile == other.budgetFile;
    }
  }

  /** A session that keeps what it computed for the next check (an editor's). */
  public BudgetSession(Workspace workspace) {
    this(workspace, org.jixiao.syntax.SourceParser::parse, true, true, false);
  }

  /** @param streamed with {@code keep} false only: see {@link StreamedProjects} */
  BudgetSession(Workspace workspace, BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser, boolean rules, boolean keep,
      boolean streamed) {
    this.workspace = workspace;
    this.parser = parser;
    this.rules = rules;
    this.keep = keep;
    this.streamed = streamed && !keep;
  }

  /** From now on the file's text is {@code text}, whatever is on disk (an editor's unsaved buffer). */
  public synchronized void overlay(Path path, String text) {
    overlays.put(path.toAbsolutePath().normalize(), text);
  }

  /** The file is read from disk again (the editor closed it). */
  public synchronized void dropOverlay(Path path) {
    overlays.remove(path.toAbsolutePath().normalize());
  }

  public synchronized CompiledBudget compile(BudgetInput input) {
    return compile(input, () -> {});
  }

  /** Checks one budget folder, running {@code afterEachFile} when a file has been read and parsed. */
  public synchronized CompiledBudget compile(BudgetInput input, Runnable afterEachFile) {
    filesParsed = 0;
    libraryBuilt = false;
    projectsAnalysed = 0;
    List<ParsedFile> parsed = new ArrayList<>();
    List<Diagnostic> readProblems = new ArrayList<>();
    // Files are read and parsed on every core; what each gives is taken in the files' order.
    InOrder.map(input.files(), this::load, loaded -> {
      ParsedFile file = keep(loaded, input.reported().contains(loaded.path) ? readProblems : null);
      if (file != null) {
        parsed.add(streamed ? file.forStreamedCheck() : file);
      }
      afterEachFile.run();
    });
    if (!keep) {
      files.clear();
    }
    Map<SourceFile, DiagnosticSink> sinks = new LinkedHashMap<>();
    for (ParsedFile file : parsed) {
      DiagnosticSink sink = new DiagnosticSink();
      sink.absorb(file.problems());
      sinks.put(file.file(), sink);
    }
    BudgetContext context = parsed.isEmpty() ? null : analyse(input, parsed, sinks);
    List<Diagnostic> diagnostics = new ArrayList<>(readProblems);
    sinks.forEach((file, sink) -> {
      if (input.reported().contains(file.path())) {
        diagnostics.addAll(sink.sorted());
        if (sink.dropped() > 0) {
          // Not shown, but never forgotten: when an error is among them, the note is an error,
          // so that check fails and build writes nothing.
          Diagnostic note = Diagnostic.of(DiagnosticCode.TOO_MANY_DIAGNOSTICS, file,
              new Span(file.text().length(), file.text().length()), String.valueOf(sink.dropped()));
          diagnostics.add(sink.droppedErrors() > 0 ? note.withSeverity(Severity.ERROR) : note);
        }
      }
    });
    diagnostics.sort(DiagnosticSink.ORDER);
    Map<SourceFile, List<Diagnostic>> parseProblems = new IdentityHashMap<>();
    java.util.Set<SourceFile> notWhole = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (ParsedFile f : parsed) {
      parseProblems.put(f.file(), f.sortedProblems());
      if (f.notWhole()) {
        notWhole.add(f.file());
      }
    }
    return new CompiledBudget(input, parsed.stream().map(ParsedFile::unit).toList(), context, diagnostics, parseProblems,
        notWhole, context == null ? null : lastProjects);
  }

  /**
   * A file read, and parsed unless the session has it with the same text. Run on a worker: it
   * reads the session's maps and changes nothing ({@link #keep} does, in the files' order).
   */
  private Loaded load(Path path) {
    Path key = path.toAbsolutePath().normalize();
    String overlay = overlays.get(key);
    Kept kept = files.get(key);
    // The bytes, not the file's time, say whether it changed: two saves within the clock's tick
    // have the same time, and reading a form of a few KB costs microseconds.
    byte[] bytes = overlay == null ? SourceReader.bytes(path) : null;
    if (kept != null && (overlay != null ? overlay.equals(kept.overlay) : bytes != null && Arrays.equals(bytes, kept.bytes))) {
      return new Loaded(path, key, kept, false, null);
    }
    DiagnosticSink problems = new DiagnosticSink();
    String display = workspace.display(path);
    SourceFile file = overlay != null ? new SourceFile(path, display, overlay)
        : bytes != null ? SourceReader.decode(path, display, bytes, problems) : SourceReader.read(path, display, problems);
    if (file == null) {
      return new Loaded(path, key, null, false, problems);
    }
    ParsedFile result = ParsedFile.of(file, parseSafely(file, problems), problems);
    return new Loaded(path, key, new Kept(result, overlay, bytes), true, null);
  }

  /** What {@link #load} found for a path: the file kept or parsed, or the problems reading it. */
  private record Loaded(Path path, Path key, Kept kept, boolean parsed, DiagnosticSink readProblems) {}

  /** The file parsed, recorded in the session; null when it cannot be read. */
  private ParsedFile keep(Loaded loaded, List<Diagnostic> readProblems) {
    if (loaded.kept == null) {
      files.remove(loaded.key);
      if (readProblems != null) {
        readProblems.addAll(loaded.readProblems.sorted());
      }
      return null;
    }
    if (loaded.parsed) {
      filesParsed++;
      if (keep) {
        files.put(loaded.key, loaded.kept); // a session that keeps nothing must not hold every tree while it reads
      }
    }
    return loaded.kept.parsed;
  }

  private SourceUnit parseSafely(SourceFile file, DiagnosticSink sink) {
    try {
      SourceUnit unit = parser.apply(file, sink);
      if (file.text().isBlank()) {
        sink.report(Diagnostic.of(DiagnosticCode.FILE_EMPTY, file, Span.NONE));
      }
      return unit;
    } catch (RuntimeException | StackOverflowError e) {
      sink.report(Diagnostic.of(DiagnosticCode.INTERNAL_ERROR, file, Span.NONE, e.getClass().getSimpleName() + ": " + e.getMessage()));
      return new SourceUnit(file, List.of(), List.of());
    }
  }

  /** The projects of the last check (kept, or streamed); set by {@link #analyse}. */
  private org.jixiao.semantics.AnalysedProjects lastProjects;

  private BudgetContext analyse(BudgetInput input, List<ParsedFile> parsed, Map<SourceFile, DiagnosticSink> sinks) {
    Library lib = library(parsed, sinks);
    BudgetHeader header = BudgetHeader.read(input, parsed, lib, sinks);
    RuleProfile profile = header.profile();
    IndicatorFramework framework =
        profile == null || profile.frameworkName() == null ? null : lib.framework(profile.frameworkName());
    Map<SourceFile, List<Span>> syntaxErrors = new IdentityHashMap<>();
    parsed.forEach(f -> syntaxErrors.put(f.file(), f.syntaxErrors()));
    // A streamed check's context holds no tree of a project: it reads their digests.
    BudgetContext context = new BudgetContext(header.budget(), header.budgetFile(), streamed ? List.of() : header.projects(),
        lib, profile, framework, sinks, file -> input.reported().contains(file.path()), f -> syntaxErrors.getOrDefault(f, List.of()));
    if (streamed) {
      lastProjects = StreamedProjects.analyse(context, parsed, parser, rules);
      projectsAnalysed += context.digests().size();
    } else {
      lastProjects = org.jixiao.semantics.AnalysedProjects.kept(context);
      analyseKeeping(input, header, context);
    }
    if (!keep) {
      environment = null;
      library = null;
      libraryFiles = List.of();
    }
    SourceFile at = header.budgetFile() != null ? header.budgetFile() : parsed.get(0).file();
    ProjectPasses.finish(context, at, rules);
    return context;
  }

  /**
   * Every project's passes, each in a context of its own (BudgetContext.forProject), so projects
   * are analysed on every core; their findings and tables join the budget's in the projects'
   * order. A session that keeps its results analyses again only the projects that changed.
   */
  private void analyseKeeping(BudgetInput input, BudgetHeader header, BudgetContext context) {
    Environment now = new Environment(context.library(), context.profile(), header.budget(), header.budgetFile());
    if (!now.same(environment)) {
      projects.clear();
      environment = now;
    }
    List<ProjectFile> redo = new ArrayList<>();
    Map<Decl.Project, Integer> indexInFile = new IdentityHashMap<>();
    SourceFile last = null;
    int index = 0;
    for (ProjectFile pf : header.projects()) {
      index = pf.file() == last ? index + 1 : 0;
      last = pf.file();
      indexInFile.put(pf.project(), index);
      ProjectAnalysis kept = projects.get(pf.project());
      if (kept == null || kept.shown() != input.reported().contains(pf.file().path())) {
        redo.add(pf);
      }
    }
    Map<Decl.Project, ProjectAnalysis> fresh = new IdentityHashMap<>();
    InOrder.map(redo, pf -> ProjectPasses.analyse(context, pf, indexInFile.get(pf.project()), rules),
        analysis -> fresh.put(analysis.project().project(), analysis));
    projectsAnalysed += redo.size();
    Map<Decl.Project, ProjectAnalysis> analysed = new IdentityHashMap<>();
    for (ProjectFile pf : header.projects()) {
      ProjectAnalysis analysis = fresh.containsKey(pf.project()) ? fresh.get(pf.project()) : projects.get(pf.project());
      analysed.put(pf.project(), analysis);
      context.include(analysis, true);
    }
    projects.clear();
    if (keep) {
      projects.putAll(analysed); // the projects of files no longer read are forgotten
    }
  }

  /** The folder's library on the stdlib, built again only when a file declaring part of it changed. */
  private Library library(List<ParsedFile> parsed, Map<SourceFile, DiagnosticSink> sinks) {
    List<ParsedFile> declaring = parsed.stream().filter(ParsedFile::declaresLibrary).toList();
    if (library == null || !sameFiles(declaring, libraryFiles)) {
      LibraryBuilder builder = new LibraryBuilder(Stdlib.library());
      Map<SourceFile, DiagnosticSink> problems = new LinkedHashMap<>();
      for (ParsedFile file : declaring) {
        DiagnosticSink sink = new DiagnosticSink();
        problems.put(file.file(), sink);
        builder.add(file.unit().declarations(), file.file(), sink);
      }
      library = new LibraryResult(builder.build(), problems);
      libraryBuilt = true;
      libraryFiles = declaring;
    }
    library.problems().forEach((file, sink) -> sinks.get(file).absorb(sink));
    return library.library();
  }

  private static boolean sameFiles(List<ParsedFile> a, List<ParsedFile> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }
}
