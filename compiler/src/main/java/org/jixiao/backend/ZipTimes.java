package org.jixiao.backend;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) so that every entry carries one fixed time and nothing else that
 * varies: same entries, same order, same contents. The time is written as a plain DOS date, which
 * does not depend on the time zone. It must not be 1980-01-01T00:00:00: the JDK treats that as
 * "before 1980" and adds an extended timestamp whose value depends on the time zone.
 */
final class ZipTimes {
  private ZipTimes() {}

  /** New Year's Day of {@code year}, kept inside the range a DOS date can hold without extras. */
  static LocalDateTime newYear(int year) {
    return LocalDateTime.of(Math.max(1981, Math.min(2107, year)), 1, 1, 0, 0);
  }

  static byte[] normalise(byte[] zip, LocalDateTime time) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        copy.setMethod(ZipEntry.DEFLATED);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
