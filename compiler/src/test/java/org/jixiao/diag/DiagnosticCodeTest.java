package org.jixiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The constants' names are for Java, the codes for users: both unique, the codes stable in form. */
class DiagnosticCodeTest {
  @Test
  void everyNameIsUniqueUpperSnakeAndNotACode() {
    Set<String> names = new HashSet<>();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      assertThat(names.add(c.name())).as(c.name()).isTrue();
      assertThat(c.name()).as(c.code()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*").doesNotMatch("JX\\d{4}");
    }
  }

  @Test
  void everyCodeIsJxAndFourDigitsUniqueAndInOrder() {
    List<String> codes = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).toList();
    assertThat(codes).allMatch(code -> code.matches("JX\\d{4}"));
    assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
    assertThat(codes).isSorted();
  }

  @Test
  void byCodeFindsEachCodeInAnyCaseAndNothingElse() {
    for (DiagnosticCode c : DiagnosticCode.values()) {
      assertThat(DiagnosticCode.byCode(c.code())).contains(c);
      assertThat(DiagnosticCode.byCode(c.code().toLowerCase(java.util.Locale.ROOT))).contains(c);
      assertThat(DiagnosticCode.byCode(c.name())).as("the Java name is no code").isEmpty();
    }
    assertThat(DiagnosticCode.byCode("JX0501")).contains(DiagnosticCode.FUNDS_TOTAL_NOT_SUM_OF_SOURCES);
    assertThat(DiagnosticCode.byCode("JX0000")).isEmpty();
    assertThat(DiagnosticCode.byCode("")).isEmpty();
  }
}
