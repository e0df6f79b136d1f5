package org.jixiao.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
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
