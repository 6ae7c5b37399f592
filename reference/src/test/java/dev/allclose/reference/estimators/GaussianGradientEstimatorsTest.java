package dev.allclose.reference.estimators;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Npz;
import dev.allclose.numeric.Rng;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GaussianGradientEstimatorsTest {
  /** Hand-computed values are exact in binary (halves and quarters). */
  private static final double EXACT_TOL = 1e-15;

  /** A Monte Carlo mean must land within this many standard errors of its expectation. */
  private static final double STANDARD_ERRORS = 5.0;

  private static final int BATCHES = 50;

  private static final int BATCH_SIZE = 20_000;

  static List<String> goldenCases() {
    return IntStream.range(0, 6).mapToObj(i -> String.format("case%02d.npz", i)).toList();
  }

  /**
   * NumPy, from make_gaussian_estimators.py in the test resources: z formed first and the score
   * written with (z - mu) / sigma^2 and (z - mu)^2 / sigma^3 - 1 / sigma, whose agreement with
   * SciPy's log-density the script checks by central differences. Cases include S = 1, d = 1, sigma
   * = 1e-4, sigma = 1e3 and a mixture of the three scales.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void agreesWithNumPy(String file) throws IOException, URISyntaxException {
    Map<String, NdArray> g =
        Npz.read(Path.of(GaussianGradientEstimatorsTest.class.getResource(file).toURI()));
    double[] mu = g.get("mu").toDoubleArray();
    double[] sigma = g.get("sigma").toDoubleArray();
    double[][] eps = NestedArrays.toMatrix(g.get("eps"));
    var pathwise = GaussianGradientEstimators.pathwise(mu, sigma, eps);
    var score = GaussianGradientEstimators.scoreFunction(mu, sigma, eps);
    assertGolden(pathwise.gMu(), g.get("pathwise_g_mu"), file + " pathwise g_mu");
    assertGolden(pathwise.gSigma(), g.get("pathwise_g_sigma"), file + " pathwise g_sigma");
    assertGolden(score.gMu(), g.get("score_g_mu"), file + " score g_mu");
    assertGolden(score.gSigma(), g.get("score_g_sigma"), file + " score g_sigma");
  }

  /** mu = 1, sigma = 2, eps = 0.5: z = 2, f = 4. */
  @Test
  void oneDrawByHand() {
    double[] mu = {1.0};
    double[] sigma = {2.0};
    double[][] eps = {{0.5}};
    var pathwise = GaussianGradientEstimators.pathwise(mu, sigma, eps);
    var score = GaussianGradientEstimators.scoreFunction(mu, sigma, eps);
    assertThat(pathwise.gMu()[0]).isCloseTo(4.0, within(EXACT_TOL));
    assertThat(pathwise.gSigma()[0]).isCloseTo(2.0, within(EXACT_TOL));
    assertThat(score.gMu()[0]).isCloseTo(1.0, within(EXACT_TOL));
    assertThat(score.gSigma()[0]).isCloseTo(-1.5, within(EXACT_TOL));
  }

  /**
   * Both estimators are unbiased for the exact gradient of E f = sum mu^2 + sigma^2, (2 mu, 2
   * sigma). A million fixed-seed draws in 50 batches: the spread of the batch means gives the
   * standard error, and the overall mean must fall within five of them. The pathwise estimate is
   * also required to be the sharper one, as it is for this smooth f.
   */
  @Test
  void bothEstimatorsAreUnbiased() {
    double[] mu = {1.5, -0.5, 0.0};
    double[] sigma = {0.5, 1.0, 2.0};
    Rng rng = new Rng(20261216);
    double[][][] batches = new double[BATCHES][][];
    for (int b = 0; b < BATCHES; b++) {
      batches[b] = NestedArrays.toMatrix(rng.normal(1.0, BATCH_SIZE, 3));
    }
    Spread pathMu = spread(batches, e -> GaussianGradientEstimators.pathwise(mu, sigma, e).gMu());
    Spread pathSigma =
        spread(batches, e -> GaussianGradientEstimators.pathwise(mu, sigma, e).gSigma());
    Spread scoreMu =
        spread(batches, e -> GaussianGradientEstimators.scoreFunction(mu, sigma, e).gMu());
    Spread scoreSigma =
        spread(batches, e -> GaussianGradientEstimators.scoreFunction(mu, sigma, e).gSigma());
    for (int j = 0; j < 3; j++) {
      pathMu.assertNear(j, 2 * mu[j]);
      pathSigma.assertNear(j, 2 * sigma[j]);
      scoreMu.assertNear(j, 2 * mu[j]);
      scoreSigma.assertNear(j, 2 * sigma[j]);
      assertThat(pathMu.se[j]).isLessThan(scoreMu.se[j]);
      assertThat(pathSigma.se[j]).isLessThan(scoreSigma.se[j]);
    }
  }

  /** The pathwise g_mu is 2 mu + 2 sigma mean(eps) exactly, for any draws. */
  @Test
  void pathwiseMeanIsAnAffineFunctionOfTheDraws() {
    double[] mu = {0.3, -2.0};
    double[] sigma = {1e-4, 1e3};
    double[][] eps = NestedArrays.toMatrix(new Rng(7).normal(1.0, 9, 2));
    double[] g = GaussianGradientEstimators.pathwise(mu, sigma, eps).gMu();
    for (int j = 0; j < 2; j++) {
      double meanEps = 0;
      for (double[] e : eps) {
        meanEps += e[j] / eps.length;
      }
      double expected = 2 * mu[j] + 2 * sigma[j] * meanEps;
      assertThat(g[j]).isCloseTo(expected, within(1e-12 * (1 + Math.abs(expected))));
    }
  }

  /** Mean and standard error over batches, per coordinate. */
  private record Spread(double[] mean, double[] se) {
    void assertNear(int j, double expected) {
      assertThat(mean[j])
          .as("coordinate %d: mean %s, standard error %s", j, mean[j], se[j])
          .isCloseTo(expected, within(STANDARD_ERRORS * se[j]));
    }
  }

  private static Spread spread(double[][][] batches, Function<double[][], double[]> estimate) {
    double[][] means = new double[batches.length][];
    for (int b = 0; b < batches.length; b++) {
      means[b] = estimate.apply(batches[b]);
    }
    int d = means[0].length;
    double[] mean = new double[d];
    double[] se = new double[d];
    for (int j = 0; j < d; j++) {
      for (double[] m : means) {
        mean[j] += m[j] / batches.length;
      }
      double ss = 0;
      for (double[] m : means) {
        ss += (m[j] - mean[j]) * (m[j] - mean[j]);
      }
      se[j] = Math.sqrt(ss / (batches.length - 1) / batches.length);
    }
    return new Spread(mean, se);
  }
}
