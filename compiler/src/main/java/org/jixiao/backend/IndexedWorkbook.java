package org.jixiao.backend;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's workbook, with each sheet's index known rather than searched for: {@code
 * getSheetIndex(sheet)} walks every sheet, and setting a sheet's print titles asks it twice, so a
 * budget of 10,000 forms paid 10⁸ steps for it. Sheets are only ever added here (the backend
 * neither removes nor moves one); if one is, the table is dropped and POI's search answers.
 */
final class IndexedWorkbook extends XSSFWorkbook {
  private final Map<Sheet, Integer> indexes = new IdentityHashMap<>();

  @Override
  public XSSFSheet createSheet(String name) {
    XSSFSheet sheet = super.createSheet(name);
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
    indexes.clear();
    super.removeSheetAt(index);
  }

  @Override
  public void setSheetOrder(String name, int position) {
    indexes.clear();
    super.setSheetOrder(name, position);
  }

  @Override
  public XSSFSheet cloneSheet(int index, String name) {
    XSSFSheet clone = super.cloneSheet(index, name);
    indexes.clear(); // a clone may be placed anywhere; searched for from now on
    return clone;
  }
}
