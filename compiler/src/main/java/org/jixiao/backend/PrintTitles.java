package org.jixiao.backend;

import java.lang.reflect.Method;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;

/**
 * The rows a sheet prints atop every page: the sheet's built-in name {@code _xlnm.Print_Titles},
 * made as POI 5.5's {@code setRepeatingRows} makes it (the same reference text, the same
 * attributes in the same order, the same place among the workbook's names), but without its three
 * searches of every print title of the workbook, 10⁸ steps for 10,000 forms. Giving a name its
 * name through POI ({@code setNameName}) would search them once more; the name's XML is reached
 * instead through the accessor POI keeps protected, found once by reflection.
 *
 * <p>POI puts its table of names by name right when it writes the workbook; until then it knows
 * a name made here by the empty name {@code createName} gives, and nothing asks for print titles
 * before then. A fresh sheet has no print titles, and its print setup and margins are set before
 * ({@link XlsxSheet}), so POI's method would have touched neither.
 */
final class PrintTitles {
  /** Excel's built-in name for a sheet's print titles ({@code XSSFName.BUILTIN_PRINT_TITLE}). */
  static final String NAME = "_xlnm.Print_Titles";
  private static final Method CT_NAME = ctName();

  private PrintTitles() {}

  private static Method ctName() {
    try {
      Method m = XSSFName.class.getDeclaredMethod("getCTName");
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExceptionInInitializerError(e); // a POI without it fails every workbook test
    }
  }

  /**
   * Rows {@code first} to {@code last} (from 0) of a sheet that has no print titles yet. POI writes
   * the reference as a formula naming the sheet, and leaves some names unquoted that its own parser
   * then refuses (a project named "../x" gives the sheet ".._x"): for those the reference is quoted,
   * as Excel writes it.
   */
  static void set(Sheet sheet, int first, int last) {
    Name name = sheet.getWorkbook().createName();
    name.setSheetIndex(sheet.getWorkbook().getSheetIndex(sheet));
    try {
      ((CTDefinedName) CT_NAME.invoke(name)).setName(NAME);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("POI's name has no XML for jixiao", e);
    }
    String rows = "!$" + (first + 1) + ":$" + (last + 1);
    try {
      name.setRefersToFormula(SheetNameFormatter.format(sheet.getSheetName()) + rows);
    } catch (FormulaParseException e) {
      name.setRefersToFormula("'" + sheet.getSheetName().replace("'", "''") + "'" + rows);
    }
  }
}
