package dev.allclose.reference.attention;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the gathering reference against {@code make_sliding_window_attention.py} (NumPy and SciPy,
 * in the test resources), which builds the (T, T) visibility mask from its definition and applies
 * scipy.special.softmax to the masked scores; and against {@link FlashAttention} (itself checked
 * against PyTorch) where the pattern degenerates to full or causal attention.
 */
class SlidingWindowAttentionTest {
  private static final boolean CAUSAL = true;

  static List<Golden> oracles() {
    return GoldenCases.besideScript(
        SlidingWindowAttentionTest.class, "make_sliding_window_attention.py", "sliding-window-");
  }

  @Test
  void theOracleFolderHoldsEveryCase() throws Exception {
    assertThat(oracles()).hasSize(14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void agreesWithTheDenseMaskedSoftmax(Golden g) {
    double[][][] out =
        SlidingWindowAttention.forward(
            cube(g.get("Q")),
            cube(g.get("K")),
            cube(g.get("V")),
            g.integer("window"),
            g.flag("causal"),
            ints(g.get("global_tokens")));
    assertGolden(out, g.get("out_0"), g.name());
  }

  /** A window reaching the whole sequence, or every token global, is ordinary attention. */
  @ParameterizedTest(name = "T={0} window={1} every token global={2} causal={3}")
  @CsvSource({
    "12, 11, false, false",
    "12, 11, false, true",
    "12, 50, false, true",
    "12, 0, true, false",
    "12, 0, true, true",
    "1, 0, false, true",
    "5, 2, true, false"
  })
  void degeneratesToFullAttention(int t, int window, boolean allGlobal, boolean causal) {
    Rng rng = new Rng(13L * t + window);
    double[][][] q = cube(rng.normal(2.0, 2, t, 6));
    double[][][] k = cube(rng.normal(2.0, 2, t, 6));
    double[][][] v = cube(rng.normal(1.0, 2, t, 6));
    int[] globals = allGlobal ? IntStream.range(0, t).toArray() : new int[0];
    double[][][] out = SlidingWindowAttention.forward(q, k, v, window, causal, globals);
    FlashAttention.Output full =
        FlashAttention.forward(heads(q), heads(k), heads(v), Math.max(t, 1), causal);
    assertGolden(out, NestedArrays.fromNested(full.o()).reshape(2, t, 6), "output");
  }

  /** global_tokens is a set: order and repetition change nothing. */
  @Test
  void globalTokensAreASet() {
    Rng rng = new Rng(17);
    double[][][] q = cube(rng.normal(1.0, 1, 30, 4));
    double[][][] k = cube(rng.normal(1.0, 1, 30, 4));
    double[][][] v = cube(rng.normal(1.0, 1, 30, 4));
    for (boolean causal : new boolean[] {false, true}) {
      double[][][] sorted = SlidingWindowAttention.forward(q, k, v, 2, causal, new int[] {3, 14});
      double[][][] messy =
          SlidingWindowAttention.forward(q, k, v, 2, causal, new int[] {14, 3, 14, 3, 3});
      assertThat(messy).isDeepEqualTo(sorted);
    }
  }

  /** Row i of a causal, global-free pattern depends only on keys i - window .. i. */
  @Test
  void causalRowIgnoresKeysOutsideItsWindow() {
    Rng rng = new Rng(23);
    double[][][] q = cube(rng.normal(1.0, 1, 20, 4));
    double[][][] k = cube(rng.normal(1.0, 1, 20, 4));
    double[][][] v = cube(rng.normal(1.0, 1, 20, 4));
    double[][][] before = SlidingWindowAttention.forward(q, k, v, 3, CAUSAL, new int[0]);
    for (int j : new int[] {0, 5, 11, 19}) {
      k[0][j] = new double[] {9, 9, 9, 9};
      v[0][j] = new double[] {-7, -7, -7, -7};
    }
    double[][][] after = SlidingWindowAttention.forward(q, k, v, 3, CAUSAL, new int[0]);
    for (int i = 0; i < 20; i++) {
      final int row = i;
      boolean touched = IntStream.of(0, 5, 11, 19).anyMatch(j -> j <= row && j >= row - 3);
      if (!touched) {
        assertThat(after[0][i]).as("row %d", i).containsExactly(before[0][i]);
      }
    }
  }

  @Test
  void largeScoresStayFinite() {
    Rng rng = new Rng(29);
    double[][][] q = cube(rng.normal(40.0, 1, 16, 8));
    double[][][] k = cube(rng.normal(40.0, 1, 16, 8));
    double[][][] v = cube(rng.normal(1.0, 1, 16, 8));
    double[][][] out = SlidingWindowAttention.forward(q, k, v, 2, false, new int[] {7});
    assertThat(Arrays.stream(out[0]).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite))
        .isTrue();
  }

  @Test
  void refusesAGlobalTokenOutsideTheSequence() {
    double[][][] x = new double[1][4][2];
    assertThatThrownBy(() -> SlidingWindowAttention.forward(x, x, x, 1, false, new int[] {4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }

  /** (B, T, d) as (B, 1, T, d): one head, the layout FlashAttention takes. */
  private static double[][][][] heads(double[][][] x) {
    double[][][][] h = new double[x.length][1][][];
    for (int b = 0; b < x.length; b++) {
      h[b][0] = x[b];
    }
    return h;
  }

  private static int[] ints(NdArray a) {
    return IntStream.range(0, a.size()).map(i -> Math.toIntExact(a.getLong(i))).toArray();
  }

  private static double[][][] cube(NdArray a) {
    return NestedArrays.toCube(a);
  }
}
