package org.jixiao.driver;

import java.util.function.BiFunction;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceParser;
import org.jixiao.syntax.SourceUnit;

/**
 * Checks one budget folder from scratch: reads and parses every file, builds the folder's library
 * on top of the stdlib, finds the budget and its profile, and runs the passes. A file that fails
 * to parse still contributes what could be recovered, so one broken form never hides the problems
 * of others. The command line's check; an editor keeps a {@link BudgetSession} instead.
 */
public final class BudgetCompiler {
  private final Workspace workspace;
  private final BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser;
  private final boolean rules;
  private final boolean streamed;

  public BudgetCompiler(Workspace workspace) {
    this(workspace, SourceParser::parse, true, false);
  }

  /**
   * A compiler that lets each project's tree go once it is analysed, and gives it again, parsed
   * anew, when an output asks for it ({@link StreamedProjects}): a build's, whose memory must not
   * grow with every form's tree. Its findings are the same as the other's; it parses each project
   * file once more.
   */
  public static BudgetCompiler streamed(Workspace workspace) {
    return new BudgetCompiler(workspace, SourceParser::parse, true, true);
  }

  /**
   * @param rules false to stop after names and structure (the checks of the language alone), as
   *     the benchmark does to measure what the form rules cost
   */
  public BudgetCompiler(Workspace workspace, boolean rules) {
    this(workspace, SourceParser::parse, rules, false);
  }

  /** With another parser: tests use it to show that a crash becomes a report, not a trace. */
  BudgetCompiler(Workspace workspace, BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser) {
    this(workspace, parser, true, false);
  }

  private BudgetCompiler(Workspace workspace, BiFunction<SourceFile, DiagnosticSink, SourceUnit> parser, boolean rules,
      boolean streamed) {
    this.workspace = workspace;
    this.parser = parser;
    this.rules = rules;
    this.streamed = streamed;
  }

  public CompiledBudget compile(BudgetInput input) {
    return compile(input, () -> {});
  }

  /** As {@link #compile(BudgetInput)}, running {@code afterEachFile} when a file has been read and parsed. */
  public CompiledBudget compile(BudgetInput input, Runnable afterEachFile) {
    return new BudgetSession(workspace, parser, rules, false, streamed).compile(input, afterEachFile);
  }
}
