package org.jixiao.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.syntax.Decl;

/**
 * The folder an import writes into, as it already is. An office imports into its budget folder,
 * which may declare its own profile, layout or units (云岭 in the examples) and its {@code budget}:
 * the import reads the forms with that library, keeps that budget's region, year and profile, and
 * then writes no {@code budget.jx} of its own. An empty or new folder: the stdlib alone.
 */
record ImportTarget(Library library, Decl.Budget budget, String profileName, List<Path> files) {
  static ImportTarget of(Path folder) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(p -> p.getFileName().toString().endsWith(".jx") && Files.isRegularFile(p)).sorted().forEach(files::add);
      } catch (IOException e) {
        files.clear(); // an unreadable folder is reported when the import writes to it
      }
    }
    if (files.isEmpty()) {
      return new ImportTarget(Stdlib.library(), null, null, List.of());
    }
    for (CompiledBudget b : CheckRun.check(List.of(folder), folder).budgets()) {
      if (b.context() != null) {
        Decl.Budget decl = b.context().budget();
        String profile = b.context().profile() == null ? null : b.context().profile().name();
        return new ImportTarget(b.context().library(), decl, profile, List.copyOf(files));
      }
    }
    return new ImportTarget(Stdlib.library(), null, null, List.copyOf(files));
  }
}
