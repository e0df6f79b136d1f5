package org.jixiao.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The promises about what a build writes: nothing outside OUT (no file anywhere else in the
 * sandbox, no link out of it), HTML with no script, event handler or {@code javascript:} URL,
 * and workbooks without a single formula cell.
 */
final class Outputs {
  private Outputs() {}

  /** Checks the build in {@code out}; returns its JSON files by relative name (for fmt's comparison). */
  static Map<String, String> inspect(Path sandbox, Path input, Path out, List<Oracles.Failure> failures) throws IOException {
    try (Stream<Path> s = Files.list(sandbox)) {
      for (Path p : s.toList()) {
        if (!p.equals(input) && !p.getFileName().toString().startsWith("out")) {
          failures.add(new Oracles.Failure("output-outside", "written beside OUT: " + p.getFileName()));
        }
      }
    }
    Path real = out.toRealPath();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (!p.toRealPath().startsWith(real)) {
          failures.add(new Oracles.Failure("output-outside", p.toString()));
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
          html(p, failures);
        } else if (name.endsWith(".xlsx")) {
          xlsx(p, failures);
        }
      }
    }
    return Oracles.texts(out, ".json");
  }

  private static void html(Path file, List<Oracles.Failure> failures) throws IOException {
    String text = Files.readString(file);
    if (text.toLowerCase(Locale.ROOT).contains("<script")) {
      failures.add(new Oracles.Failure("html-script", file.getFileName().toString()));
    }
    for (Element e : Jsoup.parse(text).getAllElements()) {
      if (e.tagName().equals("script")) {
        failures.add(new Oracles.Failure("html-script", file.getFileName() + ": <script> element"));
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          failures.add(new Oracles.Failure("html-event-handler", file.getFileName() + ": " + key + "=" + a.getValue()));
        }
        if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html")) {
          failures.add(new Oracles.Failure("html-javascript-url", file.getFileName() + ": " + key + "=" + a.getValue()));
        }
      }
    }
  }

  private static void xlsx(Path file, List<Oracles.Failure> failures) throws IOException {
    // Our own workbook, not a hostile one: a form of many repeated lines compresses past POI's
    // default zip-bomb ratio (1:100), which a reader of untrusted files should keep.
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.0001);
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              failures.add(new Oracles.Failure("xlsx-formula",
                  file.getFileName() + " " + sheet.getSheetName() + "!" + cell.getAddress() + " = " + cell.getCellFormula()));
            }
          }
        }
      }
    }
  }
}
