package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTest {
  @Test
  void namesAreValidAndUnique() {
    SheetNames names = new SheetNames();
    assertThat(names.unique("汇总")).isEqualTo("汇总");
    assertThat(names.unique("汇总")).isEqualTo("汇总(2)");
    assertThat(names.unique("history")).isEqualTo("history(2)");
    assertThat(names.unique("a:b/c\\d?e*f[g]h")).isEqualTo("a_b_c_d_e_f_g_h");
    assertThat(names.unique("'引号'")).isEqualTo("引号");
    assertThat(names.unique("   ")).isEqualTo("Sheet");
    assertThat(names.unique("ABC")).isEqualTo("ABC");
    assertThat(names.unique("abc")).isEqualTo("abc(2)");
    String emoji = names.unique("😀".repeat(40));
    assertThat(emoji).hasSize(30).isEqualTo("😀".repeat(15));
    String again = names.unique("😀".repeat(40));
    assertThat(again).isEqualTo("😀".repeat(14) + "(2)");
    String long31 = names.unique("一".repeat(40));
    assertThat(long31).hasSize(31);
    for (String n : new String[] {emoji, again, long31}) {
      WorkbookUtil.validateSheetName(n);
    }
  }
}
