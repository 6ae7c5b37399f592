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

/**
 * Checks the running-sum reference against {@code make_linear_attention.py} (NumPy, in the test
 * resources), which forms the whole (T, T) kernel matrix phi(Q) phi(K)^T, masks its upper triangle
 * when causal, and divides A V by the row sums of A plus eps; and against invariants of the
 * definition.
 */
class LinearAttentionTest {
  /** Identities that hold in exact arithmetic, evaluated in two summation orders. */
  private static final double IDENTITY_TOL = 1e-12;

  static List<Golden> oracles() {
    return GoldenCases.besideScript(
        LinearAttentionTest.class, "make_linear_attention.py", "linear-attention-");
  }

  @Test
  void theOracleFolderHoldsEveryCase() throws Exception {
    assertThat(oracles()).hasSize(11);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void agreesWithTheQuadraticKernelForm(Golden g) {
    double[][][] out =
        LinearAttention.forward(
            cube(g.get("Q")),
            cube(g.get("K")),
            cube(g.get("V")),
            g.flag("causal"),
            g.scalar("eps"));
    assertGolden(out, g.get("out_0"), g.name());
  }

  /** Row i of the causal output is the unmasked output of the prefix 0..i. */
  @ParameterizedTest(name = "T={0}")
  @CsvSource({"1", "2", "9", "30"})
  void causalRowIsUnmaskedAttentionOnItsPrefix(int t) {
    Rng rng = new Rng(31L * t);
    double[][][] q = cube(rng.normal(1.0, 2, t, 5));
    double[][][] k = cube(rng.normal(1.0, 2, t, 5));
    double[][][] v = cube(rng.normal(1.0, 2, t, 3));
    double[][][] causal = LinearAttention.forward(q, k, v, true, 1e-6);
    for (int i = 0; i < t; i++) {
      double[][][] prefix =
          LinearAttention.forward(prefix(q, i), prefix(k, i), prefix(v, i), false, 1e-6);
      for (int b = 0; b < 2; b++) {
        assertThat(causal[b][i])
            .as("batch %d row %d", b, i)
            .containsExactly(prefix[b][i], within(IDENTITY_TOL));
      }
    }
  }

  /** With every value row equal to c, out_i = c * den_i / (den_i + eps): eps is in the divisor. */
  @Test
  void equalValuesComeBackShrunkByEps() {
    Rng rng = new Rng(5);
    int t = 7;
    double[][][] q = cube(rng.normal(1.0, 1, t, 4));
    double[][][] k = cube(rng.normal(1.0, 1, t, 4));
    double[][][] v = new double[1][t][];
    Arrays.setAll(v[0], i -> new double[] {2.0, -3.0});
    double eps = 0.25;
    double[][][] out = LinearAttention.forward(q, k, v, false, eps);
    for (int i = 0; i < t; i++) {
      double den = 0;
      for (int a = 0; a < 4; a++) {
        double z = 0;
        for (int j = 0; j < t; j++) {
          z += LinearAttention.phi(k[0][j][a]);
        }
        den += LinearAttention.phi(q[0][i][a]) * z;
      }
      double shrink = den / (den + eps);
      assertThat(out[0][i]).containsExactly(new double[] {2 * shrink, -3 * shrink}, within(1e-12));
    }
  }

  /** elu(x) + 1: x + 1 above zero, exp(x) below, continuous at 0 and positive everywhere. */
  @Test
  void featureMapIsEluPlusOne() {
    assertThat(LinearAttention.phi(0.0)).isEqualTo(1.0);
    assertThat(LinearAttention.phi(2.5)).isEqualTo(3.5);
    assertThat(LinearAttention.phi(-1.0)).isCloseTo(Math.expm1(-1.0) + 1, within(1e-15));
    assertThat(LinearAttention.phi(-1e-12)).isCloseTo(1.0, within(1e-11));
    assertThat(LinearAttention.phi(-700.0)).isPositive();
  }

  private static double[][][] prefix(double[][][] x, int last) {
    double[][][] p = new double[x.length][][];
    for (int b = 0; b < x.length; b++) {
      p[b] = Arrays.copyOf(x[b], last + 1);
    }
    return p;
  }

  private static double[][][] cube(NdArray a) {
    return NestedArrays.toCube(a);
  }
}
