package org.jixiao.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.tables.ProjectSummary;

/**
 * What a workbook built by jixiao says of its source beyond the printed forms, kept in the
 * workbook's custom document properties (File › Properties in Excel; never printed): the budget's
 * region, year and profile, and for each form the warnings its {@code allow} lines explain and the
 * 二级指标 it declares empty. The form shows none of these (a 全国 form prints no region; a
 * layout that prints every category shows a declared empty row as any other), so without them a
 * workbook read back by {@code jixiao import} would lose what the office wrote.
 */
public final class WorkbookSource {
  private WorkbookSource() {}

  public static final String REGION = "jixiao.region";
  public static final String YEAR = "jixiao.year";
  public static final String PROFILE = "jixiao.profile";
  /** On a later form's workbook (自评表, 监控表): which form, and the file name of its target form's workbook. */
  public static final String LATER_FORM = "jixiao.laterForm";
  public static final String TARGET_WORKBOOK = "jixiao.targetWorkbook";
  /** One property per form with anything to say: {@code jixiao.form.1}, {@code jixiao.form.2}… */
  public static final String FORM_PREFIX = "jixiao.form.";

  /** A warning an {@code allow} line explains: its code, its message as the build wrote it, and the reason. */
  public record Allowed(String code, String message, String reason) {}

  /** One form's source-only facts, by the name of its sheet. */
  public record Form(String sheet, List<Allowed> allowed, List<String> emptyRows) {
    public Form {
      allowed = allowed == null ? List.of() : List.copyOf(allowed);
      emptyRows = emptyRows == null ? List.of() : List.copyOf(emptyRows);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The properties for a budget: its region, year and profile, then each form that has facts to keep. */
  static Map<String, String> properties(String region, int year, String profile, Map<String, ProjectSummary> sheets) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(REGION, region);
    out.put(YEAR, String.valueOf(year));
    if (profile != null) {
      out.put(PROFILE, profile);
    }
    int n = 0;
    for (Map.Entry<String, ProjectSummary> e : sheets.entrySet()) {
      ProjectSummary p = e.getValue();
      List<Allowed> allowed = new ArrayList<>();
      p.silenced().forEach(s -> allowed.add(new Allowed(s.code(), s.message(), s.reason())));
      if (!allowed.isEmpty() || !p.emptyRows().isEmpty()) {
        out.put(FORM_PREFIX + ++n, write(new Form(e.getKey(), allowed, p.emptyRows())));
      }
    }
    return out;
  }

  private static String write(Form form) {
    try {
      return JSON.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // records of strings always serialise
    }
  }

  /** A form's facts as a property holds them; null when the text is not one (edited by hand). */
  public static Form read(String json) {
    try {
      Form f = JSON.readValue(json, Form.class);
      return f.sheet() == null ? null : f;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }
}
