package org.jixiao.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.semantics.AnalysedProjects;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectDigest;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.SourceUnit;

/**
 * The projects of a streamed check ({@code jixiao build}): each file's projects are parsed again
 * from its kept text, analysed, and let go, so that a budget of a hundred thousand forms is never
 * all in memory as trees; the budget keeps their {@link ProjectDigest}s and diagnostics. When an
 * output asks for a project, it is parsed and analysed once more: its passes are a function of the
 * project, the library, the profile and the budget declaration, so they make the same tables.
 */
final class StreamedProjects implements AnalysedProjects {
  private final BudgetContext context;
  private final BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser;
  private final boolean rules;
  /** The files kept whole (they declare the budget or library parts), by file. */
  private final Map<SourceFile, SourceUnit> whole;

  private StreamedProjects(BudgetContext context, BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser, boolean rules,
      Map<SourceFile, SourceUnit> whole) {
    this.context = context;
    this.parser = parser;
    this.rules = rules;
    this.whole = whole;
  }

  /**
   * Analyses the projects of every file, on every core, into {@code context} in the files' order.
   *
   * @param parsed the budget's files, as a streamed check keeps them ({@link ParsedFile#forStreamedCheck})
   */
  static StreamedProjects analyse(BudgetContext context, List<ParsedFile> parsed,
      BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser, boolean rules) {
    Map<SourceFile, SourceUnit> whole = new java.util.IdentityHashMap<>();
    List<ParsedFile> withProjects = new ArrayList<>();
    for (ParsedFile file : parsed) {
      if (file.hasProjectTrees()) {
        whole.put(file.file(), file.unit());
      }
      if (file.projects() > 0) {
        withProjects.add(file);
      }
    }
    StreamedProjects projects = new StreamedProjects(context, parser, rules, whole);
    InOrder.map(withProjects, file -> {
      List<org.jixiao.semantics.ProjectAnalysis> found = new ArrayList<>();
      List<Decl.Project> declared = projects.projectsOf(file.file());
      for (int i = 0; i < declared.size(); i++) {
        found.add(ProjectPasses.analyse(context, new ProjectFile(file.file(), declared.get(i)), i, rules));
      }
      return found;
    }, found -> found.forEach(analysis -> context.include(analysis, false)));
    return projects;
  }

  /** The file's projects: from its kept tree, or parsed again from its text. */
  private List<Decl.Project> projectsOf(SourceFile file) {
    SourceUnit unit = whole.get(file);
    if (unit == null) {
      // What parsing finds was reported when the file was first read; this parse only gives the tree.
      unit = parser.apply(file, new DiagnosticSink());
    }
    List<Decl.Project> out = new ArrayList<>();
    for (Decl decl : unit.declarations()) {
      if (decl instanceof Decl.Project p) {
        out.add(p);
      }
    }
    return out;
  }

  @Override
  public List<ProjectDigest> digests() {
    return context.digests();
  }

  @Override
  public Analysed analysed(int index) {
    ProjectDigest digest = context.digests().get(index);
    ProjectFile pf = new ProjectFile(digest.file(), projectsOf(digest.file()).get(digest.indexInFile()));
    BudgetContext ctx = context.forProject(pf);
    ProjectPasses.tables(ctx, rules); // its findings are in the budget already
    return new Analysed(pf, ctx);
  }
}
