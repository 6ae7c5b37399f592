package dev.allclose.reference.divergence;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import dev.allclose.reference.gaussian.Cholesky;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KlDivergenceTest {
  private static final double CLOSED_FORM_TOL = 1e-12;

  /** Monte Carlo with 400 000 draws: the standard error of these estimates is below 0.003. */
  private static final double MONTE_CARLO_TOL = 0.015;

  private static final int MONTE_CARLO_DRAWS = 400_000;

  static List<Golden> categoricalGolden() {
    return GoldenCases.of("kl-divergence").stream()
        .filter(g -> g.name().startsWith("categorical"))
        .toList();
  }

  static List<Golden> gaussianGolden() {
    return GoldenCases.of("kl-divergence").stream()
        .filter(g -> g.name().startsWith("gaussian"))
        .toList();
  }

  /** torch.distributions.kl_divergence of two Categorical (one file has p = 0 entries). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("categoricalGolden")
  void categoricalAgreesWithPytorch(Golden g) {
    assertGolden(KlDivergence.categorical(g.get("p"), g.get("q")), g.get("out_0"), g.name());
  }

  /** The same rows seen as a (2, 2, K) batch: the divergence is taken along the last axis only. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("categoricalGolden")
  void leadingAxesAreBatchAxes(Golden g) {
    int k = g.get("p").dim(1);
    NdArray out =
        KlDivergence.categorical(g.get("p").reshape(2, 2, k), g.get("q").reshape(2, 2, k));
    assertThat(out.shape()).containsExactly(2, 2);
    assertGolden(out, g.get("out_0").reshape(2, 2), g.name() + " as (2, 2, K)");
    NdArray one = KlDivergence.categorical(g.get("p").slab(0, k, k), g.get("q").slab(0, k, k));
    assertThat(one.rank()).isZero();
    assertThat(one.getDouble(0)).isEqualTo(out.getDouble(0));
  }

  /**
   * torch.distributions.kl_divergence of two MultivariateNormal (d = 1, 3, 5, full covariances).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("gaussianGolden")
  void gaussianAgreesWithPytorch(Golden g) {
    double kl =
        KlDivergence.gaussian(
            g.get("mu1").toDoubleArray(),
            NestedArrays.toMatrix(g.get("S1")),
            g.get("mu2").toDoubleArray(),
            NestedArrays.toMatrix(g.get("S2")));
    assertGolden(NdArray.scalar(kl), g.get("out_0"), g.name());
  }

  @Test
  void zeroProbabilitiesFollowTheConventions() {
    // 0 log (0/q) = 0: only the first and last terms count.
    double kl =
        KlDivergence.categorical(new double[] {0.5, 0, 0, 0.5}, new double[] {0.25, 0.25, 0, 0.5});
    assertThat(kl).isCloseTo(0.5 * Math.log(2), within(CLOSED_FORM_TOL));
    // q = 0 < p: P puts mass where Q has none.
    assertThat(KlDivergence.categorical(new double[] {0.5, 0.5}, new double[] {1, 0}))
        .isEqualTo(Double.POSITIVE_INFINITY);
    // the reverse direction is finite: KL(q || p) = log 2
    assertThat(KlDivergence.categorical(new double[] {1, 0}, new double[] {0.5, 0.5}))
        .isCloseTo(Math.log(2), within(CLOSED_FORM_TOL));
    assertThat(KlDivergence.categorical(new double[] {1, 0, 0}, new double[] {1, 0, 0})).isZero();
  }

  /** Gibbs' inequality on random pairs, and equality exactly when p = q. */
  @Test
  void categoricalIsNonNegativeAndZeroOnlyAtEquality() {
    Rng rng = new Rng(19);
    for (int t = 0; t < 200; t++) {
      double[] p = simplex(rng, 6);
      double[] q = simplex(rng, 6);
      assertThat(KlDivergence.categorical(p, q)).isPositive();
      assertThat(KlDivergence.categorical(p, p)).isZero();
    }
  }

  /** d = 1: 1/2 (s1/s2 + (m2 - m1)^2 / s2 - 1 + log(s2 / s1)). */
  @Test
  void oneDimensionMatchesTheScalarFormula() {
    double s1 = 0.3;
    double s2 = 2.5;
    double m1 = -1.0;
    double m2 = 0.7;
    double expected = 0.5 * (s1 / s2 + (m2 - m1) * (m2 - m1) / s2 - 1 + Math.log(s2 / s1));
    assertThat(
            KlDivergence.gaussian(
                new double[] {m1}, new double[][] {{s1}}, new double[] {m2}, new double[][] {{s2}}))
        .isCloseTo(expected, within(CLOSED_FORM_TOL));
  }

  /** E_P[log p(x) - log q(x)] estimated from draws of P, for full covariances. */
  @Test
  void gaussianMatchesMonteCarlo() {
    double[] mu1 = {0.5, -1.0, 2.0};
    double[] mu2 = {0.0, -0.5, 1.0};
    double[][] s1 = {{2.0, 0.6, -0.3}, {0.6, 1.0, 0.2}, {-0.3, 0.2, 1.5}};
    double[][] s2 = {{1.5, -0.4, 0.1}, {-0.4, 2.0, 0.5}, {0.1, 0.5, 1.0}};
    Cholesky l1 = Cholesky.of(s1);
    Rng rng = new Rng(191);
    double sum = 0;
    for (int n = 0; n < MONTE_CARLO_DRAWS; n++) {
      double[] z = new double[3];
      for (int i = 0; i < 3; i++) {
        z[i] = rng.nextGaussian();
      }
      double[] x = l1.timesFactor(z);
      for (int i = 0; i < 3; i++) {
        x[i] += mu1[i];
      }
      sum += logDensity(x, mu1, s1) - logDensity(x, mu2, s2);
    }
    assertThat(KlDivergence.gaussian(mu1, s1, mu2, s2))
        .isCloseTo(sum / MONTE_CARLO_DRAWS, within(MONTE_CARLO_TOL));
  }

  /**
   * KL is invariant when x is scaled by c: means times c, covariances times c^2. With d = 120 and
   * c^2 = 1e4 the determinants are about 1e480 (inf in float64), and the result must not change.
   */
  @Test
  void scaleInvariantWhereTheDeterminantOverflows() {
    Rng rng = new Rng(192);
    int d = 120;
    double[][] s1 = randomCovariance(rng, d);
    double[][] s2 = randomCovariance(rng, d);
    double[] mu1 = NestedArrays.toVector(rng.normal(1.0, d));
    double[] mu2 = NestedArrays.toVector(rng.normal(1.0, d));
    double base = KlDivergence.gaussian(mu1, s1, mu2, s2);
    double c = 100;
    double scaled =
        KlDivergence.gaussian(times(mu1, c), times(s1, c * c), times(mu2, c), times(s2, c * c));
    assertThat(base).isFinite().isPositive();
    assertThat(scaled).isCloseTo(base, within(1e-9 * base));
    assertThat(KlDivergence.gaussian(mu1, s1, mu1, s1)).isCloseTo(0.0, within(1e-10));
  }

  private static double logDensity(double[] x, double[] mu, double[][] s) {
    Cholesky l = Cholesky.of(s);
    double[] diff = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      diff[i] = x[i] - mu[i];
    }
    return -0.5 * (l.quadraticForm(diff) + l.logDet() + x.length * Math.log(2 * Math.PI));
  }

  /** A A^T / d + I/2 for a standard normal A: well conditioned, far from diagonal. */
  private static double[][] randomCovariance(Rng rng, int d) {
    double[][] a = NestedArrays.toMatrix(rng.normal(1.0, d, d));
    double[][] s = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double sum = 0;
        for (int k = 0; k < d; k++) {
          sum += a[i][k] * a[j][k];
        }
        s[i][j] = sum / d + (i == j ? 0.5 : 0);
      }
    }
    return s;
  }

  private static double[] simplex(Rng rng, int k) {
    double[] p = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      p[i] = -Math.log(1 - rng.nextDouble());
      sum += p[i];
    }
    for (int i = 0; i < k; i++) {
      p[i] /= sum;
    }
    return p;
  }

  private static double[] times(double[] v, double c) {
    double[] out = v.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= c;
    }
    return out;
  }

  private static double[][] times(double[][] m, double c) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = times(m[i], c);
    }
    return out;
  }
}
