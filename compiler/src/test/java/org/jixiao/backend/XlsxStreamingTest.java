package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
    // A workbook written first, so that the jars POI's classes come from are open before counting
    // (the JVM opens each on its first class): run alone, this test would count them too.
    try (StreamingWorkbook warmUp = new StreamingWorkbook(ZipTimes.newYear(2026))) {
      SXSSFSheet sheet = warmUp.createSheet("s");
      sheet.createRow(0).createCell(0).setCellValue("x");
      warmUp.finish(sheet, null);
      warmUp.write(OutputStream.nullOutputStream());
    }
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
  void writingLeavesNoTemporaryFiles(@TempDir Path temp) throws IOException {
    // POI's temporary files of this thread go to a folder of this test's own: the shared
    // java.io.tmpdir/poifiles may get files from other processes meanwhile.
    org.apache.poi.util.TempFileCreationStrategy folder = new org.apache.poi.util.DefaultTempFileCreationStrategy(temp.toFile());
    java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    org.apache.poi.util.TempFileCreationStrategy counting = new org.apache.poi.util.TempFileCreationStrategy() {
      @Override
      public java.io.File createTempFile(String prefix, String suffix) throws IOException {
        made.incrementAndGet();
        return folder.createTempFile(prefix, suffix);
      }

      @Override
      public java.io.File createTempDirectory(String prefix) throws IOException {
        return folder.createTempDirectory(prefix);
      }
    };
    org.apache.poi.util.TempFile.withStrategy(counting, () -> {
      try {
        return XlsxBackend.bytes(TestProjects.input(2026, TestProjects.project("甲", "乙"), TestProjects.project("丙", "丁")));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(made.get()).as("temporary files POI made here").isPositive();
    try (Stream<Path> s = Files.walk(temp)) {
      assertThat(s.filter(Files::isRegularFile).map(p -> temp.relativize(p).toString()).toList()).isEmpty();
    }
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
}
