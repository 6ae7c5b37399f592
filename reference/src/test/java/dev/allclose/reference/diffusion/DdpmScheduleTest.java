package dev.allclose.reference.diffusion;

import static dev.allclose.reference.Tolerances.GOLDEN_ATOL;
import static dev.allclose.reference.Tolerances.GOLDEN_RTOL;
import static dev.allclose.reference.Tolerances.assertAllClose;
import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import dev.allclose.reference.diffusion.DdpmSchedule.Posterior;
import dev.allclose.reference.diffusion.DdpmSchedule.Schedule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DdpmScheduleTest {

  static List<Golden> golden() {
    return GoldenCases.of("ddpm-schedule");
  }

  /**
   * PyTorch (torch.linspace, torch.cumprod and the formulas of Ho et al. and Nichol and Dhariwal
   * written in torch) is the oracle. Each entry point gets the golden inputs, so a fault in one
   * cannot hide behind another.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    Schedule s =
        DdpmSchedule.schedule(
            g.integer("T"),
            g.get("schedule").getString(0),
            g.scalar("beta_start"),
            g.scalar("beta_end"));
    assertGolden(s.betas(), g.get("out_0"), g.name() + " betas");
    assertGolden(s.alphasCumprod(), g.get("out_1"), g.name() + " alphas_cumprod");

    double[][] x0 = NestedArrays.toMatrix(g.get("x0"));
    long[] t = g.get("t").toLongArray();
    double[][] xt =
        DdpmSchedule.qSample(
            x0, t, NestedArrays.toMatrix(g.get("noise")), NestedArrays.toVector(g.get("out_1")));
    assertGolden(xt, g.get("out_2"), g.name() + " q_sample");

    Posterior p =
        DdpmSchedule.qPosterior(
            x0, NestedArrays.toMatrix(g.get("out_2")), t, NestedArrays.toVector(g.get("out_0")));
    assertGolden(p.mean(), g.get("out_3"), g.name() + " posterior mean");
    assertGolden(p.variance(), g.get("out_4"), g.name() + " posterior variance");
  }

  /**
   * Closed form of a different derivation: the posterior of x_{t-1} given x_t and x_0 by Bayes'
   * rule for Gaussians, prior N(sqrt(abar_{t-1}) x_0, 1 - abar_{t-1}) and likelihood
   * N(sqrt(alpha_t) x_{t-1}, beta_t): precisions add, and the mean is the precision-weighted
   * combination.
   */
  @Test
  void posteriorEqualsBayesRuleForGaussians() {
    Rng rng = new Rng(21);
    Schedule s = DdpmSchedule.schedule(300, "cosine", 1e-4, 0.02);
    double[] abar = s.alphasCumprod();
    long[] t = {1, 2, 50, 150, 298, 299};
    double[][] x0 = NestedArrays.toMatrix(rng.normal(1.0, t.length, 4));
    double[][] xt = NestedArrays.toMatrix(rng.normal(1.0, t.length, 4));
    Posterior p = DdpmSchedule.qPosterior(x0, xt, t, s.betas());
    double[] mean = new double[t.length * 4];
    double[] variance = new double[t.length];
    for (int n = 0; n < t.length; n++) {
      int k = (int) t[n];
      double beta = s.betas()[k];
      double precision = 1 / (1 - abar[k - 1]) + (1 - beta) / beta;
      variance[n] = 1 / precision;
      for (int j = 0; j < 4; j++) {
        double weighted =
            Math.sqrt(abar[k - 1]) * x0[n][j] / (1 - abar[k - 1])
                + Math.sqrt(1 - beta) * xt[n][j] / beta;
        mean[n * 4 + j] = weighted / precision;
      }
    }
    assertAllClose(
        NestedArrays.fromNested(p.mean()),
        NdArray.ofDoubles(mean, t.length, 4),
        GOLDEN_RTOL,
        GOLDEN_ATOL,
        "posterior mean");
    assertAllClose(
        NestedArrays.fromNested(p.variance()),
        NdArray.ofDoubles(variance, t.length),
        GOLDEN_RTOL,
        GOLDEN_ATOL,
        "posterior variance");
  }

  /** Nichol and Dhariwal define abar_t = f(t) / f(0) directly; the clip only bites at the end. */
  @Test
  void cosineCumprodIsTheRatioOfTheCosineCurve() {
    int steps = 1000;
    Schedule s = DdpmSchedule.schedule(steps, "cosine", 1e-4, 0.02);
    double[] expected = new double[steps - 1];
    double f0 = f(0, steps);
    for (int i = 0; i < steps - 1; i++) {
      expected[i] = f(i + 1, steps) / f0;
    }
    double[] actual = Arrays.copyOf(s.alphasCumprod(), steps - 1);
    assertAllClose(
        NdArray.ofDoubles(actual, steps - 1),
        NdArray.ofDoubles(expected, steps - 1),
        1e-9,
        GOLDEN_ATOL,
        "abar = f(t+1)/f(0)");
    assertThat(s.betas()[steps - 1]).isEqualTo(0.999);
  }

  @Test
  void linearScheduleHitsBothEndsAndIsEvenlySpaced() {
    double[] b = DdpmSchedule.schedule(5, "linear", 0.1, 0.5).betas();
    assertAllClose(
        NdArray.ofDoubles(b, 5),
        NdArray.ofDoubles(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, 5),
        GOLDEN_RTOL,
        GOLDEN_ATOL,
        "linspace(0.1, 0.5, 5)");
    assertThat(DdpmSchedule.schedule(1, "linear", 1e-4, 0.02).betas()).containsExactly(1e-4);
  }

  @Test
  void stepZeroPosteriorIsTheCleanSampleWithNoVariance() {
    Schedule s = DdpmSchedule.schedule(10, "linear", 1e-3, 0.05);
    double[][] x0 = {{1.5, -2.0}, {0.25, 3.0}};
    double[][] xt =
        DdpmSchedule.qSample(
            x0, new long[] {0, 0}, new double[][] {{1, 1}, {-1, 2}}, s.alphasCumprod());
    Posterior p = DdpmSchedule.qPosterior(x0, xt, new long[] {0, 0}, s.betas());
    assertGolden(p.mean(), NestedArrays.fromNested(x0), "mean at t = 0");
    assertThat(p.variance()).containsExactly(0.0, 0.0);
  }

  @Test
  void sampleKeepsUnitVarianceForUnitVarianceData() {
    Schedule s = DdpmSchedule.schedule(1000, "linear", 1e-4, 0.02);
    for (int t : new int[] {0, 10, 500, 999}) {
      double abar = s.alphasCumprod()[t];
      double[][] signal =
          DdpmSchedule.qSample(
              new double[][] {{1}}, new long[] {t}, new double[][] {{0}}, s.alphasCumprod());
      double[][] noise =
          DdpmSchedule.qSample(
              new double[][] {{0}}, new long[] {t}, new double[][] {{1}}, s.alphasCumprod());
      double total = signal[0][0] * signal[0][0] + noise[0][0] * noise[0][0];
      assertThat(Math.abs(total - 1)).as("t = %d, abar = %s", t, abar).isLessThan(1e-12);
    }
  }

  private static double f(int step, int steps) {
    double c = Math.cos(((double) step / steps + 0.008) / 1.008 * Math.PI / 2);
    return c * c;
  }
}
