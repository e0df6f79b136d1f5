package org.jixiao.backend;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;

/**
 * The one time every zip entry of a workbook carries, set as each entry is written (no second pass
 * over the finished zip). It is written as a plain DOS date, which says nothing of a time zone, and
 * never as 1980-01-01T00:00:00, the "no date" sentinel, for which zip writers add extended
 * timestamp fields whose values depend on the time zone.
 */
final class ZipTimes {
  private ZipTimes() {}

  /** New Year's Day of {@code year}, kept inside the range a DOS date can hold without extras. */
  static LocalDateTime newYear(int year) {
    return LocalDateTime.of(Math.max(1981, Math.min(2107, year)), 1, 1, 0, 0);
  }

  /**
   * A zip stream (Commons Compress, which POI's SXSSF writes through) whose every entry carries
   * {@code time}. Commons Compress turns an entry's epoch milliseconds into DOS fields in the
   * JVM's default zone, so the milliseconds are taken from {@code time} in that same zone, read
   * when the entry is written: the DOS fields are {@code time}'s, whatever the zone. (New Year's
   * midnight falls in no daylight-saving gap of today's zones.) A time in the DOS range sets no
   * extra field. The stream writes data descriptors (it cannot seek back): they hold only sizes
   * and checksums, which depend on the content alone.
   */
  static ZipArchiveOutputStream stream(OutputStream out, LocalDateTime time) {
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
      @Override
      public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        // A fresh entry: SXSSF's copies the template's time, which POI's reproducible mode sets
        // to 1970, outside the DOS range, so the entry already holds an NTFS time field (in UTC,
        // but after the zone's conversion here it would no longer match). Only the name is kept;
        // the sizes and checksum are the stream's to compute.
        ZipArchiveEntry fixed = new ZipArchiveEntry(entry.getName());
        fixed.setTime(time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
        super.putArchiveEntry(fixed);
      }
    };
    // Zip64 fields only where a size needs them (never for a workbook of ours), not on every
    // entry as SXSSF's own stream writes them.
    zip.setUseZip64(Zip64Mode.AsNeeded);
    return zip;
  }
}
