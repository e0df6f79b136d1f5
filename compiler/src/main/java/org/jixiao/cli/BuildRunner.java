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
          err.print(messages.get("build.notOurs", output.resolve(input.name()).toString()) + "\n");
          err.flush();
          return Main.EXIT_USAGE;
        }
        Path staged = folder.stage(input.name());
        for (String format : formats) {
          progress.step(org.jixiao.driver.Progress.WRITE, step++, inputs.size() * formats.size());
          backends().get(format).write(input, staged);
        }
      }
      folder.commit();
      progress.finish();
    } catch (IOException e) {
      err.print(messages.get("build.failed", String.valueOf(e.getMessage())) + "\n");
      err.flush();
      return Main.EXIT_DIAGNOSTICS;
    }
    for (BuildInput input : inputs) {
      out.print(messages.get("build.written", output.resolve(input.name()).toString().replace('\\', '/'),
          String.valueOf(input.projects().size()), String.join(", ", formats)) + "\n");
    }
    out.flush();
    err.flush();
    return Main.EXIT_OK;
  }

  private List<BuildInput> inputs(CheckRun run) {
    List<BuildInput> inputs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (CompiledBudget budget : run.budgets()) {
      if (budget.context() == null || budget.context().budget() == null) {
        continue;
      }
      String name = unique(budget.input().folder().getFileName() == null ? "budget"
          : budget.input().folder().getFileName().toString(), names);
      BudgetTables tables = BudgetTables.of(budget.checked(), messages);
      List<ProjectView> projects = tables.projects();
      List<String> fileNames = new ArrayList<>();
      Set<String> taken = new HashSet<>();
      for (ProjectView p : projects) {
        String file = Path.of(p.file()).getFileName().toString().replaceFirst("\\.jx$", "");
        fileNames.add(unique(file, taken));
      }
      var decl = budget.context().budget();
      inputs.add(new BuildInput(name, tables, fileNames,
          BuildInput.titleOf(decl, budget.context().profile()), decl.year(), messages));
    }
    return inputs;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + "-" + i;
    }
    return candidate;
  }
}
