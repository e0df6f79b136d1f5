package org.jixiao.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.HtmlText;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;

/** A review as text for a terminal, or as markdown for a pull request's comment: each project, its grade, its findings at their lines. */
public final class ReviewReport {
  private final Messages messages;

  public ReviewReport(Messages messages) {
    this.messages = messages;
  }

  public String text(String current, String previous, List<Reviewer.ProjectReview> reviews) {
    StringBuilder out = new StringBuilder(messages.get("review.title", current, previous)).append("\n\n");
    TextRenderer renderer = new TextRenderer(messages);
    for (Reviewer.ProjectReview r : reviews) {
      out.append(header(r)).append('\n');
      r.findings().forEach(d -> out.append(renderer.render(d)));
      out.append('\n');
    }
    return out.append(summary(reviews)).append('\n').toString();
  }

  public String markdown(String current, String previous, List<Reviewer.ProjectReview> reviews) {
    StringBuilder out = new StringBuilder("## ").append(messages.get("review.title", current, previous)).append("\n\n");
    for (Reviewer.ProjectReview r : reviews) {
      out.append("### ").append(header(r)).append("\n\n");
      for (Diagnostic d : r.findings()) {
        out.append("- `").append(d.file().displayName()).append(':').append(d.line()).append("` **")
            .append(d.code().code()).append("** ").append(messages.message(d).replace("\n", " ")).append('\n');
      }
      out.append('\n');
    }
    return out.append(summary(reviews)).append('\n').toString();
  }

  /**
   * A page for the bureau: each project's findings in a table (where, code, finding), errors and
   * warnings marked, and the suggested grade; printable on A4 portrait. Everything the budget wrote
   * is escaped ({@link HtmlText}); the page loads nothing (its policy forbids it).
   */
  public String html(String current, String previous, List<Reviewer.ProjectReview> reviews) {
    String title = messages.get("review.title", current, previous);
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
        .append(messages.language() == Messages.Language.EN ? "en" : "zh-CN").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"jixiao\">\n")
        .append("<title>").append(HtmlText.text(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(HtmlText.text(title)).append("</h1>\n");
    for (Reviewer.ProjectReview r : reviews) {
      out.append("<section>\n<h2>").append(HtmlText.text(header(r))).append("</h2>\n");
      if (!r.findings().isEmpty()) {
        out.append("<table>\n<thead><tr><th>").append(HtmlText.text(messages.get("review.html.where"))).append("</th><th>")
            .append(HtmlText.text(messages.get("review.html.code"))).append("</th><th>")
            .append(HtmlText.text(messages.get("review.html.finding"))).append("</th></tr></thead>\n<tbody>\n");
        for (Diagnostic d : r.findings()) {
          out.append("<tr class=\"").append(d.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\"><td>")
              .append(HtmlText.text(d.file().displayName() + ":" + d.line())).append("</td><td>").append(d.code().code())
              .append("</td><td>").append(HtmlText.text(messages.message(d))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      out.append("</section>\n");
    }
    return out.append("<p class=\"summary\">").append(HtmlText.text(summary(reviews))).append("</p>\n</body>\n</html>\n").toString();
  }

  /** The page's print and screen style: A4 portrait, the forms' serif face, errors marked in the margin. */
  private static final String STYLE = String.join("\n",
      "@page { size: A4 portrait; margin: 15mm 12mm; }",
      "body { font-family: \"宋体\", SimSun, \"Noto Serif CJK SC\", serif; font-size: 11pt; color: #000; background: #fff; }",
      "h1 { font-size: 15pt; text-align: center; }",
      "h2 { font-size: 12pt; margin-top: 1.2em; break-after: avoid; }",
      "table { border-collapse: collapse; width: 100%; table-layout: fixed; }",
      "th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; overflow-wrap: anywhere; }",
      "th:nth-child(1), td:nth-child(1) { width: 30%; }",
      "th:nth-child(2), td:nth-child(2) { width: 12%; }",
      "tr { break-inside: avoid; }",
      "tr.error td:nth-child(2) { font-weight: bold; }") + "\n";

  private String header(Reviewer.ProjectReview r) {
    return messages.get(r.new_() ? "review.newProject" : "review.project", r.project(), String.valueOf(r.findings().size()),
        r.grade() == null ? "-" : r.grade());
  }

  private String summary(List<Reviewer.ProjectReview> reviews) {
    Map<String, Integer> byGrade = new LinkedHashMap<>();
    reviews.forEach(r -> byGrade.merge(r.grade() == null ? "-" : r.grade(), 1, Integer::sum));
    StringBuilder grades = new StringBuilder();
    byGrade.forEach((g, n) -> grades.append(grades.length() == 0 ? "" : "，").append(g).append(' ').append(n));
    return messages.get("review.summary", String.valueOf(reviews.size()), grades.toString());
  }
}
