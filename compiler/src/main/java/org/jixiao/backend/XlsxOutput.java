package org.jixiao.backend;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jixiao.tables.ProjectSummary;
import org.jixiao.tables.ProjectView;

/**
 * One budget's workbooks as the build writes them, a project at a time: the target forms' ({@code
 * NAME.xlsx}, its 汇总 sheet drawn first from the projects' summaries) and each later form's ({@code
 * NAME-自评表.xlsx}), all open at once. A project is rendered as its forms' grids (on any thread)
 * and drawn on a sheet of each workbook it fills (in order); each streams ({@link
 * StreamingWorkbook}), so the budget's size costs only a few KB per sheet until written.
 */
final class XlsxOutput implements Backend.Output<XlsxOutput.Grids> {
  /** Where a workbook is written, opened when it is. */
  interface Sink {
    OutputStream open() throws IOException;
  }

  /** A project's grids: its target form's (null when that workbook is not written), then its later forms'. */
  record Grids(Grid form, List<Grid> later) {}

  /** A workbook being drawn, with what its sheets share. */
  private static final class Book implements java.io.Closeable {
    final StreamingWorkbook workbook;
    final XlsxStyles styles;
    final SheetNames names = new SheetNames();
    final Sink sink;

    Book(BuildInput input, Sink sink, boolean compactSheets) {
      this.workbook = new StreamingWorkbook(ZipTimes.newYear(input.year()), compactSheets);
      this.styles = new XlsxStyles(workbook.getXSSFWorkbook());
      this.sink = sink;
    }

    /** Draws a grid on a sheet of its own; its sheet's name. */
    String draw(Grid grid, boolean landscape) throws IOException {
      String name = names.unique(grid.name());
      SXSSFSheet sheet = workbook.createSheet(name);
      workbook.finish(sheet, XlsxSheet.draw(grid, sheet, styles, landscape));
      return name;
    }

    void write() throws IOException {
      try (OutputStream out = sink.open()) {
        // POI's reproducible mode keeps its own clock out of the package; the zip entries' times
        // are the budget's New Year (ZipTimes).
        Reproducibility.runWithSourceDateEpoch(() -> workbook.write(out));
      }
    }

    @Override
    public void close() throws IOException {
      workbook.close();
    }
  }

  private final BuildInput input;
  private final FormContext form;
  private final Book target;
  private final List<LaterForm> laterForms;
  private final List<Book> laterBooks = new ArrayList<>();
  /** Each target form's sheet and its project, for the workbook's record of what forms do not print. */
  private final Map<String, ProjectSummary> sheets = new LinkedHashMap<>();

  /**
   * The workbooks of {@code input}: the target forms' into {@code target} (none when null), each
   * of {@code laterForms} into the sink {@code later} gives it. The target workbook's 汇总 is drawn
   * now, before any form, as its first sheet.
   */
  XlsxOutput(BuildInput input, Sink target, List<LaterForm> laterForms, java.util.function.Function<LaterForm, Sink> later,
      boolean compactSheets) throws IOException {
    this.input = input;
    this.form = input.formContext();
    this.laterForms = List.copyOf(laterForms);
    Book book = null;
    try {
      if (target != null) {
        book = new Book(input, target, compactSheets);
        // The forms print portrait, as the official ones; the summary is two funding tables wide.
        book.draw(SummaryLayout.of(input, XlsxBackend.sourceLabels(input)), true);
      }
      for (LaterForm lf : this.laterForms) {
        laterBooks.add(new Book(input, later.apply(lf), compactSheets));
      }
    } catch (IOException | RuntimeException e) {
      closeAll(book, laterBooks);
      throw e;
    }
    this.target = book;
  }

  @Override
  public Grids render(int index, ProjectView view) {
    List<Grid> later = new ArrayList<>();
    for (LaterForm lf : laterForms) {
      if (lf.has(index)) {
        later.add(FormLayout.of(view, lf.context()));
      }
    }
    return new Grids(target == null ? null : FormLayout.of(view, form), later);
  }

  @Override
  public void emit(int index, Grids grids) throws IOException {
    if (target != null) {
      sheets.put(target.draw(grids.form(), false), input.summaries().get(index));
    }
    int next = 0;
    for (int f = 0; f < laterForms.size(); f++) {
      if (laterForms.get(f).has(index)) {
        laterBooks.get(f).draw(grids.later().get(next++), false);
      }
    }
  }

  @Override
  public void finish() throws IOException {
    if (target != null) {
      if (input.size() > 0) {
        // The workbook opens on the first form, not on 汇总: the forms are what is filed, and Excel
        // prints the active sheet by default. 汇总 stays the first tab, one click away.
        target.workbook.setActiveSheet(1);
      }
      XlsxBackend.properties(target.workbook.getXSSFWorkbook().getProperties(), input, input.title());
      var ctx = input.budget() == null ? null : input.budget().context();
      String profile = ctx == null || ctx.profile() == null ? null : ctx.profile().name();
      var custom = target.workbook.getXSSFWorkbook().getProperties().getCustomProperties();
      WorkbookSource.properties(form.region(), input.year(), profile, sheets)
          .forEach((k, v) -> custom.addProperty(k, XlsxBackend.xmlText(v)));
      target.write();
    }
    for (int f = 0; f < laterForms.size(); f++) {
      LaterForm lf = laterForms.get(f);
      Book book = laterBooks.get(f);
      XlsxBackend.properties(book.workbook.getXSSFWorkbook().getProperties(), input, lf.context().layout().title());
      // Import reads target forms only; these say what this workbook is and where its target forms are.
      var custom = book.workbook.getXSSFWorkbook().getProperties().getCustomProperties();
      custom.addProperty(WorkbookSource.LATER_FORM, XlsxBackend.xmlText(lf.context().layout().name()));
      custom.addProperty(WorkbookSource.TARGET_WORKBOOK, XlsxBackend.xmlText(input.name() + ".xlsx"));
      book.write();
    }
  }

  @Override
  public void close() throws IOException {
    closeAll(target, laterBooks);
  }

  /** Closes every workbook (deleting its temporary files), the first failure thrown after. */
  private static void closeAll(Book first, List<Book> rest) throws IOException {
    List<Book> all = new ArrayList<>();
    if (first != null) {
      all.add(first);
    }
    all.addAll(rest);
    Outputs.closeAll(all);
  }
}
