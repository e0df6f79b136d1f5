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

  @Override
  public void write(BuildInput input, Path folder) throws IOException {
    Path projects = Files.createDirectories(folder.resolve(PROJECTS));
    for (int i = 0; i < input.projects().size(); i++) {
      Files.writeString(PathText.resolve(projects, input.fileNames().get(i) + ".html"),
          project(input, input.projects().get(i)), StandardCharsets.UTF_8);
    }
    Files.writeString(folder.resolve("index.html"), summary(input), StandardCharsets.UTF_8);
    for (LaterForm later : LaterForm.of(input)) {
      Path pages = Files.createDirectories(PathText.resolve(folder, later.fileName()));
      for (int i = 0; i < later.projects().size(); i++) {
        Files.writeString(PathText.resolve(pages, later.fileNames().get(i) + ".html"),
            laterForm(input, later, i), StandardCharsets.UTF_8);
      }
    }
  }

  /** The page of one project's later form (自评表, 监控表), linking back to the summary and to its target form. */
  static String laterForm(BuildInput input, LaterForm later, int i) {
    ProjectView p = later.projects().get(i);
    Grid grid = FormLayout.of(p, later.context());
    String nav = "<p class=\"nav\"><a href=\"../index.html\">" + Html.text(input.messages().get("html.summary"))
        + "</a> · <a href=\"" + Html.href("../" + PROJECTS, later.fileNames().get(i) + ".html") + "\">"
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
    int projects = input.projects().size();
    boolean[] linked = new boolean[projects];
    for (Grid.Cell c : grid.cells()) {
      int i = c.row() - grid.headerRows();
      if (i >= 0 && i < projects && !linked[i] && c.value() instanceof Grid.Value.Text t
          && t.text().equals(input.projects().get(i).name())) {
        links.put(c, Html.href(PROJECTS, input.fileNames().get(i) + ".html"));
        linked[i] = true;
      }
    }
    return HtmlPage.of(grid.name() + " - " + input.title(), grid, "summary", true, "", links::get);
  }
}
