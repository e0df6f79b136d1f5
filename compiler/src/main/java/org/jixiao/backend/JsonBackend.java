package org.jixiao.backend;

import org.jixiao.source.PathText;
import org.jixiao.tables.ProjectSummary;
import org.jixiao.tables.ProjectView;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.syntax.Column;
import org.jixiao.tables.FundsTotals;
import org.jixiao.tables.TablesJson;

/**
 * One JSON document per project ({@code projects/NAME.json}) and one for the budget ({@code
 * budget.json}), valid against the schema printed by {@code jixiao schema}. Amounts are exact
 * decimal strings in 元 ("58372000.00"), with what was written kept beside them. Keys keep a fixed
 * order, lines end in {@code \n}, and nothing depends on the clock.
 */
public final class JsonBackend implements Backend {
  public static final String PROJECT_SCHEMA = "https://jixiao.org/schema/project-1.json";
  public static final String BUDGET_SCHEMA = "https://jixiao.org/schema/budget-1.json";

  private static final ObjectMapper MAPPER = TablesJson.MAPPER;

  @Override
  public String format() {
    return "json";
  }

  /** Serialises with the backend's settings: stable order, {@code \n}, decimal strings. */
  public static String toJson(Object value) throws IOException {
    return TablesJson.toJson(value);
  }

  @Override
  public Output<String> open(BuildInput input, Path folder) throws IOException {
    Path projects = Files.createDirectories(folder.resolve("projects"));
    return new Output<>() {
      @Override
      public String render(int index, ProjectView view) {
        try {
          return toJson(projectDocument(input, view));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e); // Jackson writing to a string: a defect, not the disk
        }
      }

      @Override
      public void emit(int index, String json) throws IOException {
        Files.writeString(PathText.resolve(projects, input.fileNames().get(index) + ".json"), json, StandardCharsets.UTF_8);
      }

      @Override
      public void finish() throws IOException {
        Files.writeString(folder.resolve("budget.json"), toJson(budgetDocument(input)), StandardCharsets.UTF_8);
      }
    };
  }

  private static ObjectNode budgetHeader(BuildInput input) {
    ObjectNode b = MAPPER.createObjectNode();
    var ctx = input.budget().context();
    b.put("region", ctx.budget().region().text());
    b.put("year", input.year());
    b.put("title", input.title());
    b.put("profile", ctx.profile() == null ? null : ctx.profile().name());
    b.put("framework", ctx.framework() == null ? null : ctx.framework().title());
    // The budget folder's own name: not the path from wherever the command ran.
    java.nio.file.Path folder = input.budget().folder();
    b.put("folder", folder == null || folder.getFileName() == null ? input.budget().displayName()
        : org.jixiao.source.PathText.text(folder.toAbsolutePath().normalize().getFileName()));
    return b;
  }

  static ObjectNode projectDocument(BuildInput input, ProjectView project) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", PROJECT_SCHEMA);
    root.set("budget", budgetHeader(input));
    root.set("project", MAPPER.valueToTree(project));
    return root;
  }

  static ObjectNode budgetDocument(BuildInput input) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", BUDGET_SCHEMA);
    root.set("budget", budgetHeader(input));
    ArrayNode projects = root.putArray("projects");
    int warnings = 0;
    int silenced = 0;
    for (int i = 0; i < input.size(); i++) {
      ProjectSummary p = input.summaries().get(i);
      ObjectNode node = projects.addObject();
      node.put("name", p.name());
      node.put("file", p.file());
      node.put("document", "projects/" + input.fileNames().get(i) + ".json");
      node.put("departmentCode", p.departmentCode());
      node.put("departmentName", p.departmentName());
      node.put("attribute", p.attribute() == null ? null : p.attribute().label());
      node.set("term", columnNode(p, true));
      node.set("annual", columnNode(p, false));
      node.put("warnings", p.warnings());
      node.put("silenced", p.silenced().size());
      warnings += p.warnings();
      silenced += p.silenced().size();
    }
    // The totals of the projects in this document (building one file of a folder gives that
    // file's projects, consistent with "projects"), as the checker added them up.
    FundsTotals sums = input.totals();
    ArrayNode departments = root.putArray("departments");
    for (FundsTotals.Department d : sums.departments()) {
      ObjectNode node = departments.addObject();
      node.put("code", d.code());
      node.put("name", d.name());
      node.put("projects", d.projects());
      node.put("term", d.term().toPlainString());
      node.put("annual", d.annual().toPlainString());
    }
    ObjectNode totals = root.putObject("totals");
    for (Column side : List.of(Column.TERM, Column.ANNUAL)) {
      FundsTotals.ColumnTotal sum = sums.column(side);
      ObjectNode column = totals.putObject(side == Column.TERM ? "term" : "annual");
      column.put("total", sum.total().toPlainString());
      ObjectNode bySource = column.putObject("sources");
      sum.sources().forEach((key, value) -> bySource.put(key, value.toPlainString()));
    }
    root.put("warnings", warnings);
    root.put("silenced", silenced);
    return root;
  }

  private static ObjectNode columnNode(ProjectSummary p, boolean term) {
    ObjectNode column = MAPPER.createObjectNode();
    column.put("total", (term ? p.total().term() : p.total().annual()).yuan().toPlainString());
    ObjectNode sources = column.putObject("sources");
    for (ProjectView.FundsRow row : p.funds()) {
      sources.put(row.key(), (term ? row.term() : row.annual()).yuan().toPlainString());
    }
    return column;
  }
}
