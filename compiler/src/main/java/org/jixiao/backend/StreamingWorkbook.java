package org.jixiao.backend;

import java.io.IOException;
import java.io.OutputStream;
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

  StreamingWorkbook(LocalDateTime time) {
    super(new IndexedWorkbook(), ROW_WINDOW, true, false);
    this.time = time;
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    current = super.createSheetDataWriter();
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
   * sheet's non-row parts (widths, merges, print setup) stay with POI until then. {@code used} is
   * the range of the sheet's cells, null for none.
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
