package org.jixiao.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.cli.Main;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.diag.Messages;
import org.jixiao.importer.Importer;

/**
 * {@code jixiao import} of a workbook of generated forms against a yardstick in the same run: a
 * bare POI program that opens the same workbook and formats every cell (what any importer must
 * pay before it reads a label). Run as {@code BENCH_MAIN=org.jixiao.bench.ImportBenchmark
 * bench/run [forms=1000] [warmup=1] [rounds=3] [seed=2026]}; prints each round's wall time, the
 * medians and their ratio.
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int forms = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026L;
    Path dir = Files.createTempDirectory("jixiao-import-bench-");
    Path budget = dir.resolve("budget");
    Files.createDirectories(budget);
    new CorpusGenerator(seed).writeBudget(budget, forms);
    int built = Main.run(new String[] {"build", budget.toString(), "--format", "xlsx", "-o", dir.resolve("out").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    Path workbook;
    try (Stream<Path> walk = Files.walk(dir.resolve("out"))) {
      workbook = walk.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
    }
    System.out.printf(Locale.ROOT, "import benchmark: %d generated forms, build exit %d, workbook %.1f MB%n", forms, built,
        Files.size(workbook) / 1e6);
    List<Double> yard = new ArrayList<>();
    List<Double> imp = new ArrayList<>();
    for (int r = 0; r < warmup + rounds; r++) {
      long t0 = System.nanoTime();
      long cells = bareRead(workbook);
      double y = (System.nanoTime() - t0) / 1e9;
      Path out = dir.resolve("import-" + r);
      long t1 = System.nanoTime();
      Importer.Result result = new Importer(new Messages(Messages.Language.ZH)).run(List.of(workbook), null, null, out, false);
      double i = (System.nanoTime() - t1) / 1e9;
      System.out.printf(Locale.ROOT, "%s %d: poi-read %.2f s (%d cells), import %.2f s (%d forms, %d cells mapped, %d not)%n",
          r < warmup ? "warm-up" : "round", r + 1, y, cells, i, result.forms(), result.mapped(), result.unmapped());
      if (r >= warmup) {
        yard.add(y);
        imp.add(i);
      }
    }
    double my = median(yard);
    double mi = median(imp);
    System.out.printf(Locale.ROOT, "medians: poi-read %.2f s, import %.2f s, import / poi-read = %.2f, %.2f ms per form%n",
        my, mi, mi / my, mi * 1000 / forms);
  }

  private static long bareRead(Path workbook) throws IOException {
    long cells = 0;
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxFileCount(50_000); // the import's own limit
    try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
      DataFormatter format = new DataFormatter(Locale.ROOT);
      for (var sheet : wb) {
        for (Row row : sheet) {
          for (var cell : row) {
            if (!format.formatCellValue(cell).isEmpty()) {
              cells++;
            }
          }
        }
      }
    }
    return cells;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
