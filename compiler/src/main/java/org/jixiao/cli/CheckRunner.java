package org.jixiao.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CheckRun;

/** Runs {@code jixiao check} and prints its report; no process state, so tests call it directly. */
public final class CheckRunner {
  public enum Format {
    text,
    json,
    sarif,
    github,
    gitlab
  }

  public record Options(List<Path> paths, Format format, Messages messages, boolean strict) {}

  private final Options options;
  private final PrintWriter out;
  private final Path base;

  private boolean color;
  private org.jixiao.driver.Progress progress = org.jixiao.driver.Progress.NONE;

  public CheckRunner(Options options, PrintWriter out, Path base) {
    this.options = options;
    this.out = out;
    this.base = base;
  }

  /** Colour in the text report, and where to tell how far the check has come (a terminal's stderr). */
  public CheckRunner display(boolean color, org.jixiao.driver.Progress progress) {
    this.color = color;
    this.progress = progress;
    return this;
  }

  public int run() {
    long started = System.nanoTime();
    CheckRun run = CheckRun.check(options.paths(), base, progress);
    progress.finish();
    long errors = run.count(Severity.ERROR);
    long warnings = run.count(Severity.WARNING);
    if (options.format() == Format.json) {
      out.print(json(run, options.messages()));
    } else if (options.format() == Format.sarif || options.format() == Format.gitlab) {
      try {
        out.print(options.format() == Format.sarif
            ? CiFormats.sarif(run, options.messages()) : CiFormats.gitlab(run, options.messages()));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else if (options.format() == Format.github) {
      out.print(CiFormats.github(run, options.messages()));
    } else {
      TextRenderer renderer = new TextRenderer(options.messages(), color);
      for (Diagnostic d : run.diagnostics()) {
        out.print(renderer.render(d));
        out.print('\n');
      }
      BigDecimal seconds =
          BigDecimal.valueOf(System.nanoTime() - started).movePointLeft(9).setScale(2, RoundingMode.HALF_UP);
      out.print(
          options.messages().get("summary.text",
              String.valueOf(run.fileCount()), String.valueOf(run.projectCount()),
              String.valueOf(errors), String.valueOf(warnings), seconds.toPlainString()));
      if (!run.silenced().isEmpty()) {
        out.print(options.messages().get("summary.silenced", String.valueOf(run.silenced().size())));
      }
      if (options.strict() && warnings > 0) {
        out.print(options.messages().get("summary.strict"));
      }
      out.print('\n');
    }
    out.flush();
    return errors > 0 || (options.strict() && warnings > 0) ? Main.EXIT_DIAGNOSTICS : Main.EXIT_OK;
  }

  /** The report as JSON: stable key order, {@code \n} line ends, no timings. */
  public static String json(CheckRun run, Messages messages) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : run.diagnostics()) {
      ObjectNode node = list.addObject();
      node.put("code", d.code().code());
      node.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
      if (d.file() != null) {
        node.put("file", d.file().displayName());
        node.put("line", d.line());
        node.put("column", d.column());
        node.put("endLine", d.file().line(d.span().end()));
        node.put("endColumn", d.file().column(d.span().end()));
      }
      node.put("message", messages.message(d));
      org.jixiao.diag.ArgJson.write(node.putArray("args"), d.args());
      ArrayNode hints = node.putArray("hints");
      messages.hints(d).forEach(hints::add);
    }
    ArrayNode silenced = root.putArray("silenced");
    for (org.jixiao.semantics.BudgetContext.Silenced s : run.silenced()) {
      ObjectNode node = silenced.addObject();
      Diagnostic d = s.diagnostic();
      node.put("code", d.code().code());
      node.put("file", d.file().displayName());
      node.put("line", d.line());
      node.put("column", d.column());
      node.put("message", messages.message(d));
      org.jixiao.diag.ArgJson.write(node.putArray("args"), d.args());
      node.put("reason", s.reason());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", run.fileCount());
    summary.put("projects", run.projectCount());
    summary.put("errors", run.count(Severity.ERROR));
    summary.put("warnings", run.count(Severity.WARNING));
    summary.put("silenced", run.silenced().size());
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return mapper.writer(printer).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
