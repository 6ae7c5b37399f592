package dev.allclose.reference.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BiasVarianceTest {
  /** Against NumPy's float64 reductions (np.mean, np.var with ddof=0). */
  private static final double GOLDEN_RTOL = 1e-12;

  private static final double IDENTITY_RTOL = 1e-12;

  /** 400 000 noisy targets per case: the standard error of the estimate is about 0.002. */
  private static final double MONTE_CARLO_TOL = 0.01;

  static List<Path> golden() throws IOException, URISyntaxException {
    Path dir =
        Path.of(BiasVarianceTest.class.getResource("make_bias_variance.py").toURI()).getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".npz")).sorted().toList();
    }
  }

  /** Golden files written by make_bias_variance.py (polynomial fits, M = 1, N = 1, 1e7 offsets). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithNumpy(Path file) throws IOException {
    Map<String, NdArray> g = Npz.read(file);
    BiasVariance.Decomposition d =
        BiasVariance.of(
            NestedArrays.toMatrix(g.get("preds")),
            g.get("f_true").toDoubleArray(),
            g.get("noise_var").getDouble(0));
    double[] actual = {d.biasSq(), d.variance(), d.noise(), d.expectedMse()};
    for (int i = 0; i < actual.length; i++) {
      double expected = g.get("out_" + i).getDouble(0);
      assertThat(actual[i])
          .as("out_" + i)
          .isCloseTo(expected, within(GOLDEN_RTOL * Math.abs(expected) + 1e-15));
    }
  }

  @Test
  void termsAddUpToTheExpectedError() {
    Rng rng = new Rng(21);
    for (int t = 0; t < 50; t++) {
      int m = 1 + rng.nextInt(10);
      int n = 1 + rng.nextInt(10);
      double[][] preds = NestedArrays.toMatrix(rng.normal(3.0, m, n));
      double[] f = NestedArrays.toVector(rng.normal(3.0, n));
      BiasVariance.Decomposition d = BiasVariance.of(preds, f, 0.7);
      assertThat(d.biasSq() + d.variance() + d.noise())
          .isCloseTo(d.expectedMse(), within(IDENTITY_RTOL * d.expectedMse()));
    }
  }

  /**
   * Two models at f + b +- s: the mean prediction is f + b, so bias^2 = mean b^2, variance = mean
   * s^2.
   */
  @Test
  void symmetricPairHasClosedForms() {
    double[] f = {1.0, -2.0, 0.5};
    double[] b = {0.5, 0.0, -1.0};
    double[] s = {2.0, 1.0, 0.0};
    double[][] preds = new double[2][3];
    for (int j = 0; j < 3; j++) {
      preds[0][j] = f[j] + b[j] + s[j];
      preds[1][j] = f[j] + b[j] - s[j];
    }
    BiasVariance.Decomposition d = BiasVariance.of(preds, f, 0.25);
    assertThat(d.biasSq()).isCloseTo((0.25 + 0 + 1) / 3, within(1e-15));
    assertThat(d.variance()).isCloseTo((4 + 1 + 0) / 3.0, within(1e-15));
    assertThat(d.noise()).isEqualTo(0.25);
  }

  /**
   * expected_mse is the mean squared error against noisy targets y = f + eps: draw eps many times
   * for every (model, point) pair and average (pred - y)^2.
   */
  @Test
  void expectedErrorMatchesMonteCarloOverNoisyTargets() {
    Rng rng = new Rng(211);
    double[][] preds = NestedArrays.toMatrix(rng.normal(1.0, 5, 4));
    double[] f = NestedArrays.toVector(rng.normal(1.0, 4));
    double noiseVar = 0.8;
    int draws = 20_000;
    double sum = 0;
    for (double[] row : preds) {
      for (int j = 0; j < f.length; j++) {
        for (int k = 0; k < draws; k++) {
          double y = f[j] + Math.sqrt(noiseVar) * rng.nextGaussian();
          sum += (row[j] - y) * (row[j] - y);
        }
      }
    }
    double estimate = sum / (draws * 20.0);
    assertThat(BiasVariance.of(preds, f, noiseVar).expectedMse())
        .isCloseTo(estimate, within(MONTE_CARLO_TOL));
  }
}
