package org.jixiao.semantics.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jixiao.source.Span;

/** {@link DateChecker#years}, which starts the year search where one can start, finds what the search over the whole span finds. */
class DateCheckerProperties {
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> chars = Arbitraries.strings().withChars("1290835年-—－–~～至 a中\"").ofMaxLength(40);
    // Mostly pieces of years, so that most texts hold some, next to digits and the range marks.
    Arbitrary<String> pieces = Arbitraries.of("2024", "1999", "2030", "20", "19", "9", "12", "年", "-", "—", "至", "～", "a", " ")
        .list().ofMaxSize(12).map(list -> String.join("", list));
    return Arbitraries.oneOf(chars, pieces, pieces);
  }

  @Property(tries = 5000)
  void sameYearsAsTheSearchOverTheWholeSpan(
      @ForAll("texts") String text, @ForAll @IntRange(max = 40) int a, @ForAll @IntRange(max = 40) int b) {
    int start = Math.min(Math.min(a, b), text.length());
    int end = Math.min(Math.max(a, b), text.length());
    Span span = new Span(start, end);
    Matcher whole = DateChecker.YEAR.matcher(text);
    whole.region(start, end);
    assertThat(found(DateChecker.years(text, span))).isEqualTo(found(whole));
  }

  private static List<String> found(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m != null && m.find()) {
      out.add(m.start() + ":" + m.end() + ":" + m.group() + ":" + m.group(2));
    }
    return out;
  }
}
