package dev.allclose.reference.variational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the reference against {@code make_elbo.py} (NumPy and SciPy, in the test resources): the
 * log evidence from scipy.stats.multivariate_normal, the KL to the posterior from the covariance
 * form with np.linalg.inv and slogdet, and Monte Carlo estimates (200 000 draws from q, fixed seed)
 * of the ELBO and of the expected log-likelihood.
 */
class LinearGaussianElboTest {
  /** SciPy's logpdf (eigendecomposition) against Cholesky, up to conditioning 1e8 (s2 = 1e-6). */
  private static final double ORACLE_RTOL = 1e-9;

  private static final double ORACLE_ATOL = 1e-9;

  /** Monte Carlo: within five standard errors, plus the relative rounding of SciPy's logpdf. */
  private static final double MC_STANDARD_ERRORS = 5;

  private static final double MC_RTOL = 1e-9;

  private static final double IDENTITY_TOL = 1e-9;

  record Oracle(String name, Map<String, NdArray> a) {
    double[] vector(String key) {
      NdArray v = a.get(key);
      return v.rank() == 0 ? new double[] {v.getDouble(0)} : NestedArrays.toVector(v);
    }

    double[][] matrix(String key) {
      return NestedArrays.toMatrix(a.get(key));
    }

    double scalar(String key) {
      return a.get(key).getDouble(0);
    }

    LinearGaussianElbo.Terms terms() {
      return LinearGaussianElbo.terms(
          vector("x"), matrix("W"), vector("b"), scalar("s2"), vector("m"), matrix("S"));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Oracle> oracles() {
    return GoldenCases.besideScript(LinearGaussianElboTest.class, "make_elbo.py", "elbo-").stream()
        .map(g -> new Oracle(g.name(), g.arrays()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void agreesWithScipy(Oracle o) {
    LinearGaussianElbo.Terms t = o.terms();
    assertClose(t.elbo(), o.scalar("out_0"), o + " elbo");
    assertClose(t.logEvidence(), o.scalar("out_1"), o + " log evidence");
    assertClose(t.klToPosterior(), o.scalar("out_2"), o + " KL to the posterior");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void agreesWithMonteCarlo(Oracle o) {
    LinearGaussianElbo.Terms t = o.terms();
    double ell =
        LinearGaussianElbo.expectedLogLikelihood(
            o.vector("x"),
            o.matrix("W"),
            o.vector("b"),
            o.scalar("s2"),
            o.vector("m"),
            o.matrix("S"));
    assertWithinMonteCarlo(t.elbo(), o.scalar("mc_elbo"), o.scalar("mc_elbo_se"), o + " elbo");
    assertWithinMonteCarlo(ell, o.scalar("mc_ell"), o.scalar("mc_ell_se"), o + " E_q log p(x|z)");
  }

  /** q = the exact posterior: the bound is tight, KL = 0 and elbo = log p(x). */
  @Test
  void exactPosteriorClosesTheGap() {
    Rng rng = new Rng(3);
    double[][] w = NestedArrays.toMatrix(rng.normal(1.0, 5, 3));
    double[] b = NestedArrays.toVector(rng.normal(1.0, 5));
    double[] x = NestedArrays.toVector(rng.normal(2.0, 5));
    double s2 = 0.2;
    double[] mu = LinearGaussianElbo.posteriorMean(x, w, b, s2);
    double[][] cov = inverse(LinearGaussianElbo.posteriorPrecision(w, s2));
    LinearGaussianElbo.Terms t = LinearGaussianElbo.terms(x, w, b, s2, mu, cov);
    assertThat(t.klToPosterior()).isCloseTo(0.0, within(IDENTITY_TOL));
    assertThat(t.elbo()).isCloseTo(t.logEvidence(), within(IDENTITY_TOL));
  }

  /** The identity elbo = log p(x) - KL(q || posterior) on random models and q. */
  @Test
  void elboIsLogEvidenceMinusKl() {
    Rng rng = new Rng(9);
    for (int trial = 0; trial < 20; trial++) {
      int d = 1 + rng.nextInt(7);
      int k = 1 + rng.nextInt(7);
      double[][] w = NestedArrays.toMatrix(rng.normal(1.0, d, k));
      double[] b = NestedArrays.toVector(rng.normal(1.0, d));
      double[] x = NestedArrays.toVector(rng.normal(1.0, d));
      double[] m = NestedArrays.toVector(rng.normal(1.0, k));
      double[][] a = NestedArrays.toMatrix(rng.normal(1.0, k, k));
      double[][] s = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          for (int c = 0; c < k; c++) {
            s[i][j] += a[i][c] * a[j][c] / k;
          }
        }
        s[i][i] += 0.1;
      }
      LinearGaussianElbo.Terms t = LinearGaussianElbo.terms(x, w, b, 0.05 + trial * 0.1, m, s);
      assertThat(t.klToPosterior()).isPositive();
      assertThat(t.elbo())
          .isCloseTo(
              t.logEvidence() - t.klToPosterior(), within(IDENTITY_TOL * (1 + Math.abs(t.elbo()))));
    }
  }

  private static void assertClose(double actual, double expected, String what) {
    assertThat(actual)
        .as(what)
        .isCloseTo(expected, within(ORACLE_ATOL + ORACLE_RTOL * Math.abs(expected)));
  }

  private static void assertWithinMonteCarlo(double actual, double mc, double se, String what) {
    assertThat(actual)
        .as(what)
        .isCloseTo(mc, within(MC_STANDARD_ERRORS * se + MC_RTOL * Math.abs(mc)));
  }

  /** Gauss-Jordan inverse of a small symmetric positive definite matrix (test use only). */
  private static double[][] inverse(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      double pivot = m[c][c];
      for (int j = 0; j < 2 * n; j++) {
        m[c][j] /= pivot;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c];
          for (int j = 0; j < 2 * n; j++) {
            m[r][j] -= f * m[c][j];
          }
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], n, inv[i], 0, n);
    }
    return inv;
  }
}
