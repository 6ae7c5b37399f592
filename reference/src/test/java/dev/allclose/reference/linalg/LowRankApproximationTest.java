package dev.allclose.reference.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.Matrices;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Npz;
import dev.allclose.numeric.Rng;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LowRankApproximationTest {
  /** Two backward-stable SVDs agree to a small multiple of machine epsilon times sigma_1. */
  private static final double SVD_RTOL = 1e-12;

  /** Identities of the same computation, relative to the scale of A. */
  private static final double IDENTITY_RTOL = 1e-12;

  /** One case of make_svd_low_rank.py (NumPy's np.linalg.svd, LAPACK gesdd). */
  record NumpyCase(String name, Map<String, NdArray> arrays) {
    double[][] a() {
      return NestedArrays.toMatrix(arrays.get("A"));
    }

    int k() {
      return Math.toIntExact(arrays.get("k").getLong(0));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<NumpyCase> numpy() throws IOException, URISyntaxException {
    Path dir =
        Path.of(
            Objects.requireNonNull(
                    LowRankApproximationTest.class.getResource(
                        "/dev/allclose/reference/linalg/svd-low-rank"))
                .toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".npz")).sorted().toList();
      List<NumpyCase> cases = new java.util.ArrayList<>();
      for (Path p : sorted) {
        cases.add(new NumpyCase(p.getFileName().toString().replace(".npz", ""), Npz.read(p)));
      }
      assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
      return cases;
    }
  }

  /**
   * Singular values and the error always; A_k entry by entry where the optimum is unique, and
   * otherwise through what every optimum shares: rank at most k and the optimal distance to A.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("numpy")
  void agreesWithNumpy(NumpyCase c) {
    double[][] a = c.a();
    int k = c.k();
    double[] expectedSigma = NestedArrays.toVector(c.arrays().get("sigma"));
    double scale = expectedSigma[0];
    double[] sigma = LowRankApproximation.singularValues(a);
    assertThat(sigma).as("sigma").hasSameSizeAs(expectedSigma);
    for (int i = 0; i < sigma.length; i++) {
      assertThat(sigma[i])
          .as("sigma_%d", i + 1)
          .isCloseTo(expectedSigma[i], within(SVD_RTOL * scale));
    }
    double error = c.arrays().get("error").getDouble(0);
    assertThat(LowRankApproximation.rankKError(a, k))
        .as("error")
        .isCloseTo(error, within(SVD_RTOL * scale));
    double[][] ak = LowRankApproximation.bestRankK(a, k);
    if (c.arrays().get("unique").getBoolean(0)) {
      double[][] expected = NestedArrays.toMatrix(c.arrays().get("A_k"));
      for (int r = 0; r < a.length; r++) {
        for (int col = 0; col < a[0].length; col++) {
          assertThat(ak[r][col])
              .as("A_k[%d][%d]", r, col)
              .isCloseTo(expected[r][col], within(1e-10 * scale));
        }
      }
    }
    assertThat(distance(a, ak)).as("||A - A_k||_F").isCloseTo(error, within(SVD_RTOL * scale));
    assertRankAtMost(ak, k, scale);
  }

  @Test
  void diagonalMatrixKeepsItsLargestEntries() {
    double[][] a = {{1, 0, 0}, {0, 5, 0}, {0, 0, 3}, {0, 0, 0}};
    double[][] ak = LowRankApproximation.bestRankK(a, 2);
    assertThat(ak).isDeepEqualTo(new double[][] {{0, 0, 0}, {0, 5, 0}, {0, 0, 3}, {0, 0, 0}});
    assertThat(LowRankApproximation.rankKError(a, 2)).isCloseTo(1.0, within(1e-15));
    assertThat(LowRankApproximation.rankKError(a, 1)).isCloseTo(Math.sqrt(10), within(1e-14));
  }

  @Test
  void kZeroGivesTheZeroMatrixAndTheWholeNorm() {
    double[][] a = matrix(new Rng(3), 5, 4);
    assertThat(LowRankApproximation.bestRankK(a, 0)).isDeepEqualTo(new double[5][4]);
    assertThat(LowRankApproximation.rankKError(a, 0))
        .isCloseTo(distance(a, new double[5][4]), within(IDENTITY_RTOL));
  }

  @Test
  void fullRankGivesTheMatrixBack() {
    double[][] a = matrix(new Rng(4), 3, 7);
    double[][] ak = LowRankApproximation.bestRankK(a, 3);
    assertThat(distance(a, ak)).isLessThan(1e-13);
    assertThat(LowRankApproximation.rankKError(a, 3)).isZero();
  }

  /**
   * Eckart-Young by Monte Carlo: no rank-k matrix tried comes closer to A than A_k, neither random
   * products X Y^T nor small perturbations of A_k's factors (which stay of rank k).
   */
  @Test
  void noRankKMatrixTriedBeatsTheTruncatedSvd() {
    Rng rng = new Rng(5);
    double[][] a = matrix(rng, 7, 5);
    int k = 2;
    double best = LowRankApproximation.rankKError(a, k);
    double[][] ak = LowRankApproximation.bestRankK(a, k);
    for (int trial = 0; trial < 2000; trial++) {
      double[][] x = matrix(rng, 7, k);
      double[][] y = matrix(rng, k, 5);
      assertThat(distance(a, Matrices.matmul(x, y))).isGreaterThan(best);
      double[][] left = matrix(rng, 7, 7);
      double eps = 1e-3;
      double[][] nudged = Matrices.matmul(identityPlus(left, eps), ak);
      assertThat(distance(a, nudged)).isGreaterThanOrEqualTo(best - 1e-12);
    }
  }

  @Test
  void squaresOfHugeSingularValuesDoNotOverflow() {
    double[][] a = {{3e200, 0}, {0, 4e200}};
    assertThat(LowRankApproximation.rankKError(a, 0)).isCloseTo(5e200, within(1e186));
  }

  @Test
  void rejectsARankOutsideTheMatrix() {
    double[][] a = matrix(new Rng(6), 3, 4);
    assertThatThrownBy(() -> LowRankApproximation.bestRankK(a, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LowRankApproximation.rankKError(a, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRankAtMost(double[][] m, int k, double scale) {
    double[] s = LowRankApproximation.singularValues(m);
    for (int i = k; i < s.length; i++) {
      assertThat(s[i]).as("sigma_%d of A_k", i + 1).isLessThanOrEqualTo(1e-12 * scale);
    }
  }

  static double distance(double[][] a, double[][] b) {
    double sum = 0;
    for (int r = 0; r < a.length; r++) {
      for (int c = 0; c < a[0].length; c++) {
        double d = a[r][c] - b[r][c];
        sum += d * d;
      }
    }
    return Math.sqrt(sum);
  }

  private static double[][] identityPlus(double[][] m, double eps) {
    double[][] out = new double[m.length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        out[i][j] = (i == j ? 1 : 0) + eps * m[i][j];
      }
    }
    return out;
  }

  private static double[][] matrix(Rng rng, int m, int n) {
    return NestedArrays.toMatrix(rng.normal(1.0, m, n));
  }
}
