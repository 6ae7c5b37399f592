package dev.allclose.reference.attention;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GroupedQueryAttentionTest {

  static List<Golden> golden() {
    return GoldenCases.of("grouped-query-attention");
  }

  /**
   * F.scaled_dot_product_attention(enable_gqa=True) between PyTorch's projections is the oracle.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    double[][][] out =
        GroupedQueryAttention.forward(
            NestedArrays.toCube(g.get("X")),
            NestedArrays.toMatrix(g.get("W_Q")),
            NestedArrays.toMatrix(g.get("W_K")),
            NestedArrays.toMatrix(g.get("W_V")),
            NestedArrays.toMatrix(g.get("W_O")),
            g.integer("n_heads"),
            g.integer("n_kv_heads"),
            g.flag("causal"));
    assertGolden(out, g.get("out_0"), g.name());
  }

  /**
   * Sharing a kv head is the same as giving every query head its own copy: repeating each kv column
   * block for the g = H / H_kv query heads of its group turns GQA into multi-head attention with
   * square weights.
   */
  @ParameterizedTest(name = "H={0} H_kv={1} causal={2}")
  @CsvSource({"4, 1, false", "4, 2, true", "6, 3, false", "8, 2, true", "4, 4, true"})
  void equalsMultiHeadAttentionWithRepeatedKvHeads(int heads, int kvHeads, boolean causal) {
    int d = 24;
    int dk = d / heads;
    Rng rng = new Rng(31L * heads + kvHeads);
    double[][][] x = NestedArrays.toCube(rng.normal(1.0, 2, 7, d));
    double[][] wq = NestedArrays.toMatrix(rng.normal(0.3, d, d));
    double[][] wk = NestedArrays.toMatrix(rng.normal(0.3, d, kvHeads * dk));
    double[][] wv = NestedArrays.toMatrix(rng.normal(0.3, d, kvHeads * dk));
    double[][] wo = NestedArrays.toMatrix(rng.normal(0.3, d, d));
    double[][][] gqa = GroupedQueryAttention.forward(x, wq, wk, wv, wo, heads, kvHeads, causal);
    double[][][] mha =
        MultiHeadAttention.forward(
            x,
            wq,
            repeatHeads(wk, heads, kvHeads),
            repeatHeads(wv, heads, kvHeads),
            wo,
            heads,
            causal);
    assertGolden(gqa, NestedArrays.fromNested(mha), "GQA vs MHA with repeated kv heads");
  }

  @Test
  void survivesScoresThatOverflowANaiveExponential() {
    Rng rng = new Rng(5);
    double[][][] x = NestedArrays.toCube(rng.normal(100.0, 1, 5, 6));
    double[][] wq = NestedArrays.toMatrix(rng.normal(3.0, 6, 8));
    double[][] wk = NestedArrays.toMatrix(rng.normal(3.0, 6, 4));
    double[][] wv = NestedArrays.toMatrix(rng.normal(1.0, 6, 4));
    double[][] wo = NestedArrays.toMatrix(rng.normal(1.0, 8, 6));
    double[][][] out = GroupedQueryAttention.forward(x, wq, wk, wv, wo, 4, 2, false);
    assertThat(NestedArrays.fromNested(out).toDoubleArray())
        .as("every entry finite")
        .matches(a -> java.util.Arrays.stream(a).allMatch(Double::isFinite));
  }

  /** (D, H_kv d_k) -> (D, H d_k): kv block m is copied to query heads m g .. m g + g - 1. */
  private static double[][] repeatHeads(double[][] w, int heads, int kvHeads) {
    int dk = w[0].length / kvHeads;
    int group = heads / kvHeads;
    double[][] out = new double[w.length][heads * dk];
    for (int r = 0; r < w.length; r++) {
      for (int h = 0; h < heads; h++) {
        System.arraycopy(w[r], (h / group) * dk, out[r], h * dk, dk);
      }
    }
    return out;
  }
}
