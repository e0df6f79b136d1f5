package org.jixiao.testing;

/** Forms shared by tests, and a way to check one form on its own. */
public final class Forms {
  private Forms() {}

  /**
   * Checks {@code text} as the only file of a fresh budget folder (property tests cannot use
   * JUnit's {@code @TempDir}); the folder is gone when this returns.
   */
  public static org.jixiao.driver.CompiledBudget compileAlone(String text) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("jx-form");
    try {
      java.nio.file.Path file = dir.resolve("a.jx");
      java.nio.file.Files.writeString(file, text);
      return new org.jixiao.driver.BudgetCompiler(new org.jixiao.driver.Workspace(dir))
          .compile(new org.jixiao.driver.BudgetInput(dir, ".", java.util.List.of(file), java.util.Set.of(file)));
    } finally {
      TempTrees.delete(dir);
    }
  }

  /** A complete, valid budget and project in one file, using most of the language. */
  public static final String VALID =
      "budget 阳泉市 2026 {\n  profile 山西\n}\n"
          + "project 人才工作经费 {\n"
          + "  department 005 \"中国共产党阳泉市委员会组织部\"\n"
          + "  implementer \"组织部\"\n"
          + "  attribute 跨年度\n"
          + "  period 2 年\n"
          + "  funds {\n    central 0 0\n    local 58,372,000 元 5837.2 万元\n    other 0 0\n  }\n"
          + "  overview \"为人才工作提供经费。\"\n           \"第二行。\"\n"
          + "  basis \"依据\"\n  necessity \"必要\"\n  measures \"措施\"\n  plan \"计划\"\n"
          + "  goal \"全年发放人才补助。\"\n"
          + "  indicator 数量.人才补助发放人数 >= 500 人/年 # 注释\n"
          + "  indicator term 成本.生活补助 ≤300元/人/月\n"
          + "  indicator annual 成本.生活补助 <= 300 元/人/月\n"
          + "  indicator 社会效益.人才吸引力 \"有效调动\"\n"
          + "  indicator 时效.发放时限 <= 2026-12-31\n"
          + "  indicator 满意度.服务对象满意度.满意度 >= 95%\n"
          + "  check 数量.人才补助发放人数 * 成本.生活补助 * 12 月 * 1 年 <= funds.annual\n"
          + "  filed 2025-12-22 18:10:34\n"
          + "}\n";

}
