package org.jixiao.backend;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.tables.BudgetTables;
import org.jixiao.tables.ProjectView;

/**
 * The benchmark's yardstick for the Excel backend (issue 14): a bare POI SXSSF program that writes
 * the cells jixiao writes, and nothing of jixiao. {@link #capture} takes the workbook's content
 * out of jixiao once, before any round is timed, as plain data (texts, numbers, style looks,
 * merges, widths, heights, print setup); {@link #write} then writes that data with POI alone, as
 * a program that already had the numbers would. What jixiao costs on top is the ratio the
 * benchmark prints.
 */
public final class SxssfYardstick {
  private SxssfYardstick() {}

  /** How a cell looks, as plain attributes: the yardstick makes one POI style per distinct look. */
  public record Look(double points, boolean bold, HorizontalAlignment horizontal, VerticalAlignment vertical,
      boolean border, String format, boolean quoted) {}

  /** One cell to write: a look (an index into {@link Workload#looks}) and a text, a number or nothing. */
  public record CellData(int column, int look, String text, double number, boolean isNumber) {}

  /** One sheet: what a bare program needs to draw the same sheet. */
  public record SheetData(String name, boolean landscape, int[] columnUnits, float[] rowHeights,
      List<List<CellData>> rows, List<int[]> merges, int repeatFirst, int repeatLast, int frozenRows) {}

  public record Workload(List<Look> looks, List<SheetData> sheets) {
    public long cells() {
      return sheets.stream().flatMap(s -> s.rows().stream()).mapToLong(List::size).sum();
    }
  }

  /** What the build gives the backends for the one budget in {@code folder}, as the build makes it. */
  public static BuildInput input(Path folder, Messages messages) {
    CompiledBudget compiled = CheckRun.check(List.of(folder), folder).budgets().get(0);
    BudgetTables tables = BudgetTables.of(compiled.checked(), messages);
    OutputNames taken = new OutputNames();
    List<String> fileNames = new ArrayList<>();
    for (ProjectView p : tables.projects()) {
      fileNames.add(taken.unique(p.file().substring(p.file().lastIndexOf('/') + 1).replaceFirst("\\.jx$", "")));
    }
    var decl = compiled.context().budget();
    return new BuildInput("budget", tables, fileNames, BuildInput.titleOf(decl, compiled.context().profile()),
        decl.year(), messages);
  }

  /** The content of the workbook jixiao writes for {@code input}, as plain data. */
  public static Workload capture(BuildInput input) {
    List<Grid> grids = new ArrayList<>();
    grids.add(SummaryLayout.of(input, XlsxBackend.sourceLabels(input)));
    for (ProjectView p : input.projects()) {
      grids.add(FormLayout.of(p, input.formContext()));
    }
    Map<Look, Integer> looks = new LinkedHashMap<>();
    SheetNames names = new SheetNames();
    List<SheetData> sheets = new ArrayList<>();
    for (int i = 0; i < grids.size(); i++) {
      sheets.add(sheet(grids.get(i), names.unique(grids.get(i).name()), i == 0, looks));
    }
    return new Workload(List.copyOf(looks.keySet()), sheets);
  }

  private static SheetData sheet(Grid grid, String name, boolean landscape, Map<Look, Integer> looks) {
    int[][] look = new int[grid.rowCount()][grid.columnCount()];
    Object[][] value = new Object[grid.rowCount()][grid.columnCount()];
    for (int[] row : look) {
      java.util.Arrays.fill(row, -1);
    }
    List<int[]> merges = new ArrayList<>();
    for (Grid.Cell g : grid.cells()) {
      int decimals = g.value() instanceof Grid.Value.Money m ? m.decimals() : -1;
      String text = g.value() instanceof Grid.Value.Text t ? t.text() : null;
      boolean format = decimals >= 0 || g.role() == Grid.Role.MONEY || g.role() == Grid.Role.TOTAL_MONEY;
      Look l = new Look(XlsxStyles.points(g.role()), XlsxStyles.bold(g.role()), XlsxStyles.horizontal(g.role()),
          XlsxStyles.vertical(g.role()), XlsxStyles.bordered(g.role()),
          format ? XlsxStyles.moneyFormat(decimals >= 0 ? decimals : 2) : null, text != null && XlsxSheet.risky(text));
      int index = looks.computeIfAbsent(l, k -> looks.size());
      for (int r = g.row(); r < g.row() + g.rowSpan(); r++) {
        for (int c = g.column(); c < g.column() + g.columnSpan(); c++) {
          look[r][c] = index;
        }
      }
      if (g.value() instanceof Grid.Value.Money m) {
        value[g.row()][g.column()] = m.amount().doubleValue();
      } else if (text != null && !text.isEmpty()) {
        value[g.row()][g.column()] = XlsxText.cell(text);
      }
      if (g.merged()) {
        merges.add(new int[] {g.row(), g.row() + g.rowSpan() - 1, g.column(), g.column() + g.columnSpan() - 1});
      }
    }
    List<List<CellData>> rows = new ArrayList<>();
    for (int r = 0; r < grid.rowCount(); r++) {
      List<CellData> row = new ArrayList<>();
      for (int c = 0; c < grid.columnCount(); c++) {
        if (look[r][c] >= 0) {
          Object v = value[r][c];
          row.add(new CellData(c, look[r][c], v instanceof String s ? s : null, v instanceof Double d ? d : 0,
              v instanceof Double));
        }
      }
      rows.add(row);
    }
    int[] units = new int[grid.columnCount()];
    for (int c = 0; c < units.length; c++) {
      units[c] = XlsxSheet.columnUnits(grid.columnWidths().get(c));
    }
    double[] heights = XlsxSheet.heights(grid);
    float[] points = new float[heights.length];
    for (int r = 0; r < heights.length; r++) {
      points[r] = (float) heights[r];
    }
    List<Grid.Rows> heads = grid.sectionHeads();
    int first = !heads.isEmpty() ? heads.get(0).first() : grid.headerRows() > 0 ? 0 : -1;
    int last = !heads.isEmpty() ? heads.get(0).last() : grid.headerRows() - 1;
    return new SheetData(name, landscape, units, points, rows, merges, first, last, grid.headerRows());
  }

  /** Writes {@code work} with POI's SXSSF alone, as a bare program would: no jixiao class is used. */
  public static void write(Workload work, Path file) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    wb.setCompressTempFiles(true);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      shape(wb.getXSSFWorkbook().getFontAt(0), 10.5, false);
      List<CellStyle> styles = new ArrayList<>();
      for (Look l : work.looks()) {
        styles.add(style(wb, l));
      }
      for (int i = 0; i < work.sheets().size(); i++) {
        SheetData s = work.sheets().get(i);
        Sheet sheet = wb.createSheet(s.name());
        for (int c = 0; c < s.columnUnits().length; c++) {
          sheet.setColumnWidth(c, s.columnUnits()[c]);
        }
        for (int r = 0; r < s.rows().size(); r++) {
          Row row = sheet.createRow(r);
          row.setHeightInPoints(s.rowHeights()[r]);
          for (CellData d : s.rows().get(r)) {
            var cell = row.createCell(d.column());
            cell.setCellStyle(styles.get(d.look()));
            if (d.isNumber()) {
              cell.setCellValue(d.number());
            } else if (d.text() != null) {
              cell.setCellValue(d.text());
            }
          }
        }
        for (int[] m : s.merges()) {
          sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
        print(sheet, s);
      }
      if (work.sheets().size() > 1) {
        wb.setActiveSheet(1);
      }
      wb.write(out);
    } finally {
      wb.dispose();
      wb.close();
    }
  }

  private static void print(Sheet sheet, SheetData s) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setLandscape(s.landscape());
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0);
    sheet.setAutobreaks(true);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setDisplayGridlines(false);
    sheet.setPrintGridlines(false);
    sheet.setMargin(Sheet.LeftMargin, 0.5);
    sheet.setMargin(Sheet.RightMargin, 0.5);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.7);
    sheet.setMargin(Sheet.HeaderMargin, 0.3);
    sheet.setMargin(Sheet.FooterMargin, 0.3);
    sheet.getFooter().setCenter("&A  &P / &N");
    if (s.repeatFirst() >= 0) {
      try {
        sheet.setRepeatingRows(new CellRangeAddress(s.repeatFirst(), s.repeatLast(), -1, -1));
      } catch (org.apache.poi.ss.formula.FormulaParseException e) {
        // A sheet name POI's own formula parser refuses; a bare program would skip it too.
      }
    }
    if (s.frozenRows() > 0) {
      sheet.createFreezePane(0, s.frozenRows());
    }
  }

  private static CellStyle style(SXSSFWorkbook wb, Look l) {
    CellStyle style = wb.createCellStyle();
    XSSFFont font = wb.getXSSFWorkbook().createFont();
    shape(font, l.points(), l.bold());
    style.setFont(font);
    style.setAlignment(l.horizontal());
    style.setVerticalAlignment(l.vertical());
    style.setWrapText(true);
    if (l.border()) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    if (l.format() != null) {
      style.setDataFormat(wb.createDataFormat().getFormat(l.format()));
    }
    style.setQuotePrefixed(l.quoted());
    return style;
  }

  private static void shape(XSSFFont font, double points, boolean bold) {
    font.setFontName("宋体");
    font.setFontHeight(points);
    font.setBold(bold);
    font.setCharSet(134);
    font.setFamily(FontFamily.ROMAN);
    font.setScheme(FontScheme.NONE);
  }
}
