package dev.allclose.reference.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.gaussian.Cholesky;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the reference against {@code make_mog.py} (SciPy's multivariate_normal.logpdf, entropy()
 * and logsumexp, in the test resources), and checks lower <= H <= upper against Monte Carlo
 * estimates with many draws, from SciPy's files and from random mixtures drawn here.
 */
class MixtureEntropyTest {
  private static final double ORACLE_TOL = 1e-10;

  /** How many standard errors a Monte Carlo estimate may fall outside a bound. */
  private static final double STANDARD_ERRORS = 4;

  record Oracle(String name, Map<String, NdArray> a) {
    double[] w() {
      return NestedArrays.toVector(a.get("w"));
    }

    double[][] means() {
      return NestedArrays.toMatrix(a.get("means"));
    }

    double[][][] covs() {
      return NestedArrays.toCube(a.get("covs"));
    }

    double scalar(String key) {
      return a.get(key).getDouble(0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Oracle> oracles() {
    return GoldenCases.besideScript(MixtureEntropyTest.class, "make_mog.py", "mog-").stream()
        .map(g -> new Oracle(g.name(), g.arrays()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void agreesWithScipy(Oracle o) {
    double mc =
        MixtureEntropy.monteCarlo(
            o.w(), o.means(), o.covs(), NestedArrays.toMatrix(o.a().get("samples")));
    MixtureEntropy.Bounds b = MixtureEntropy.bounds(o.w(), o.means(), o.covs());
    assertThat(mc).as(o + " estimate").isCloseTo(o.scalar("out_0"), within(ORACLE_TOL));
    assertThat(b.lower()).as(o + " lower").isCloseTo(o.scalar("out_1"), within(ORACLE_TOL));
    assertThat(b.upper()).as(o + " upper").isCloseTo(o.scalar("out_2"), within(ORACLE_TOL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void boundsSandwichScipysLongRunEstimate(Oracle o) {
    MixtureEntropy.Bounds b = MixtureEntropy.bounds(o.w(), o.means(), o.covs());
    double margin = STANDARD_ERRORS * o.scalar("ref_se");
    assertThat(b.lower()).isLessThanOrEqualTo(o.scalar("ref_h") + margin);
    assertThat(b.upper()).isGreaterThanOrEqualTo(o.scalar("ref_h") - margin);
  }

  /** 40 random mixtures, 20 000 draws each: lower <= estimate <= upper up to the sampling error. */
  @Test
  void boundsSandwichTheEstimateOnRandomMixtures() {
    Rng rng = new Rng(2008);
    for (int trial = 0; trial < 40; trial++) {
      int k = 1 + rng.nextInt(5);
      int d = 1 + rng.nextInt(4);
      double spread = trial % 4 == 0 ? 10.0 : rng.uniform(0.0, 2.0);
      Mixture m = Mixture.random(rng, k, d, spread);
      double[][] samples = m.draw(rng, 20_000);
      double[] logP = new double[samples.length];
      Cholesky[] f = MixtureEntropy.factors(m.covs);
      double mean = 0;
      for (int s = 0; s < samples.length; s++) {
        logP[s] = -MixtureEntropy.logDensity(m.w, m.means, f, samples[s]);
        mean += logP[s] / samples.length;
      }
      double var = 0;
      for (double v : logP) {
        var += (v - mean) * (v - mean) / samples.length;
      }
      double margin = STANDARD_ERRORS * Math.sqrt(var / samples.length);
      MixtureEntropy.Bounds b = MixtureEntropy.bounds(m.w, m.means, m.covs);
      assertThat(b.lower()).as("trial %d lower", trial).isLessThanOrEqualTo(mean + margin);
      assertThat(b.upper()).as("trial %d upper", trial).isGreaterThanOrEqualTo(mean - margin);
    }
  }

  /** One Gaussian: upper = its entropy exactly; lower = entropy - (D/2) log(e/2). */
  @Test
  void oneComponentBoundsAreClosedForms() {
    Mixture m = Mixture.random(new Rng(4), 1, 3, 0.0);
    double entropy = 0.5 * (3 * Math.log(2 * Math.PI * Math.E) + Cholesky.of(m.covs[0]).logDet());
    MixtureEntropy.Bounds b = MixtureEntropy.bounds(m.w, m.means, m.covs);
    assertThat(b.upper()).isCloseTo(entropy, within(1e-12));
    assertThat(b.lower()).isCloseTo(entropy - 1.5 * Math.log(Math.E / 2), within(1e-12));
  }

  /** Samples 80 standard deviations from every component: log p near -3200, still finite. */
  @Test
  void farSamplesStayFinite() {
    double[] w = {0.5, 0.5};
    double[][] means = {{0, 0}, {1, 0}};
    double[][][] covs = {{{1, 0}, {0, 1}}, {{1, 0}, {0, 1}}};
    double mc = MixtureEntropy.monteCarlo(w, means, covs, new double[][] {{80, 0}, {0, -80}});
    assertThat(mc).isFinite().isGreaterThan(3000);
  }

  private record Mixture(double[] w, double[][] means, double[][][] covs) {
    static Mixture random(Rng rng, int k, int d, double spread) {
      double[] w = new double[k];
      double total = 0;
      for (int i = 0; i < k; i++) {
        w[i] = 0.2 + rng.nextDouble();
        total += w[i];
      }
      double[][] means = new double[k][d];
      double[][][] covs = new double[k][d][d];
      for (int i = 0; i < k; i++) {
        w[i] /= total;
        double[][] a = NestedArrays.toMatrix(rng.normal(1.0, d, d));
        for (int r = 0; r < d; r++) {
          means[i][r] = spread * rng.nextGaussian();
          for (int c = 0; c < d; c++) {
            for (int t = 0; t < d; t++) {
              covs[i][r][c] += a[r][t] * a[c][t] / d;
            }
          }
          covs[i][r][r] += 0.2;
        }
      }
      return new Mixture(w, means, covs);
    }

    double[][] draw(Rng rng, int n) {
      Cholesky[] f = MixtureEntropy.factors(covs);
      double[][] out = new double[n][];
      for (int s = 0; s < n; s++) {
        double u = rng.nextDouble();
        int i = 0;
        while (i < w.length - 1 && u > w[i]) {
          u -= w[i];
          i++;
        }
        double[] eps = NestedArrays.toVector(rng.normal(1.0, means[i].length));
        double[] x = f[i].timesFactor(eps);
        for (int r = 0; r < x.length; r++) {
          x[r] += means[i][r];
        }
        out[s] = x;
      }
      return out;
    }
  }
}
