package dev.allclose.reference.bayes;

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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class McDropoutTest {
  private static final double EXACT_TOL = 1e-12;

  /** A Monte Carlo mean must land within this many standard errors of its expectation. */
  private static final double STANDARD_ERRORS = 5.0;

  /** Relative error allowed on a variance estimated from {@link #MANY} passes. */
  private static final double VARIANCE_RTOL = 0.03;

  private static final int MANY = 200_000;

  static List<String> goldenCases() {
    return IntStream.range(0, 6).mapToObj(i -> String.format("case%02d.npz", i)).toList();
  }

  /**
   * NumPy, from make_mc_dropout.py in the test resources (einsum and np.var with ddof = 0): p = 0,
   * p = 0.9, S = 1, masks with all-zero rows, and an output offset of 1e6.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void agreesWithNumPy(String file) throws IOException, URISyntaxException {
    Map<String, NdArray> g = Npz.read(Path.of(McDropoutTest.class.getResource(file).toURI()));
    McDropout.Network net =
        new McDropout.Network(
            matrix(g.get("W1")),
            g.get("b1").toDoubleArray(),
            matrix(g.get("W2")),
            g.get("b2").toDoubleArray());
    McDropout.Prediction pred =
        McDropout.predict(
            matrix(g.get("x")), net, NestedArrays.toCube(g.get("masks")), g.get("p").getDouble(0));
    assertGolden(pred.mean(), g.get("mean"), file + " mean");
    assertGolden(pred.var(), g.get("var"), file + " var");
  }

  /** With p = 0 every mask keeps every unit: each pass is the deterministic network. */
  @Test
  void noDropoutIsTheDeterministicNetworkWithZeroVariance() {
    Fixture f = new Fixture(new Rng(11), 4, 5, 7, 2);
    double[][][] ones = new double[6][4][7];
    for (double[][] s : ones) {
      for (double[] row : s) {
        java.util.Arrays.fill(row, 1.0);
      }
    }
    McDropout.Prediction pred = McDropout.predict(f.x, f.net, ones, 0.0);
    double[][] plain = f.deterministic();
    for (int n = 0; n < 4; n++) {
      for (int o = 0; o < 2; o++) {
        assertThat(pred.mean()[n][o]).isCloseTo(plain[n][o], within(EXACT_TOL));
        assertThat(pred.var()[n][o]).isCloseTo(0.0, within(EXACT_TOL));
      }
    }
  }

  /**
   * Inverted dropout keeps the expectation: with masks drawn Bernoulli(1 - p), E[y] is the
   * deterministic network, and, the masks being independent, Var[y_o] = p / (1 - p) sum_k h_k^2
   * W2[k][o]^2. Checked on 200000 fixed-seed passes.
   */
  @Test
  void manyPassesMatchTheClosedFormMoments() {
    double p = 0.3;
    Fixture f = new Fixture(new Rng(12), 2, 4, 6, 2);
    Rng rng = new Rng(13);
    double[][][] masks = new double[MANY][2][6];
    for (double[][] s : masks) {
      for (double[] row : s) {
        for (int k = 0; k < row.length; k++) {
          row[k] = rng.nextDouble() < 1 - p ? 1.0 : 0.0;
        }
      }
    }
    McDropout.Prediction pred = McDropout.predict(f.x, f.net, masks, p);
    double[][] plain = f.deterministic();
    double[][] h = f.net.hidden(f.x);
    for (int n = 0; n < 2; n++) {
      for (int o = 0; o < 2; o++) {
        double variance = 0;
        for (int k = 0; k < 6; k++) {
          variance += h[n][k] * h[n][k] * f.net.w2()[k][o] * f.net.w2()[k][o];
        }
        variance *= p / (1 - p);
        double se = Math.sqrt(variance / MANY);
        assertThat(pred.mean()[n][o]).isCloseTo(plain[n][o], within(STANDARD_ERRORS * se));
        assertThat(pred.var()[n][o]).isCloseTo(variance, within(VARIANCE_RTOL * variance));
      }
    }
  }

  @Test
  void oneMaskHasZeroVariance() {
    Fixture f = new Fixture(new Rng(14), 3, 2, 5, 1);
    double[][][] masks = NestedArrays.toCube(new Rng(15).uniform(0, 1, 1, 3, 5));
    McDropout.Prediction pred = McDropout.predict(f.x, f.net, masks, 0.5);
    for (double[] row : pred.var()) {
      assertThat(row).containsOnly(0.0);
    }
  }

  private static double[][] matrix(NdArray a) {
    return NestedArrays.toMatrix(a);
  }

  private static final class Fixture {
    final double[][] x;
    final McDropout.Network net;

    Fixture(Rng rng, int n, int d, int h, int o) {
      x = NestedArrays.toMatrix(rng.normal(1.0, n, d));
      net =
          new McDropout.Network(
              NestedArrays.toMatrix(rng.normal(1.0, d, h)),
              NestedArrays.toVector(rng.normal(0.5, h)),
              NestedArrays.toMatrix(rng.normal(1.0, h, o)),
              NestedArrays.toVector(rng.normal(1.0, o)));
    }

    /** relu(x W1 + b1) W2 + b2, written out here without the dropout code. */
    double[][] deterministic() {
      double[][] out = new double[x.length][net.b2().length];
      for (int r = 0; r < x.length; r++) {
        for (int o = 0; o < out[r].length; o++) {
          double y = net.b2()[o];
          for (int k = 0; k < net.b1().length; k++) {
            double a = net.b1()[k];
            for (int i = 0; i < x[r].length; i++) {
              a += x[r][i] * net.w1()[i][k];
            }
            y += Math.max(a, 0) * net.w2()[k][o];
          }
          out[r][o] = y;
        }
      }
      return out;
    }
  }
}
