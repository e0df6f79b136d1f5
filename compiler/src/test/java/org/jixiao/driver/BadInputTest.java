package org.jixiao.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: each gets coded diagnostics, in bounded time, never an exception. */
class BadInputTest {
  @TempDir Path dir;

  private CompiledBudget check(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    Workspace workspace = new Workspace(dir);
    return new BudgetCompiler(workspace).compile(new BudgetInput(dir, ".", List.of(file), Set.of(file)));
  }

  @Test
  void manyErrorsAreCapped() throws IOException {
    String text = "budget 甲 2026 {\n  profile 山西\n}\n" + "@\n".repeat(5000);
    CompiledBudget result = check("many.jx", text);
    assertThat(result.diagnostics()).hasSize(DiagnosticSink.MAX_PER_FILE + 1);
    Diagnostic last = result.diagnostics().get(result.diagnostics().size() - 1);
    assertThat(last.code()).isEqualTo(DiagnosticCode.TOO_MANY_DIAGNOSTICS);
    assertThat(last.argKeys()).containsExactly(String.valueOf(5000 - DiagnosticSink.MAX_PER_FILE));
  }

  @Test
  void anErrorBeyondTheCapStillFailsTheCheck() throws IOException {
    StringBuilder text = new StringBuilder(org.jixiao.testing.Forms.VALID.replace("  filed 2025-12-22 18:10:34\n", ""));
    text.setLength(text.lastIndexOf("}"));
    for (int i = 0; i < 120; i++) {
      text.append("  indicator 社会效益.效果").append(i).append(" \"明显改善").append(i).append("\"\n");
    }
    text.append("  filed 2027-06-01 10:00:00\n}\n"); // JX0703, an error, after 120 warnings
    CompiledBudget result = check("capped.jx", text.toString());
    Diagnostic last = result.diagnostics().get(result.diagnostics().size() - 1);
    assertThat(last.code()).isEqualTo(DiagnosticCode.TOO_MANY_DIAGNOSTICS);
    assertThat(last.severity()).isEqualTo(org.jixiao.diag.Severity.ERROR);
  }

  @Test
  void tenThousandNestedBlocks() throws IOException {
    CompiledBudget result = check("nested.jx", "project 甲 " + "{".repeat(10_000) + "}".repeat(10_000));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NESTING_TOO_DEEP);
  }

  @Test
  void tenThousandNestedParentheses() throws IOException {
    String text = "project 甲 {\n  check " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + " <= 2\n}\n";
    CompiledBudget result = check("parens.jx", text);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.NESTING_TOO_DEEP);
  }

  @Test
  void tenThousandRepeatedBlocks() throws IOException {
    StringBuilder text = new StringBuilder("budget 甲 2026 {\n  profile 山西\n}\nproject 乙 {\n");
    for (int i = 0; i < 10_000; i++) {
      text.append("  funds {\n    local 1\n  }\n");
    }
    text.append("}\n");
    CompiledBudget result = check("repeated.jx", text.toString());
    assertThat(result.diagnostics()).hasSize(DiagnosticSink.MAX_PER_FILE + 1);
    assertThat(result.diagnostics().get(0).code()).isIn(DiagnosticCode.FIELD_WRITTEN_TWICE, DiagnosticCode.REQUIRED_FIELD_MISSING);
  }

  @Test
  void tenThousandProjects() throws IOException {
    StringBuilder text = new StringBuilder("budget 甲 2026 {\n  profile 山西\n}\n");
    for (int i = 0; i < 10_000; i++) {
      text.append("project 项目").append(i).append(" {\n}\n");
    }
    CompiledBudget result = check("projects.jx", text.toString());
    assertThat(result.projectCount()).isEqualTo(10_000);
    assertThat(result.diagnostics()).hasSize(DiagnosticSink.MAX_PER_FILE + 1);
  }

  @Test
  void internalErrorIsAReportNotAStackTrace() throws IOException {
    Path file = dir.resolve("crash.jx");
    Files.writeString(file, "project 甲 {}\n");
    Workspace workspace = new Workspace(dir);
    BudgetCompiler crashing =
        new BudgetCompiler(workspace, (f, sink) -> {
          throw new IllegalStateException("boom");
        });
    CompiledBudget result = crashing.compile(new BudgetInput(dir, ".", List.of(file), Set.of(file)));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.INTERNAL_ERROR);
    String rendered = new TextRenderer(new Messages(Messages.Language.ZH)).render(result.diagnostics().get(0));
    assertThat(rendered).contains("JX9999").contains("boom").doesNotContain("\tat ");
  }

  /** A defect in one rule pass is a JX9999 report; the passes after it still run. */
  @Test
  void aRuleThatFailsIsAReportAndTheOtherRulesStillRun() throws IOException {
    Path folder = Golden.repo().resolve("examples/yangquan-2026");
    Path form = folder.resolve("005-人才工作经费.jx");
    Workspace workspace = new Workspace(folder);
    // The narrative texts are read by the text rules only: a null one breaks that pass alone.
    BudgetCompiler broken = new BudgetCompiler(workspace, (f, sink) -> {
      org.jixiao.syntax.SourceUnit unit = org.jixiao.syntax.SourceParser.parse(f, sink);
      List<org.jixiao.syntax.Decl> decls = new java.util.ArrayList<>();
      for (org.jixiao.syntax.Decl d : unit.declarations()) {
        if (d instanceof org.jixiao.syntax.Decl.Project p) {
          List<org.jixiao.syntax.ProjectItem> items = new java.util.ArrayList<>();
          for (org.jixiao.syntax.ProjectItem item : p.items()) {
            items.add(item instanceof org.jixiao.syntax.ProjectItem.Narrative n
                ? new org.jixiao.syntax.ProjectItem.Narrative(n.kind(), new org.jixiao.syntax.Text(null, n.text().span()), n.span())
                : item);
          }
          d = new org.jixiao.syntax.Decl.Project(p.name(), items, p.allows(), p.span());
        }
        decls.add(d);
      }
      return new org.jixiao.syntax.SourceUnit(unit.file(), decls, unit.comments());
    });
    CompiledBudget result = broken.compile(new BudgetInput(folder, "yangquan-2026",
        workspace.budgets(List.of(folder), new DiagnosticSink()).get(0).files(), Set.of(form, folder.resolve("budget.jx"))));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.INTERNAL_ERROR);
    // The other passes ran (the cost check's finding is there, silenced by the form's allow), and
    // no allow is called unused because the text rules it was for could not run.
    assertThat(result.context().silenced()).extracting(x -> x.diagnostic().code()).contains(DiagnosticCode.COST_EXCEEDS_FUNDS);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.ALLOW_UNUSED);
  }

  @Test
  void binaryGarbageIsNotUtf8() throws IOException {
    Path file = dir.resolve("garbage.jx");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(file, bytes);
    CompiledBudget result = new BudgetCompiler(new Workspace(dir)).compile(new BudgetInput(dir, ".", List.of(file), Set.of(file)));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.FILE_NOT_UTF8);
  }
}
