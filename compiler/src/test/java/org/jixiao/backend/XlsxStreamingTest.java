package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: the workbook streams, and what streaming leaves behind (open files, temporary files). */
class XlsxStreamingTest {
  @Test
  void aFinishedSheetKeepsNoFileOpen() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd (Linux)");
    long before = count(fds);
    try (StreamingWorkbook workbook = new StreamingWorkbook(ZipTimes.newYear(2026))) {
      for (int i = 0; i < 200; i++) {
        SXSSFSheet sheet = workbook.createSheet("s" + i);
        sheet.createRow(0).createCell(0).setCellValue("x");
        workbook.finish(sheet, null);
      }
      // POI alone keeps one temporary file (and one zlib stream) open per sheet until written.
      assertThat(count(fds) - before).isLessThan(20);
      workbook.write(OutputStream.nullOutputStream());
    }
  }

  @Test
  void writingLeavesNoTemporaryFiles() throws IOException {
    Set<String> before = poiTemporaryFiles();
    XlsxBackend.bytes(TestProjects.input(2026, TestProjects.project("甲", "乙"), TestProjects.project("丙", "丁")));
    // A set difference: POI's folder can hold many thousands of names from other runs, and AssertJ's
    // isSubsetOf compares them pairwise.
    Set<String> left = new java.util.HashSet<>(poiTemporaryFiles());
    left.removeAll(before);
    assertThat(left).isEmpty();
  }

  /** The golden workbook streams through the row window: some of its forms are taller than it, and whole. */
  @Test
  void formsTallerThanTheRowWindowAreWhole(@TempDir Path out) throws IOException {
    byte[] xlsx = Files.readAllBytes(XlsxBackendTest.build("yangquan-2026", out).resolve("yangquan-2026.xlsx"));
    int taller = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        if (sheet.getLastRowNum() + 1 > StreamingWorkbook.ROW_WINDOW) {
          taller++;
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          assertThat(row).as("%s row %d", sheet.getSheetName(), r + 1).isNotNull();
          assertThat(row.getPhysicalNumberOfCells()).as("%s row %d", sheet.getSheetName(), r + 1).isPositive();
        }
        assertThat(sheet.getMergedRegions()).isNotEmpty();
      }
    }
    assertThat(taller).isPositive();
  }

  @Test
  void sheetsAreDrawnOneAtATime() throws IOException {
    try (StreamingWorkbook workbook = new StreamingWorkbook(ZipTimes.newYear(2026))) {
      SXSSFSheet first = workbook.createSheet("a");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> workbook.createSheet("b"))
          .isInstanceOf(IllegalStateException.class);
      workbook.finish(first, null);
      assertThat(workbook.createSheet("b").getSheetName()).isEqualTo("b");
    }
  }

  @Test
  void entryTimesAreTheGivenLocalTime() throws IOException {
    LocalDateTime time = ZipTimes.newYear(2031);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var zip = ZipTimes.stream(bytes, time)) {
      zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("a.xml"));
      zip.write(new byte[] {'<', '/', '>'});
      zip.closeArchiveEntry();
    }
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      var entry = in.getNextEntry();
      assertThat(entry.getTimeLocal()).isEqualTo(time);
      assertThat(entry.getExtra()).isNull();
    }
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  private static Set<String> poiTemporaryFiles() throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
