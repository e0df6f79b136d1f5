package org.jixiao.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.backend.WorkbookSource;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.driver.Formatting;
import org.jixiao.syntax.SourceUnit;

/**
 * The imported texts checked in a folder of their own, beside the files the output folder already
 * has (its profile, its budget): there a workbook's explained warnings get their {@code allow}
 * lines where the check reports them ({@link AllowPlacement}), and every text is formatted as
 * {@code jixiao fmt} would. Nothing is written to the output folder here.
 */
final class Staging {
  private Staging() {}

  static Map<String, String> formatted(Map<String, String> texts, Map<String, List<WorkbookSource.Allowed>> allows,
      List<Path> existing, Messages messages) throws IOException {
    Path stage = Files.createTempDirectory("jixiao-import-");
    try {
      for (Path file : existing) {
        if (!texts.containsKey(file.getFileName().toString())) {
          Files.copy(file, stage.resolve(file.getFileName().toString()));
        }
      }
      Map<String, String> out = new LinkedHashMap<>(texts);
      write(stage, out);
      if (!allows.isEmpty()) {
        for (CompiledBudget budget : CheckRun.check(List.of(stage), stage).budgets()) {
          for (SourceUnit unit : budget.units()) {
            String name = unit.file().path().getFileName().toString();
            List<WorkbookSource.Allowed> wanted = allows.get(name);
            if (wanted != null && out.containsKey(name)) {
              out.put(name, AllowPlacement.place(out.get(name), unit, budget.diagnostics(), wanted, messages));
            }
          }
        }
        write(stage, out);
      }
      for (CompiledBudget budget : CheckRun.check(List.of(stage), stage).budgets()) {
        for (SourceUnit unit : budget.units()) {
          String name = unit.file().path().getFileName().toString();
          if (out.containsKey(name) && Formatting.of(budget, unit) instanceof Formatting.Formatted f) {
            out.put(name, f.text());
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

  private static void write(Path stage, Map<String, String> texts) throws IOException {
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Files.writeString(stage.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
