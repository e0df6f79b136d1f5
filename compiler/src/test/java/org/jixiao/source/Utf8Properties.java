package org.jixiao.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Utf8#decodeBmp} decodes as the JDK's strict decoder does, or declines. */
class Utf8Properties {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(60),
        Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').withChars("a1 \n\"#，。\u00A0\u07FF\u0800\uFFFD\uFEFF".toCharArray())
            .ofMaxLength(200));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> valid = texts().map(s -> s.getBytes(StandardCharsets.UTF_8));
    // Valid text with one byte changed: truncated, overlong, surrogate or stray sequences.
    Arbitrary<byte[]> mutated = Combinators.combine(valid, Arbitraries.integers().between(0, 1000),
            Arbitraries.of((byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xE0, (byte) 0xED,
                (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xFF, (byte) 0x41))
        .as((b, at, value) -> {
          byte[] copy = b.clone();
          if (copy.length > 0) {
            copy[at % copy.length] = value;
          }
          return copy;
        });
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(30);
    return Arbitraries.oneOf(valid, mutated, random);
  }

  @Property(tries = 3000)
  void decodesAsTheStrictDecoderOrDeclines(@ForAll("bytes") byte[] bytes) {
    String strict = strict(bytes);
    String decoded = Utf8.decodeBmp(bytes);
    if (decoded != null) {
      assertThat(strict).as("accepted malformed bytes").isNotNull();
      assertThat(decoded).isEqualTo(strict);
    }
    if (strict != null && strict.length() == strict.codePointCount(0, strict.length())) {
      assertThat(decoded).as("declined well-formed text in the BMP").isEqualTo(strict);
    }
  }

  private static String strict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
