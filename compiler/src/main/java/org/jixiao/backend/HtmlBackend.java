package org.jixiao.backend;

import org.jixiao.source.PathText;
import org.jixiao.tables.ProjectView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One HTML page per project ({@code projects/NAME.html}, the official form drawn from {@link
 * FormLayout}, A4 portrait) and {@code index.html} (the summary drawn from {@link SummaryLayout},
 * A4 landscape, its project names linking to the forms). The pages draw the same grids as the
 * Excel backend, so both show the same layout; see {@link HtmlTable} and {@link HtmlPage}.
 */
public final class HtmlBackend implements Backend {
  static final String PROJECTS = "projects";

  @Override
  public String format() {
    return "html";
  }

  /** One project's pages: its form, and its later forms' in the order of {@link LaterForm#of}. */
  record Pages(String form, List<String> later) {}

  @Override
  public Output<Pages> open(BuildInput input, Path folder) throws IOException {
    Path projects = Files.createDirectories(folder.resolve(PROJECTS));
    List<LaterForm> laterForms = LaterForm.of(input);
    List<Path> laterFolders = new ArrayList<>();
    for (LaterForm later : laterForms) {
      laterFolders.add(Files.createDirectories(PathText.resolve(folder, later.fileName())));
    }
    return new Output<>() {
      @Override
      public Pages render(int index, ProjectView view) {
        List<String> later = new ArrayList<>();
        for (LaterForm form : laterForms) {
          if (form.has(index)) {
            later.add(laterForm(input, form, view, input.fileNames().get(index)));
          }
        }
        return new Pages(project(input, view), later);
      }

      @Override
      public void emit(int index, Pages pages) throws IOException {
        Files.writeString(PathText.resolve(projects, input.fileNames().get(index) + ".html"), pages.form(), StandardCharsets.UTF_8);
        int next = 0;
        for (int f = 0; f < laterForms.size(); f++) {
          if (laterForms.get(f).has(index)) {
            Files.writeString(PathText.resolve(laterFolders.get(f), laterForms.get(f).projectFileName(index) + ".html"),
                pages.later().get(next++), StandardCharsets.UTF_8);
          }
        }
      }

      @Override
      public void finish() throws IOException {
        Files.writeString(folder.resolve("index.html"), summary(input), StandardCharsets.UTF_8);
      }
    };
  }

  /** The page of one project's later form (自评表, 监控表), linking back to the summary and to its target form. */
  static String laterForm(BuildInput input, LaterForm later, ProjectView p, String fileName) {
    Grid grid = FormLayout.of(p, later.context());
    String nav = "<p class=\"nav\"><a href=\"../index.html\">" + Html.text(input.messages().get("html.summary"))
        + "</a> · <a href=\"" + Html.href("../" + PROJECTS, fileName + ".html") + "\">"
        + Html.text(input.messages().get("html.targetForm")) + "</a></p>\n";
    return HtmlPage.of(p.name() + " - " + later.context().layout().title(), grid, "form", false, nav, c -> null);
  }

  /** The page of one project's form. */
  static String project(BuildInput input, ProjectView p) {
    Grid grid = FormLayout.of(p, input.formContext());
    String nav = "<p class=\"nav\"><a href=\"../index.html\">"
        + Html.text(input.messages().get("html.summary")) + "</a></p>\n";
    return HtmlPage.of(p.name() + " - " + input.title(), grid, "form", false, nav, c -> null);
  }

  /** The summary page, each project name a link to that project's page. */
  static String summary(BuildInput input) {
    Grid grid = SummaryLayout.of(input, XlsxBackend.sourceLabels(input));
    Map<Grid.Cell, String> links = new HashMap<>();
    // In one pass over the cells (a search of every cell per project row took seconds at 10,000
    // projects): on each project's row, the first cell that shows its name links to its page.
    int projects = input.size();
    boolean[] linked = new boolean[projects];
    for (Grid.Cell c : grid.cells()) {
      int i = c.row() - grid.headerRows();
      if (i >= 0 && i < projects && !linked[i] && c.value() instanceof Grid.Value.Text t
          && t.text().equals(input.summaries().get(i).name())) {
        links.put(c, Html.href(PROJECTS, input.fileNames().get(i) + ".html"));
        linked[i] = true;
      }
    }
    return HtmlPage.of(grid.name() + " - " + input.title(), grid, "summary", true, "", links::get);
  }
}
