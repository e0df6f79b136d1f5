package org.jixiao.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON document per project ({@code projects/NAME.json}) and one for the budget ({@code
 * budget.json}), valid against the schema printed by {@code jixiao schema}. Amounts are exact
 * decimal strings in 元 ("58372000.00"), with what was written kept beside them. Keys keep a fixed
 * order, lines end in {@code \n}, and nothing depends on the clock.
 */
public final class JsonBackend implements Backend {
  public static final String PROJECT_SCHEMA = "https://jixiao.org/schema/project-1.json";
  public static final String BUDGET_SCHEMA = "https://jixiao.org/schema/budget-1.json";

  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  @Override
  public String format() {
    return "json";
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    SimpleModule decimals = new SimpleModule();
    decimals.addSerializer(BigDecimal.class, new JsonSerializer<>() {
      @Override
      public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toPlainString());
      }
    });
    // A diagnostic's arguments (the diff's, a silenced warning's) as ArgJson writes them.
    decimals.addSerializer(org.jixiao.diag.Arg.class, new JsonSerializer<>() {
      @Override
      public void serialize(org.jixiao.diag.Arg value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeTree(org.jixiao.diag.ArgJson.node(value));
      }
    });
    mapper.registerModule(decimals);
    return mapper;
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** Serialises with the backend's settings: stable order, {@code \n}, decimal strings. */
  public static String toJson(Object value) throws IOException {
    return WRITER.writeValueAsString(value) + "\n";
  }

  @Override
  public void write(BuildInput input, Path folder) throws IOException {
    Path projects = Files.createDirectories(folder.resolve("projects"));
    for (int i = 0; i < input.projects().size(); i++) {
      Files.writeString(projects.resolve(input.fileNames().get(i) + ".json"),
          toJson(projectDocument(input, input.projects().get(i))), StandardCharsets.UTF_8);
    }
    Files.writeString(folder.resolve("budget.json"), toJson(budgetDocument(input)), StandardCharsets.UTF_8);
  }

  private static ObjectNode budgetHeader(BuildInput input) {
    ObjectNode b = MAPPER.createObjectNode();
    var ctx = input.budget().context();
    b.put("region", ctx.budget().region().text());
    b.put("year", input.year());
    b.put("title", input.title());
    b.put("profile", ctx.profile() == null ? null : ctx.profile().name());
    b.put("framework", ctx.framework() == null ? null : ctx.framework().title());
    b.put("folder", input.budget().displayName());
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
    Map<String, BigDecimal[]> sourceTotals = new LinkedHashMap<>();
    BigDecimal termTotal = BigDecimal.ZERO.setScale(2);
    BigDecimal annualTotal = BigDecimal.ZERO.setScale(2);
    int warnings = 0;
    int silenced = 0;
    for (int i = 0; i < input.projects().size(); i++) {
      ProjectView p = input.projects().get(i);
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
      for (ProjectView.FundsRow row : p.funds()) {
        BigDecimal[] sums = sourceTotals.computeIfAbsent(row.key(), k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        sums[0] = sums[0].add(row.term().yuan());
        sums[1] = sums[1].add(row.annual().yuan());
      }
      termTotal = termTotal.add(p.total().term().yuan());
      annualTotal = annualTotal.add(p.total().annual().yuan());
      warnings += p.warnings();
      silenced += p.silenced().size();
    }
    // Department totals of the projects in this document (building one file of a folder gives
    // that file's projects, consistent with "projects" and "totals").
    Map<String, BigDecimal[]> byDepartment = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ProjectView p : input.projects()) {
      BigDecimal[] sums = byDepartment.computeIfAbsent(p.departmentCode(), k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
      sums[0] = sums[0].add(p.total().term().yuan());
      sums[1] = sums[1].add(p.total().annual().yuan());
      names.putIfAbsent(p.departmentCode(), p.departmentName());
      counts.merge(p.departmentCode(), 1, Integer::sum);
    }
    ArrayNode departments = root.putArray("departments");
    for (Map.Entry<String, BigDecimal[]> d : byDepartment.entrySet()) {
      ObjectNode node = departments.addObject();
      node.put("code", d.getKey());
      node.put("name", names.get(d.getKey()));
      node.put("projects", counts.get(d.getKey()));
      node.put("term", d.getValue()[0].toPlainString());
      node.put("annual", d.getValue()[1].toPlainString());
    }
    ObjectNode totals = root.putObject("totals");
    for (int side = 0; side < 2; side++) {
      ObjectNode column = totals.putObject(side == 0 ? "term" : "annual");
      column.put("total", (side == 0 ? termTotal : annualTotal).toPlainString());
      ObjectNode bySource = column.putObject("sources");
      for (Map.Entry<String, BigDecimal[]> e : sourceTotals.entrySet()) {
        bySource.put(e.getKey(), e.getValue()[side].toPlainString());
      }
    }
    root.put("warnings", warnings);
    root.put("silenced", silenced);
    return root;
  }

  private static ObjectNode columnNode(ProjectView p, boolean term) {
    ObjectNode column = MAPPER.createObjectNode();
    column.put("total", (term ? p.total().term() : p.total().annual()).yuan().toPlainString());
    ObjectNode sources = column.putObject("sources");
    for (ProjectView.FundsRow row : p.funds()) {
      sources.put(row.key(), (term ? row.term() : row.annual()).yuan().toPlainString());
    }
    return column;
  }
}
