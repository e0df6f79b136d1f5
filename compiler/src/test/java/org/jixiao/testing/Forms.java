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

  /** A valid budget on the 湖北 template, with a 预算成本构成 table (blank cells, a unit per amount, a total). */
  public static final String VALID_COSTS =
      "budget 江汉市 2026 {\n  profile 湖北\n}\n"
          + "project 社区养老服务补贴 {\n"
          + "  department \"江汉市民政局\"\n  implementer \"江汉市民政局\"\n  period 1 年\n"
          + "  funds 万元 {\n    财政拨款 150\n    其他资金 0\n  }\n"
          + "  costs 万元 {\n    years 2026 2025 2024\n    站点运营补贴 130 110 100\n"
          + "    服务质量评估 200,000 元 18 15\n    智慧养老平台 - - -\n    合计 150 128 115\n  }\n"
          + "  overview \"向社区养老服务站点发放运营补贴。\"\n  basis \"补贴办法。\"\n"
          + "  goal \"为 50 个站点足额发放运营补贴。\"\n"
          + "  indicator 数量.补贴站点数 >= 50 个 standard \"计划标准\"\n"
          + "  indicator 社会效益.养老服务可及性 \"有效提升\" standard \"计划标准\"\n"
          + "  indicator 满意度.老年人满意度 >= 90% standard \"计划标准\"\n"
          + "  handler \"周敏\"\n  phone \"027-85200000\"\n"
          + "}\n";

}
