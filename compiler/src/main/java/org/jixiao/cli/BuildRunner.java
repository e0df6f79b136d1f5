package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.backend.Backend;
import org.jixiao.backend.Backends;
import org.jixiao.backend.BuildInput;
import org.jixiao.backend.OutputFolder;
import org.jixiao.tables.ProjectView;
import org.jixiao.tables.BudgetTables;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.source.PathText;

/**
 * Runs {@code jixiao build}: check, and only when there is no error, run the chosen backends for
 * every budget into a staging folder, then move the results into place.
 */
public final class BuildRunner {
  private final List<Path> paths;
  private final Path output;
  private final List<String> formats;
  private final Messages messages;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path base;

  public BuildRunner(List<Path> paths, Path output, List<String> formats, Messages messages,
      PrintWriter out, PrintWriter err, Path base) {
    this.paths = paths;
    this.output = output;
    this.formats = formats;
    this.messages = messages;
    this.out = out;
    this.err = err;
    this.base = base;
  }

  private boolean color;
  private org.jixiao.driver.Progress progress = org.jixiao.driver.Progress.NONE;
  /**
   * The language of the words the outputs add themselves (dates, the summary sheet's heads): the
   * form's, Chinese, unless the command line asks otherwise. Never the environment's, so a build
   * gives the same bytes under any LANG.
   */
  private Messages form = new Messages(Messages.Language.ZH);

  /** Outputs worded in {@code language}'s words (an explicit {@code build --lang}). */
  public BuildRunner formLanguage(Messages language) {
    this.form = language;
    return this;
  }

  /** Colour in the diagnostics, and where to tell how far the build has come (a terminal's stderr). */
  public BuildRunner display(boolean color, org.jixiao.driver.Progress progress) {
    this.color = color;
    this.progress = progress;
    return this;
  }

  public static Map<String, Backend> backends() {
    return Backends.all();
  }

  public int run() {
    try {
      return build();
    } finally {
      progress.finish();
    }
  }

  private int build() {
    // Streamed: a budget's forms are never all in memory as trees (issue 14); same findings.
    CheckRun run = CheckRun.check(paths, base, progress, true);
    progress.finish();
    TextRenderer renderer = new TextRenderer(messages, color);
    for (Diagnostic d : run.diagnostics()) {
      err.print(renderer.render(d));
      err.print('\n');
    }
    long errors = run.count(Severity.ERROR);
    if (errors > 0) {
      err.print(messages.get("build.refused", String.valueOf(errors)) + "\n");
      err.flush();
      return Main.EXIT_DIAGNOSTICS;
    }
    List<BuildInput> inputs = inputs(run);
    int projects = inputs.stream().mapToInt(BuildInput::size).sum();
    int step = 0;
    try (OutputFolder folder = new OutputFolder(output)) {
      for (BuildInput input : inputs) {
        if (!folder.replaceable(input.name())) {
          err.print(messages.get("build.notOurs", PathText.text(PathText.resolve(output, input.name()))) + "\n");
          err.flush();
          return Main.EXIT_USAGE;
        }
        Path staged = folder.stage(input.name());
        step = writeAll(input, staged, step, projects);
      }
      folder.commit();
      progress.finish();
    } catch (IOException e) {
      err.print(messages.get("build.failed", String.valueOf(e.getMessage())) + "\n");
      err.flush();
      return Main.EXIT_DIAGNOSTICS;
    }
    for (BuildInput input : inputs) {
      out.print(messages.get("build.written", PathText.text(PathText.resolve(output, input.name())).replace('\\', '/'),
          String.valueOf(input.size()), String.join(", ", formats)) + "\n");
    }
    out.flush();
    err.flush();
    return Main.EXIT_OK;
  }

  /**
   * The formats of one budget written in one pass over its projects: each project's view is made
   * once, on a worker, and rendered there by every format (its JSON, its pages, its sheets' grids);
   * the calling thread then writes what each rendered, in the projects' order. So a view is made
   * once for all formats and let go when its project is written: a large budget never has every
   * view in memory. The formats' endings (summaries, the workbooks' packages) are written at once,
   * one per core, Excel's first. When several fail, the first of them in the order the formats
   * were asked for is reported.
   */
  private int writeAll(BuildInput input, Path staged, int step, int steps) throws IOException {
    List<Backend.Output<?>> outputs = new ArrayList<>();
    try {
      for (String format : formats) {
        outputs.add(backends().get(format).open(input, staged));
      }
      List<Integer> indexes = java.util.stream.IntStream.range(0, input.size()).boxed().toList();
      int[] done = {step};
      try {
        org.jixiao.driver.InOrder.map(indexes, i -> rendered(outputs, i, input.view(i)), project -> {
          try {
            emit(outputs, project);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          progress.step(org.jixiao.driver.Progress.WRITE, ++done[0], steps);
        });
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      finishAll(outputs);
      return done[0];
    } finally {
      org.jixiao.backend.Outputs.closeAll(outputs);
    }
  }

  /** One project as each format rendered it. */
  private record Rendered(int index, List<Object> byFormat) {}

  private static Rendered rendered(List<Backend.Output<?>> outputs, int index, ProjectView view) {
    List<Object> byFormat = new ArrayList<>(outputs.size());
    for (Backend.Output<?> out : outputs) {
      byFormat.add(out.render(index, view));
    }
    return new Rendered(index, byFormat);
  }

  private static void emit(List<Backend.Output<?>> outputs, Rendered project) throws IOException {
    for (int f = 0; f < outputs.size(); f++) {
      emitOne(outputs.get(f), project.index(), project.byFormat().get(f));
    }
  }

  @SuppressWarnings("unchecked") // rendered by this very output (rendered above)
  private static <R> void emitOne(Backend.Output<R> out, int index, Object rendered) throws IOException {
    out.emit(index, (R) rendered);
  }

  private void finishAll(List<Backend.Output<?>> outputs) throws IOException {
    List<Integer> slowestFirst = new ArrayList<>(java.util.stream.IntStream.range(0, outputs.size()).boxed().toList());
    slowestFirst.sort(java.util.Comparator.comparingInt(f -> formats.get(f).equals("xlsx") ? 0 : formats.get(f).equals("html") ? 1 : 2));
    Map<Integer, IOException> failures = new java.util.HashMap<>();
    org.jixiao.driver.InOrder.map(slowestFirst, f -> {
      try {
        outputs.get(f).finish();
        return null;
      } catch (IOException e) {
        return Map.entry(f, e);
      }
    }, failure -> {
      if (failure != null) {
        failures.put(failure.getKey(), failure.getValue());
      }
    });
    for (int f = 0; f < outputs.size(); f++) {
      if (failures.containsKey(f)) {
        throw failures.get(f);
      }
    }
  }

  private List<BuildInput> inputs(CheckRun run) {
    List<BuildInput> inputs = new ArrayList<>();
    // Output names safe on every system and unique as Windows and macOS compare them (OutputNames).
    org.jixiao.backend.OutputNames names = new org.jixiao.backend.OutputNames();
    for (CompiledBudget budget : run.budgets()) {
      if (budget.context() == null || budget.context().budget() == null) {
        continue;
      }
      String name = names.unique(budget.input().folder().getFileName() == null ? "budget"
          : PathText.text(budget.input().folder().getFileName()));
      BudgetTables tables = BudgetTables.of(budget.checked(), form);
      List<String> fileNames = new ArrayList<>();
      org.jixiao.backend.OutputNames taken = new org.jixiao.backend.OutputNames();
      for (org.jixiao.tables.ProjectSummary p : tables.summaries()) {
        // p.file() is the display name, '/'-separated on every platform.
        String file = p.file().substring(p.file().lastIndexOf('/') + 1).replaceFirst("\\.jx$", "");
        fileNames.add(taken.unique(file));
      }
      var decl = budget.context().budget();
      inputs.add(new BuildInput(name, tables, fileNames,
          BuildInput.titleOf(decl, budget.context().profile()), decl.year(), form));
    }
    return inputs;
  }
}
