package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.backend.JsonBackend;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.driver.CheckRun;

/**
 * Diagnostics for CI: SARIF 2.1.0 for code-scanning views, GitHub workflow annotations
 * ({@code ::error file=…,line=…::message}) and GitLab's Code Quality report, which merge requests show.
 */
final class CiFormats {
  private CiFormats() {}

  static String sarif(CheckRun run, Messages messages) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode sarifRun = root.putArray("runs").addObject();
    ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
    driver.put("name", "jixiao");
    driver.put("version", new Version().getVersion()[0].replace("jixiao ", ""));
    driver.put("informationUri", "https://jixiao.org/docs/language.md");
    Set<DiagnosticCode> used = new TreeSet<>();
    run.diagnostics().forEach(d -> used.add(d.code()));
    ArrayNode rules = driver.putArray("rules");
    for (DiagnosticCode code : EnumSet.copyOf(used.isEmpty() ? EnumSet.noneOf(DiagnosticCode.class) : used)) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code.code());
      rule.putObject("shortDescription").put("text", messages.template(code.code() + ".message"));
      rule.putObject("defaultConfiguration").put("level", level(code.defaultSeverity()));
    }
    // Our columns count code points, not UTF-16 units: say so, so that viewers place them right.
    sarifRun.put("columnKind", "unicodeCodePoints");
    ArrayNode results = sarifRun.putArray("results");
    for (Diagnostic d : run.diagnostics()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code().code());
      result.put("level", level(d.severity()));
      String hints = String.join(" ", messages.hints(d));
      result.putObject("message").put("text", messages.message(d) + (hints.isEmpty() ? "" : " " + hints));
      // The typed arguments in the result's property bag, for tools that want the amounts, not the text.
      org.jixiao.diag.ArgJson.write(result.putObject("properties").putArray("args"), d.args());
      if (d.file() != null) {
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(d.file().displayName()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.line());
        region.put("startColumn", d.column());
        region.put("endLine", d.file().line(d.span().end()));
        region.put("endColumn", Math.max(d.file().column(d.span().end()), d.column() + (d.span().length() == 0 ? 1 : 0)));
      }
    }
    return JsonBackend.toJson(root);
  }

  /** A relative path as an RFC 3986 URI reference: 人才.jx becomes %E4%BA%BA%E6%89%8D.jx. */
  static String uri(String path) {
    try {
      return new java.net.URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(path, e);
    }
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** One workflow command per diagnostic, as GitHub Actions reads them from a step's output. */
  static String github(CheckRun run, Messages messages) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : run.diagnostics()) {
      String command = switch (d.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      java.util.List<String> properties = new java.util.ArrayList<>();
      if (d.file() != null) {
        properties.add("file=" + property(d.file().displayName()));
        properties.add("line=" + d.line());
        properties.add("col=" + d.column());
        properties.add("endLine=" + d.file().line(d.span().end()));
        properties.add("endColumn=" + d.file().column(d.span().end()));
      }
      properties.add("title=" + property(d.code().code()));
      String hints = String.join(" ", messages.hints(d));
      out.append("::").append(command).append(' ').append(String.join(",", properties))
          .append("::").append(data(messages.message(d) + (hints.isEmpty() ? "" : "\n" + hints))).append('\n');
    }
    return out.toString();
  }

  /** Escaping of a workflow command's message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a workflow command's property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * GitLab's Code Quality report: a JSON array of issues with GitLab's fields (description,
   * check_name, fingerprint, severity, location.path and location.lines). A merge request compares
   * the fingerprints of its report with the target branch's to show what is new and what is fixed,
   * so a fingerprint depends on what the problem is (code, file, typed arguments, and which of
   * several identical ones), never on its line, the language or the money unit: editing a line above
   * it, or reading the report in English, changes no fingerprint.
   */
  static String gitlab(CheckRun run, Messages messages) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode issues = mapper.createArrayNode();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (Diagnostic d : run.diagnostics()) {
      String path = d.file() == null ? "." : d.file().displayName();
      StringBuilder identity = new StringBuilder(d.code().code()).append('\u0000').append(path);
      d.argKeys().forEach(a -> identity.append('\u0000').append(a));
      int occurrence = seen.merge(identity.toString(), 1, Integer::sum);
      ObjectNode issue = issues.addObject();
      String hints = String.join(" ", messages.hints(d));
      issue.put("description", messages.message(d) + (hints.isEmpty() ? "" : " " + hints));
      issue.put("check_name", d.code().code());
      issue.put("fingerprint", sha256(identity.append('\u0000').append(occurrence).toString()));
      issue.put("severity", switch (d.severity()) {
        // An error fails the check and the form cannot be submitted; GitLab draws critical in red.
        case ERROR -> "critical";
        case WARNING -> "minor";
        case INFO -> "info";
      });
      ObjectNode location = issue.putObject("location");
      location.put("path", path);
      ObjectNode lines = location.putObject("lines");
      lines.put("begin", Math.max(1, d.line()));
      lines.put("end", Math.max(1, d.file() == null ? 1 : d.file().line(d.span().end())));
    }
    return JsonBackend.toJson(issues);
  }

  private static String sha256(String text) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
