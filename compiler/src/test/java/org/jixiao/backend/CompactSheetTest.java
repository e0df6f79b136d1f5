package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: a finished sheet's XML is written when it is finished and kept as bytes (CompactSheet),
 * not at the end from POI's objects; the workbook must come out the same to the byte. Compared on
 * every template's example, whose forms use every kind of row, merge and print setup, and on the
 * seed's budget.
 */
class CompactSheetTest {
  static Stream<Path> budgets() {
    return Stream.concat(Stream.of(HtmlTesting.EXAMPLE), TemplateExamples.clean().stream());
  }

  @ParameterizedTest
  @MethodSource("budgets")
  void theSameBytesAsPoiWritingEverySheetAtTheEnd(Path budget) throws IOException {
    BuildInput input = HtmlTesting.input(budget);
    byte[] compacted = bytes(input, true);
    byte[] whole = bytes(input, false);
    // The parts first, so that a difference names its part; then the whole file.
    assertThat(parts(compacted)).isEqualTo(parts(whole));
    assertThat(compacted).isEqualTo(whole);
    assertThat(parts(compacted).keySet()).filteredOn(n -> n.startsWith("xl/worksheets/")).hasSizeGreaterThan(1);
    for (LaterForm later : LaterForm.of(input)) {
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      XlsxBackend.write(input, later, a, true);
      XlsxBackend.write(input, later, b, false);
      assertThat(parts(a.toByteArray())).isEqualTo(parts(b.toByteArray()));
      assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }
  }

  private static byte[] bytes(BuildInput input, boolean compact) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxBackend.write(input, out, compact);
    return out.toByteArray();
  }

  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
