package dev.allclose.reference.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class AttentionCostTest {
  private static final String DIR = "/dev/allclose/reference/attention/";

  /**
   * make_attention_cost.py counts every matrix product of a forward pass written out in NumPy (on
   * real arrays for the small sizes, on shapes for the large ones), independently of the formulas.
   */
  @Test
  void agreesWithTheCountedForwardPass() throws IOException {
    List<long[]> rows = table("attention-cost.tsv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
    for (long[] r : rows) {
      Map<String, Long> counts = AttentionCost.attentionCost(r[0], r[1], r[2], r[3]);
      assertThat(counts.values())
          .as("counts for %s", Arrays.toString(Arrays.copyOf(r, 4)))
          .containsExactly(r[4], r[5], r[6], r[7], r[8], r[9]);
    }
  }

  /** Binary search on the exact integer condition in Python, at and next to the boundaries. */
  @Test
  void agreesWithBinarySearchOnTheMemoryCondition() throws IOException {
    List<long[]> rows = table("max-seq-len.tsv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
    for (long[] r : rows) {
      assertThat(AttentionCost.maxSeqLen(r[0], r[1], r[2], r[3]))
          .as("max_seq_len%s", Arrays.toString(Arrays.copyOf(r, 4)))
          .isEqualTo(r[4]);
    }
  }

  @Test
  void keysComeInTheContractsOrder() {
    assertThat(AttentionCost.attentionCost(2, 8, 16, 4).keySet())
        .containsExactly(
            "qkv_flops", "score_flops", "mix_flops", "out_flops", "total_flops", "score_elements");
  }

  @Test
  void closedFormsHold() {
    long b = 3;
    long t = 20;
    long d = 48;
    Map<String, Long> c = AttentionCost.attentionCost(b, t, d, 6);
    assertThat(c.get("total_flops")).isEqualTo(8 * b * t * d * d + 4 * b * t * t * d);
    assertThat(c.get("score_flops")).isEqualTo(c.get("mix_flops")).isEqualTo(2 * b * t * t * d);
    assertThat(c.get("score_elements")).isEqualTo(b * 6 * t * t);
  }

  @Test
  void integerSquareRootIsExactEverywhereNearItsSteps() {
    for (long t : new long[] {0, 1, 2, 3, 1_000_000, 94_906_265, 3_037_000_498L, 3_037_000_499L}) {
      long sq = t * t;
      assertThat(AttentionCost.isqrt(sq)).isEqualTo(t);
      if (t > 0) {
        assertThat(AttentionCost.isqrt(sq - 1)).isEqualTo(t - 1);
      }
      if (t < 3_037_000_499L) {
        assertThat(AttentionCost.isqrt(sq + 2 * t)).isEqualTo(t);
      }
    }
    assertThat(AttentionCost.isqrt(Long.MAX_VALUE)).isEqualTo(3_037_000_499L);
  }

  @Test
  void overflowingCountsAndBadSizesAreRefused() {
    assertThatThrownBy(() -> AttentionCost.attentionCost(1_000, 100_000_000, 1 << 20, 8))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> AttentionCost.attentionCost(1, 4, 10, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AttentionCost.maxSeqLen(Long.MAX_VALUE, Long.MAX_VALUE, 2, 1)).isZero();
  }

  private static List<long[]> table(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(AttentionCostTest.class.getResourceAsStream(DIR + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
          .lines()
          .filter(l -> !l.isBlank())
          .map(l -> Arrays.stream(l.split("\t")).mapToLong(Long::parseLong).toArray())
          .toList();
    }
  }
}
