package org.jixiao.backend;

import org.jixiao.source.PathText;
import org.jixiao.tables.ProjectView;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jixiao.semantics.library.RuleProfile;

/**
 * One workbook per budget, {@code NAME.xlsx}: a first sheet 汇总 ({@link SummaryLayout}), then one
 * sheet per project with its official form ({@link FormLayout}). The workbook streams ({@link
 * StreamingWorkbook}): each project's grid is laid out, drawn and written out before the next, so
 * memory does not grow with the rows of the budget. The bytes depend only on the budget: document
 * dates come from the budget year, and zip entries carry a fixed time.
 */
public final class XlsxBackend implements Backend {
  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public Output<XlsxOutput.Grids> open(BuildInput input, Path folder) throws IOException {
    return new XlsxOutput(input, file(PathText.resolve(folder, input.name() + ".xlsx")), LaterForm.of(input),
        later -> file(PathText.resolve(folder, input.name() + "-" + later.fileName() + ".xlsx")), true);
  }

  private static XlsxOutput.Sink file(Path path) {
    return () -> new BufferedOutputStream(Files.newOutputStream(path));
  }

  /** A caller's stream, left open: the caller closes it. */
  private static XlsxOutput.Sink kept(OutputStream out) {
    return () -> new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * The workbook of a later form (自评表, 监控表): one sheet per project that fills it, in the
   * layout the profile names for it; no summary, as the official forms are filed one by one.
   */
  static void write(BuildInput input, LaterForm later, OutputStream out) throws IOException {
    write(input, later, out, true);
  }

  static void write(BuildInput input, LaterForm later, OutputStream out, boolean compactSheets) throws IOException {
    writeEach(new XlsxOutput(input, null, List.of(later), l -> kept(out), compactSheets), input);
  }

  /** The .xlsx file of a budget: the same bytes for the same budget, on any machine and time zone. */
  static byte[] bytes(BuildInput input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(input, out);
    return out.toByteArray();
  }

  static void write(BuildInput input, OutputStream out) throws IOException {
    write(input, out, true);
  }

  /** As {@link #write(BuildInput, OutputStream)}; {@code compactSheets} false keeps POI's sheets whole until written. */
  static void write(BuildInput input, OutputStream out, boolean compactSheets) throws IOException {
    writeEach(new XlsxOutput(input, kept(out), List.of(), l -> null, compactSheets), input);
  }

  private static void writeEach(XlsxOutput output, BuildInput input) throws IOException {
    try (output) {
      Outputs.writeEach(output, input);
    }
  }

  /** The funding sources in the profile's order; from the projects when there is no profile. */
  static List<String> sourceLabels(BuildInput input) {
    List<String> labels = new ArrayList<>();
    var ctx = input.budget() == null ? null : input.budget().context();
    if (ctx != null && ctx.profile() != null) {
      for (RuleProfile.FundingSource s : ctx.profile().sources()) {
        labels.add(s.label());
      }
    } else if (input.size() > 0) {
      input.summaries().get(0).funds().forEach(f -> labels.add(f.label()));
    }
    return labels;
  }

  static void properties(POIXMLProperties properties, BuildInput input, String title) {
    Date date = Date.from(LocalDate.of(input.year(), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    core.setCreator("jixiao");
    // The document's title is jixiao's own wording (the form prints its title from the profile and layout).
    core.setTitle(xmlText(input.messages().get("build.documentTitle", title, String.valueOf(input.year()))));
    properties.getExtendedProperties().setApplication("jixiao");
  }

  /**
   * A text for the package's own XML (the document properties), where POI writes each character
   * as it is: one that XML 1.0 does not allow (a control character pasted into a title, a lone
   * surrogate) becomes "_", as in sheet and file names, or Excel and POI refuse the workbook.
   */
  static String xmlText(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (xmlChar(cp)) {
        b.appendCodePoint(cp);
      } else {
        b.append('_');
      }
    });
    return b.toString();
  }

  /** A character XML 1.0 allows: tab, line ends, and U+0020 up, less the surrogates, U+FFFE and U+FFFF. */
  static boolean xmlChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
