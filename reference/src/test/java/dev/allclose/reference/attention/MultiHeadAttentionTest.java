package dev.allclose.reference.attention;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MultiHeadAttentionTest {

  static List<Golden> golden() {
    return GoldenCases.of("multi-head-attention");
  }

  /** torch.nn.MultiheadAttention (bias off, weights transposed into its layout) is the oracle. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    double[][][] out =
        MultiHeadAttention.forward(
            NestedArrays.toCube(g.get("X")),
            NestedArrays.toMatrix(g.get("W_Q")),
            NestedArrays.toMatrix(g.get("W_K")),
            NestedArrays.toMatrix(g.get("W_V")),
            NestedArrays.toMatrix(g.get("W_O")),
            g.integer("n_heads"),
            g.flag("causal"));
    assertGolden(out, g.get("out_0"), g.name());
  }

  @Test
  void causalFirstPositionSeesOnlyItself() {
    Rng rng = new Rng(3);
    int d = 6;
    double[][][] x = NestedArrays.toCube(rng.normal(1.0, 1, 5, d));
    double[][] eye = new double[d][d];
    for (int i = 0; i < d; i++) {
      eye[i][i] = 1;
    }
    double[][] wq = NestedArrays.toMatrix(rng.normal(1.0, d, d));
    double[][] wk = NestedArrays.toMatrix(rng.normal(1.0, d, d));
    double[][][] out = MultiHeadAttention.forward(x, wq, wk, eye, eye, 3, true);
    for (int c = 0; c < d; c++) {
      assertThat(out[0][0][c]).isCloseTo(x[0][0][c], within(1e-12));
    }
  }

  @Test
  void survivesScoresThatOverflowANaiveExponential() {
    Rng rng = new Rng(4);
    double[][][] x = NestedArrays.toCube(rng.normal(100.0, 1, 4, 4));
    double[][] w = NestedArrays.toMatrix(rng.normal(3.0, 4, 4));
    double[][][] out = MultiHeadAttention.forward(x, w, w, w, w, 2, false);
    for (double[] row : out[0]) {
      for (double v : row) {
        assertThat(v).isFinite();
      }
    }
  }
}
