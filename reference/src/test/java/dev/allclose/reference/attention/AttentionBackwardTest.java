package dev.allclose.reference.attention;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AttentionBackwardTest {
  /** Central differences with h = 1e-5 on a smooth loss of order one: error ~h^2 + eps/h. */
  private static final double FINITE_DIFFERENCE_TOL = 1e-8;

  private static final double IDENTITY_TOL = 1e-12;

  static List<Golden> golden() {
    return GoldenCases.of("attention-gradient");
  }

  /**
   * PyTorch autograd of softmax(Q K^T / sqrt(d)) V (masked_fill with -inf when causal) is the
   * oracle; its cases are (T, d) or (B, H, T, d), the former run as one head.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorchAutograd(Golden g) {
    boolean twoD = g.get("Q").rank() == 2;
    AttentionBackward.Gradients grads =
        AttentionBackward.gradients(
            quad(g.get("Q")),
            quad(g.get("K")),
            quad(g.get("V")),
            quad(g.get("dO")),
            g.flag("causal"));
    assertGolden(twoD ? grads.dQ()[0][0] : grads.dQ(), g.get("out_0"), g + " dQ");
    assertGolden(twoD ? grads.dK()[0][0] : grads.dK(), g.get("out_1"), g + " dK");
    assertGolden(twoD ? grads.dV()[0][0] : grads.dV(), g.get("out_2"), g + " dV");
  }

  /** Every entry of dQ, dK and dV against central differences of L = sum(dO * O). */
  @ParameterizedTest(name = "T={0} d={1} causal={2}")
  @CsvSource({"5, 3, false", "5, 3, true", "1, 4, true", "6, 7, true", "4, 2, false"})
  void gradientsMatchFiniteDifferences(int t, int d, boolean causal) {
    Rng rng = new Rng(31L * t + d + (causal ? 1 : 0));
    double[][] q = NestedArrays.toMatrix(rng.normal(1.0, t, d));
    double[][] k = NestedArrays.toMatrix(rng.normal(1.0, t, d));
    double[][] v = NestedArrays.toMatrix(rng.normal(1.0, t, d));
    double[][] dO = NestedArrays.toMatrix(rng.normal(1.0, t, d));
    double[][][] g = AttentionBackward.head(q, k, v, dO, causal);
    double[][][] params = {q, k, v};
    for (int which = 0; which < 3; which++) {
      double[][] x = params[which];
      for (int i = 0; i < t; i++) {
        for (int e = 0; e < d; e++) {
          double saved = x[i][e];
          double hStep = 1e-5;
          x[i][e] = saved + hStep;
          double up = loss(q, k, v, dO, causal);
          x[i][e] = saved - hStep;
          double down = loss(q, k, v, dO, causal);
          x[i][e] = saved;
          assertThat(g[which][i][e])
              .as("gradient %d at (%d, %d)", which, i, e)
              .isCloseTo((up - down) / (2 * hStep), within(FINITE_DIFFERENCE_TOL));
        }
      }
    }
  }

  /** One position: P = 1 whatever the scores, so dQ = dK = 0 and dV = dO. */
  @Test
  void singlePositionPassesTheGradientToVOnly() {
    Rng rng = new Rng(5);
    double[][] q = NestedArrays.toMatrix(rng.normal(1.0, 1, 6));
    double[][] dO = NestedArrays.toMatrix(rng.normal(1.0, 1, 6));
    double[][][] g = AttentionBackward.head(q, q, q, dO, true);
    assertThat(g[0][0]).containsOnly(0.0);
    assertThat(g[1][0]).containsOnly(0.0);
    assertThat(g[2][0]).containsExactly(dO[0]);
  }

  /** Scores in the thousands overflow a plain exponential; the gradients stay finite. */
  @ParameterizedTest(name = "causal={0}")
  @CsvSource({"true", "false"})
  void largeScoresStayFinite(boolean causal) {
    Rng rng = new Rng(17);
    double[][] q = NestedArrays.toMatrix(rng.normal(40.0, 9, 5));
    double[][] k = NestedArrays.toMatrix(rng.normal(40.0, 9, 5));
    double[][] v = NestedArrays.toMatrix(rng.normal(1.0, 9, 5));
    double[][] dO = NestedArrays.toMatrix(rng.normal(1.0, 9, 5));
    double[][][] g = AttentionBackward.head(q, k, v, dO, causal);
    for (double[][] m : g) {
      assertThat(Arrays.stream(m).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite))
          .isTrue();
    }
  }

  /**
   * Each row of dS sums to zero (adding a constant to a score row leaves the softmax unchanged), so
   * sum_j dK[j] = c sum_i (sum_j dS[i, j]) q_i = 0.
   */
  @Test
  void keyGradientsSumToZeroOverPositions() {
    Rng rng = new Rng(23);
    double[][] q = NestedArrays.toMatrix(rng.normal(1.0, 7, 5));
    double[][] k = NestedArrays.toMatrix(rng.normal(1.0, 7, 5));
    double[][] v = NestedArrays.toMatrix(rng.normal(1.0, 7, 5));
    double[][] dO = NestedArrays.toMatrix(rng.normal(1.0, 7, 5));
    double[][] dK = AttentionBackward.head(q, k, v, dO, false)[1];
    for (int e = 0; e < 5; e++) {
      double sum = 0;
      for (double[] row : dK) {
        sum += row[e];
      }
      assertThat(sum).isCloseTo(0.0, within(IDENTITY_TOL));
    }
  }

  /** sum(dO * O) with the forward pass written out naively (moderate scores only). */
  private static double loss(
      double[][] q, double[][] k, double[][] v, double[][] dO, boolean causal) {
    double sum = 0;
    for (int i = 0; i < q.length; i++) {
      int visible = causal ? i + 1 : q.length;
      double[] w = new double[visible];
      double z = 0;
      for (int j = 0; j < visible; j++) {
        double s = 0;
        for (int e = 0; e < q[i].length; e++) {
          s += q[i][e] * k[j][e];
        }
        w[j] = Math.exp(s / Math.sqrt(q[i].length));
        z += w[j];
      }
      for (int j = 0; j < visible; j++) {
        for (int e = 0; e < v[j].length; e++) {
          sum += dO[i][e] * (w[j] / z) * v[j][e];
        }
      }
    }
    return sum;
  }

  private static double[][][][] quad(NdArray a) {
    if (a.rank() == 2) {
      return new double[][][][] {{NestedArrays.toMatrix(a)}};
    }
    return (double[][][][]) NestedArrays.toNested(a, double[][][][].class);
  }
}
