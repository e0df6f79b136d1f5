package org.jixiao.backend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.helpers.ColumnHelper;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * POI's sheet, which can give up its XML once drawn. A streamed workbook writes each sheet's rows
 * to a temporary file, but POI keeps the rest of every sheet (widths, merges, print setup, views)
 * as XMLBeans objects until the workbook is written: some 30 KB of heap per form, 3 GB for a
 * budget of 100,000. {@link #compact} writes that XML now, exactly as POI would write it at the
 * end (POI's own {@code write}), keeps the bytes deflated (a few hundred per form) and lets the
 * objects go; {@link #commit} then puts those bytes in the package where POI would have written
 * the same. Nothing may change the sheet after {@link #compact}: {@link StreamingWorkbook} calls
 * it when a sheet is finished, and refuses to draw on a finished sheet.
 */
final class CompactSheet extends XSSFSheet {
  /** The sheet's XML as POI wrote it at {@link #compact}, deflated; null until then. */
  private byte[] written;

  /** Writes the sheet's XML now, keeps it deflated, and drops POI's objects for a blank sheet's. */
  void compact() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 4096)) {
      write(out);
    } finally {
      deflater.end();
    }
    written = bytes.toByteArray();
    // POI's own reset, as for a new sheet: no rows, no links. Its blank worksheet (some 4 KB of
    // XMLBeans objects a sheet) is then traded for one all compacted sheets share, and so is the
    // column helper that points at it: nothing reads or writes a sheet's XML objects once compacted
    // ({@link #commit} writes the kept bytes), so one blank stands for all of them.
    onDocumentCreate();
    worksheet = SHARED_BLANK;
    try {
      COLUMN_HELPER.set(this, SHARED_COLUMNS);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("POI's XSSFSheet.columnHelper cannot be set", e);
    }
  }

  private static final CTWorksheet SHARED_BLANK = CTWorksheet.Factory.newInstance();
  private static final ColumnHelper SHARED_COLUMNS = new ColumnHelper(CTWorksheet.Factory.newInstance());
  private static final java.lang.reflect.Field COLUMN_HELPER = columnHelperField();

  private static java.lang.reflect.Field columnHelperField() {
    try {
      java.lang.reflect.Field f = XSSFSheet.class.getDeclaredField("columnHelper");
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("POI's XSSFSheet has no columnHelper: see CompactSheet", e);
    }
  }

  @Override
  protected void commit() throws IOException {
    if (written == null) {
      super.commit();
      return;
    }
    try (OutputStream out = getPackagePart().getOutputStream();
        InflaterInputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(written))) {
      in.transferTo(out);
    }
  }

  /**
   * POI's factory of package parts, making its worksheets compactable: every other part, and
   * every sheet's relation and content type, is POI's own.
   */
  static final class Factory extends XSSFFactory {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      return descriptor == XSSFRelation.WORKSHEET ? new CompactSheet() : super.newDocumentPart(descriptor);
    }
  }
}
