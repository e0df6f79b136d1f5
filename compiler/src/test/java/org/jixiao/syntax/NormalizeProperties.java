package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Normalize#key}'s shortcut for plain text gives what full NFKC folding gives. */
class NormalizeProperties {
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0020', '\u007F').withCharRange('\u4DF0', '\uA010').ofMaxLength(12),
        Arbitraries.strings().withChars("数量指标（）()ＡＡａ１1 \u3000\u00A0\uFA11\uF900兀⺀⼀丽①㎡".toCharArray()).ofMaxLength(8),
        // What narratives hold: full-width punctuation, CJK punctuation, white space, and now and
        // then a character outside the shortcut's table (… folds to three dots, ① to 1).
        Arbitraries.strings().withCharRange('\uFF01', '\uFF5E').withCharRange('\u3000', '\u3020')
            .withCharRange('\u2010', '\u2030').withChars("数量指标 \t\n\r\u00A0\u00B7a1…①\u0301".toCharArray()).ofMaxLength(16),
        Arbitraries.strings().ofMaxLength(12));
  }

  @Property(tries = 3000)
  void theShortcutFoldsAsNfkc(@ForAll("names") String text) {
    assertThat(Normalize.key(text)).isEqualTo(Normalize.slowKey(text));
  }

  @Test
  void everyCharacterTheShortcutKeepsIsKeptByNfkc() {
    for (char c = 0x21; c <= 0x7E; c++) {
      assertThat(Normalize.slowKey("数" + c + "量")).isEqualTo("数" + c + "量");
    }
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      assertThat(Normalize.slowKey("a" + c)).isEqualTo("a" + c);
    }
    for (char c = 0; c < 0xFFFF; c++) {
      if (Normalize.keptCjkPunctuation(c)) {
        assertThat(Normalize.slowKey("数" + c + "量")).isEqualTo("数" + c + "量");
      }
    }
    for (char c = 0xFF01; c <= 0xFF5E; c++) {
      assertThat(Normalize.slowKey("数" + c + "量")).isEqualTo("数" + (char) (c - 0xFEE0) + "量");
    }
    for (char c : " \t\n\r\u3000\u00A0".toCharArray()) {
      assertThat(Normalize.slowKey("数" + c + "量")).isEqualTo("数量");
    }
  }
}
