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
    CheckRun run = CheckRun.check(paths, base, progress);
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
    int step = 0;
    try (OutputFolder folder = new OutputFolder(output)) {
      for (BuildInput input : inputs) {
        if (!folder.replaceable(input.name())) {
          err.print(messages.get("build.notOurs", PathText.text(PathText.resolve(output, input.name()))) + "\n");
          err.flush();
          return Main.EXIT_USAGE;
        }
        Path staged = folder.stage(input.name());
        step = writeAll(input, staged, step, inputs.size() * formats.size());
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
          String.valueOf(input.projects().size()), String.join(", ", formats)) + "\n");
    }
    out.flush();
    err.flush();
    return Main.EXIT_OK;
  }

  /**
   * The formats of one budget written at once, each backend on a core of its own (they share
   * nothing but the checked budget, which they only read, and write files of their own). The
   * slowest, Excel, starts first. When some fail, the first of them in the order the formats were
   * asked for is reported, as when they were written one after the other.
   */
  private int writeAll(BuildInput input, Path staged, int step, int steps) throws IOException {
    List<String> slowestFirst = new java.util.ArrayList<>(formats);
    slowestFirst.sort(java.util.Comparator.comparingInt(f -> f.equals("xlsx") ? 0 : f.equals("html") ? 1 : 2));
    Map<String, IOException> failures = new java.util.HashMap<>();
    int[] done = {step};
    org.jixiao.driver.InOrder.map(slowestFirst, format -> {
      try {
        backends().get(format).write(input, staged);
        return null;
      } catch (IOException e) {
        return Map.entry(format, e);
      }
    }, failure -> {
      progress.step(org.jixiao.driver.Progress.WRITE, done[0]++, steps);
      if (failure != null) {
        failures.put(failure.getKey(), failure.getValue());
      }
    });
    for (String format : formats) {
      if (failures.containsKey(format)) {
        throw failures.get(format);
      }
    }
    return done[0];
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
      List<ProjectView> projects = tables.projects();
      List<String> fileNames = new ArrayList<>();
      org.jixiao.backend.OutputNames taken = new org.jixiao.backend.OutputNames();
      for (ProjectView p : projects) {
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
