package org.jixiao.backend;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A workbook written as it is drawn (POI's SXSSF): a sheet's rows go to a compressed temporary
 * file as soon as they leave a small window, and a finished sheet ({@link #finish}) keeps nothing
 * open, so a budget of 10,000 forms holds one form's rows at a time, not every sheet. Cell text is
 * written inline in each sheet (SXSSF's default; POI, Excel and LibreOffice read it), so no table
 * of every string of the budget is kept either. The zip entries carry {@code time} ({@link
 * ZipTimes}). Closing it deletes the temporary files.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
  /**
   * Rows kept in memory per sheet. The sheets are drawn row by row, top to bottom, so none is
   * revisited once it leaves the window. A form has some 20 to 40 rows, so most forms already
   * stream through it (the golden workbooks among them).
   */
  static final int ROW_WINDOW = 16;

  private final LocalDateTime time;
  /**
   * The sheet being drawn and its writer (POI creates one per sheet and closes them all only at
   * write time): sheets are drawn one at a time, each created, drawn and finished.
   */
  private SXSSFSheet currentSheet;
  /** POI's sheet behind {@link #currentSheet}: asking the workbook for it by name walks every sheet. */
  private XSSFSheet currentXssf;
  private SheetDataWriter current;
  /** Each sheet by the name of its zip entry, made at write time ({@link #getSheetFromZipEntryName}). */
  private Map<String, XSSFSheet> sheetsByEntry;

  /**
   * SXSSF's own step before it writes a sheet: the sheet's {@code <dimension>} from the rows and
   * columns it saw. Package-private in POI, reached once; without it (another POI) sheets are not
   * compacted and POI writes them all at the end, as before.
   */
  private static final java.lang.reflect.Method DERIVE_DIMENSION = deriveDimensionMethod();

  private static java.lang.reflect.Method deriveDimensionMethod() {
    try {
      java.lang.reflect.Method m = SXSSFSheet.class.getDeclaredMethod("deriveDimension");
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static void deriveDimension(SXSSFSheet sheet) throws IOException {
    try {
      DERIVE_DIMENSION.invoke(sheet);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("POI's SXSSFSheet changed under jixiao", e);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new IOException(e.getCause());
    }
  }

  /**
   * SXSSF's tracker of column widths for autosizing, which the backend never asks for (it sets
   * each width itself): some 4 KB of number formats per sheet, kept until the workbook is written.
   * POI only reads it while a sheet's rows are flushed, and a finished sheet has none left.
   */
  private static final Field AUTOSIZE_TRACKER = field(SXSSFSheet.class, "_autoSizeColumnTracker");

  private static Field field(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // another POI: the tracker stays
    }
  }

  private static void forgetColumnWidths(SXSSFSheet sheet) {
    if (AUTOSIZE_TRACKER != null) {
      try {
        AUTOSIZE_TRACKER.set(sheet, null);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("POI's SXSSFSheet changed under jixiao", e);
      }
    }
  }

  StreamingWorkbook(LocalDateTime time) {
    this(time, true);
  }

  /** {@code compactSheets} false keeps every sheet with POI until written, as POI does (tests compare the two). */
  StreamingWorkbook(LocalDateTime time, boolean compactSheets) {
    super(new IndexedWorkbook(), ROW_WINDOW, true, false);
    this.time = time;
    this.compactSheets = compactSheets;
  }

  private final boolean compactSheets;

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    // What POI makes for a workbook that compresses its temporary files and has no shared strings
    // (the constructor's true and false), letting go of its buffers once the sheet is finished.
    current = new ReleasingSheetWriter();
    return current;
  }

  @Override
  public SXSSFSheet createSheet(String name) {
    if (currentSheet != null) {
      throw new IllegalStateException("sheet " + currentSheet.getSheetName() + " is not finished");
    }
    currentSheet = super.createSheet(name);
    currentXssf = ((IndexedWorkbook) getXSSFWorkbook()).lastSheet();
    return currentSheet;
  }

  /**
   * Writes the rest of a drawn sheet's rows to its temporary file and closes that file. POI would
   * keep every sheet's file (and, compressed, a zlib stream of some 256 KB outside the heap) open
   * until the workbook is written: 10,000 sheets would hold 10,000 file handles and 2.5 GB. The
   * sheet's other parts (widths, merges, print setup) are written then too and kept as deflated
   * bytes ({@link CompactSheet}). {@code used} is the range of the sheet's cells, null for none.
   */
  void finish(SXSSFSheet sheet, CellRangeAddress used) throws IOException {
    if (sheet != currentSheet) {
      throw new IllegalStateException("sheet " + sheet.getSheetName() + " is not the one being drawn");
    }
    if (used != null) {
      // The sheet's <dimension> names its cells (A1:H23), as XSSF writes it; SXSSF leaves "A1".
      currentXssf.setDimensionOverride(used);
    }
    sheet.flushRows();
    // POI closes it again at write time; a closed writer's close does nothing.
    current.close();
    if (compactSheets && currentXssf instanceof CompactSheet compact && DERIVE_DIMENSION != null) {
      // What POI's write does first to every sheet, done now that nothing changes it any more;
      // then the sheet's XML is written and POI's objects for it let go (CompactSheet).
      deriveDimension(sheet);
      compact.compact();
    }
    forgetColumnWidths(sheet);
    current = null;
    currentSheet = null;
    currentXssf = null;
  }

  /**
   * The sheet a zip entry of the written template holds, as POI finds it, from a table made once:
   * POI looks through every sheet for each entry, building each sheet's part name as a URI, which
   * for 10,000 sheets is 10⁸ names and a fifth of the backend's time.
   */
  @Override
  protected XSSFSheet getSheetFromZipEntryName(String entryName) {
    if (sheetsByEntry == null) {
      sheetsByEntry = new HashMap<>();
      for (Sheet sheet : getXSSFWorkbook()) {
        if (sheet instanceof XSSFSheet x) {
          sheetsByEntry.put(x.getPackagePart().getPartName().getName().substring(1), x);
        }
      }
    }
    return sheetsByEntry.get(entryName);
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    return ZipTimes.stream(out, time);
  }
}
