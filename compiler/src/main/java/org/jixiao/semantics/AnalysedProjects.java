package org.jixiao.semantics;

import java.util.List;

/**
 * A checked budget's projects as its outputs read them: each one's {@link ProjectDigest}, and on
 * request its tree with a context whose side tables hold what its passes found. A check that
 * keeps the trees hands out the tree it checked and the budget's context; a streamed check (a
 * build of a large budget, which lets each tree go once analysed) parses the project's kept text
 * again and runs its passes again, which give the same tables: they are a function of the project,
 * the library, the profile and the budget declaration.
 */
public interface AnalysedProjects {
  /** Every project of the budget, in order. */
  List<ProjectDigest> digests();

  /** The project of {@code digests().get(index)}; safe to call from several threads at once. */
  Analysed analysed(int index);

  /** A project's tree and a context whose side tables have its resolution. */
  record Analysed(ProjectFile project, BudgetContext context) {}

  /** The projects of a check that kept every tree: its context has every project's tables. */
  static AnalysedProjects kept(BudgetContext context) {
    return new AnalysedProjects() {
      @Override
      public List<ProjectDigest> digests() {
        return context.digests();
      }

      @Override
      public Analysed analysed(int index) {
        return new Analysed(context.projects().get(index), context);
      }
    };
  }
}
