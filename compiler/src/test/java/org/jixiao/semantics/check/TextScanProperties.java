package org.jixiao.semantics.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link TextScan}'s hand-written scans give what the regexes they replace give. */
class TextScanProperties {
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[、，。；：,.;:）)】》]");
  private static final String BRACKETS = "（）()《》【】[]“”";

  /** Texts dense in what the rules look at: numerals, brackets, markup, punctuation. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("一二三四五六七八九十0123456789（）()《》【】[]“”<>/ab、，。；：,.;:资金 ".toCharArray())
            .ofMaxLength(24),
        Arbitraries.strings().withChars("一二十123（()）) ".toCharArray()).ofMaxLength(10),
        Arbitraries.strings().withChars("<>/pbrspan =\"'资金".toCharArray()).ofMaxLength(16),
        Arbitraries.strings().ofMaxLength(16));
  }

  @Property(tries = 5000)
  void bracketCountsAreThoseOfTheTextWithoutListNumbers(@ForAll("texts") String text) {
    String without = TextScan.LIST_NUMBER.matcher(text).replaceAll("");
    for (char bracket : BRACKETS.toCharArray()) {
      assertThat(TextScan.countOutsideListNumbers(text, bracket))
          .as("%s in %s", bracket, text)
          .isEqualTo((int) without.chars().filter(c -> c == bracket).count());
    }
  }

  @Property(tries = 3000)
  void tagsAreRemovedAsByTheRegex(@ForAll("texts") String text) {
    assertThat(TextScan.withoutTags(text)).isEqualTo(TextScan.TAG.matcher(text).replaceAll(""));
  }

  @Property(tries = 3000)
  void leadingPunctuationIsWhatTheRegexFinds(@ForAll("texts") String text) {
    assertThat(TextScan.startsWithPunctuation(text)).isEqualTo(LEADING_PUNCTUATION.matcher(text).find());
  }

  @Example
  void listNumbersAndBracketedNumbers() {
    assertThat(TextScan.countOutsideListNumbers("一）二）", '）')).isZero();
    assertThat(TextScan.countOutsideListNumbers("（一）（二）", '）')).isEqualTo(2);
    assertThat(TextScan.countOutsideListNumbers("(12)", ')')).isZero();
    assertThat(TextScan.countOutsideListNumbers("(1)", ')')).isEqualTo(1);
    assertThat(TextScan.countOutsideListNumbers("1)2)3)", ')')).isZero();
  }
}
