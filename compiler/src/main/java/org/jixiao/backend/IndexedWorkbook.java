package org.jixiao.backend;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;

/**
 * POI's workbook, with each sheet's index known rather than searched for, and sheets created
 * without looking at every other sheet. POI walks every sheet for {@code getSheetIndex(sheet)}
 * (twice per print title) and, in {@code createSheet}, every sheet's name (is it taken?), every
 * sheet's id (the next one) and every relation's part name (is the file taken?): for a budget of
 * 10,000 forms, 10⁸ steps that were half of the Excel backend's time.
 *
 * <p>Sheets are only ever added here (the backend neither removes nor moves one); if one is, the
 * table is dropped and POI answers from then on, by its own search and its own {@code createSheet}.
 */
final class IndexedWorkbook extends XSSFWorkbook {
  private final Map<Sheet, Integer> indexes = new IdentityHashMap<>();
  /** The sheets' names as POI compares them (ignoring case), for {@link FastSheets#create}. */
  private final Set<String> folded = new HashSet<>();
  /** The factory of the workbook's parts, kept so that a new sheet is made by the same one. */
  private final XSSFFactory factory;
  /** The number of the last sheet made here ({@code sheetN.xml}, its {@code sheetId}). */
  private int lastNumber;
  /** False once POI made or moved a sheet itself: then POI makes every later one. */
  private boolean ours = true;

  IndexedWorkbook() {
    this(new CompactSheet.Factory());
  }

  private IndexedWorkbook(XSSFFactory factory) {
    // As POI's XSSFWorkbook(), which takes XSSFFactory.getInstance(); this one's sheets can be compacted.
    super(factory);
    this.factory = factory;
  }

  @Override
  public XSSFSheet createSheet(String name) {
    XSSFSheet sheet = ours ? FastSheets.create(this, name) : null;
    if (sheet == null) {
      ours = false;
      sheet = super.createSheet(name);
    }
    indexes.put(sheet, getNumberOfSheets() - 1); // POI appends a new sheet
    return sheet;
  }

  /** The sheet created last: the one {@link StreamingWorkbook} is drawing. */
  XSSFSheet lastSheet() {
    return getSheetAt(getNumberOfSheets() - 1);
  }

  @Override
  public int getSheetIndex(Sheet sheet) {
    Integer index = indexes.get(sheet);
    return index != null ? index : super.getSheetIndex(sheet);
  }

  @Override
  public void removeSheetAt(int index) {
    forget();
    super.removeSheetAt(index);
  }

  @Override
  public void setSheetOrder(String name, int position) {
    forget();
    super.setSheetOrder(name, position);
  }

  @Override
  public XSSFSheet cloneSheet(int index, String name) {
    XSSFSheet clone = super.cloneSheet(index, name);
    forget(); // a clone may be placed anywhere; searched for from now on
    return clone;
  }

  private void forget() {
    indexes.clear();
    ours = false;
  }

  /**
   * POI 5.5's {@code XSSFWorkbook.createSheet(name)} step by step, with what it found by walking
   * every sheet and relation kept up to date instead. It needs two fields POI keeps to itself (the
   * workbook's list of sheets, a sheet's entry in the workbook's XML), reached once by reflection;
   * where a POI has neither, or for anything outside what the backend asks (a name POI would cut
   * or refuse), {@link #create} answers null and POI's own method runs. The workbook's XML comes out
   * the same: the same calls in the same order, so the same elements and attributes.
   */
  private static final class FastSheets {
    private static final Field SHEETS = field(XSSFWorkbook.class, "sheets");
    private static final Field CT_SHEET = field(XSSFSheet.class, "sheet");

    private static Field field(Class<?> owner, String name) {
      try {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null; // another POI: its own createSheet
      }
    }

    @SuppressWarnings("unchecked")
    static XSSFSheet create(IndexedWorkbook wb, String name) {
      if (SHEETS == null || CT_SHEET == null || name == null || name.length() > SheetNames.MAX
          || wb.indexes.size() != wb.getNumberOfSheets() || !wb.folded.add(fold(name))) {
        return null; // POI's: it cuts a long name with a warning, and refuses a taken one
      }
      WorkbookUtil.validateSheetName(name);
      try {
        List<XSSFSheet> sheets = (List<XSSFSheet>) SHEETS.get(wb);
        CTSheet entry = wb.getCTWorkbook().getSheets().addNewSheet();
        entry.setName(name);
        // POI: one more than the largest sheet id, past any sheet file already in the package.
        int number = wb.lastNumber + 1;
        while (wb.getPackage().containPart(PackagingURIHelper.createPartName(XSSFRelation.WORKSHEET.getFileName(number)))) {
          number++;
        }
        POIXMLDocumentPart.RelationPart part = wb.createRelationship(XSSFRelation.WORKSHEET, wb.factory, number, false);
        XSSFSheet sheet = part.getDocumentPart();
        CT_SHEET.set(sheet, entry);
        entry.setId(part.getRelationship().getId());
        entry.setSheetId(number);
        if (sheets.isEmpty()) {
          sheet.setSelected(true);
        }
        sheets.add(sheet);
        wb.lastNumber = number;
        return sheet;
      } catch (IllegalAccessException | InvalidFormatException e) {
        throw new IllegalStateException("POI's workbook changed under jixiao's createSheet", e);
      }
    }

    /**
     * A name as String.equalsIgnoreCase compares it (code point by code point, upper then lower
     * case), so that two names POI would call the same fold alike.
     */
    static String fold(String name) {
      StringBuilder b = new StringBuilder(name.length());
      name.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
      return b.toString();
    }
  }
}
