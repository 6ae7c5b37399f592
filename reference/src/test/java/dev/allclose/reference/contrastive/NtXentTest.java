package dev.allclose.reference.contrastive;

import static dev.allclose.reference.Tolerances.assertAllClose;
import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NtXent against PyTorch's {@code F.cross_entropy} over masked cosine similarities (golden files),
 * against central finite differences of its own loss, and against eq. 1 written out literally.
 */
class NtXentTest {
  /** Central differences with step h have error O(h^2) plus rounding O(eps / h). */
  private static final double FD_STEP = 1e-5;

  private static final double FD_RTOL = 1e-6;
  private static final double FD_ATOL = 1e-8;
  private static final double LITERAL_RTOL = 1e-12;
  private static final double LITERAL_ATOL = 1e-13;

  static List<Golden> golden() {
    return GoldenCases.of("simclr-nt-xent");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    double[][] z1 = NestedArrays.toMatrix(g.get("z1"));
    double[][] z2 = NestedArrays.toMatrix(g.get("z2"));
    double tau = g.scalar("temperature");
    assertGolden(NdArray.scalar(NtXent.loss(z1, z2, tau)), g.get("out_0"), g.name() + " loss");
    NtXent.Gradient grad = NtXent.gradient(z1, z2, tau);
    assertGolden(grad.dz1(), g.get("out_1"), g.name() + " dz1");
    assertGolden(grad.dz2(), g.get("out_2"), g.name() + " dz2");
  }

  /** Rows of norms spread over four decades, so the normalisation's Jacobian matters. */
  @ParameterizedTest(name = "N={0}, D={1}, tau={2}")
  @CsvSource({"1, 3, 0.5", "2, 1, 0.3", "3, 4, 0.5", "5, 8, 0.1", "4, 16, 0.05", "6, 3, 2.0"})
  void gradientMatchesCentralDifferences(int n, int d, double tau) {
    Rng rng = new Rng(500 + 31L * n + d);
    double[][] z1 = spreadNorms(rng, n, d);
    double[][] z2 = spreadNorms(rng, n, d);
    NtXent.Gradient grad = NtXent.gradient(z1, z2, tau);
    assertAllClose(
        NestedArrays.fromMatrix(grad.dz1()),
        NestedArrays.fromMatrix(numericGradient(z1, z2, tau, z1)),
        FD_RTOL,
        FD_ATOL,
        "dz1");
    assertAllClose(
        NestedArrays.fromMatrix(grad.dz2()),
        NestedArrays.fromMatrix(numericGradient(z1, z2, tau, z2)),
        FD_RTOL,
        FD_ATOL,
        "dz2");
  }

  @ParameterizedTest(name = "N={0}, D={1}, tau={2}")
  @CsvSource({"2, 3, 0.5", "4, 5, 0.2", "7, 2, 1.5", "3, 32, 0.05"})
  void lossIsEquationOneWrittenLiterally(int n, int d, double tau) {
    Rng rng = new Rng(900 + n);
    double[][] z1 = spreadNorms(rng, n, d);
    double[][] z2 = spreadNorms(rng, n, d);
    assertAllClose(
        NdArray.scalar(NtXent.loss(z1, z2, tau)),
        NdArray.scalar(literalLoss(z1, z2, tau)),
        LITERAL_RTOL,
        LITERAL_ATOL,
        "loss");
  }

  @Test
  void onePairHasOnlyItsPositiveInTheDenominator() {
    Rng rng = new Rng(7);
    double[][] z1 = NestedArrays.toMatrix(rng.normal(3.0, 1, 5));
    double[][] z2 = NestedArrays.toMatrix(rng.normal(0.1, 1, 5));
    assertThat(NtXent.loss(z1, z2, 0.1)).isCloseTo(0.0, within(1e-12));
    NtXent.Gradient grad = NtXent.gradient(z1, z2, 0.1);
    for (double[] row : new double[][] {grad.dz1()[0], grad.dz2()[0]}) {
      for (double v : row) {
        assertThat(v).isCloseTo(0.0, within(1e-12));
      }
    }
  }

  @Test
  void rescalingARowChangesNothingAndItsGradientIsOrthogonalToIt() {
    Rng rng = new Rng(8);
    double[][] z1 = NestedArrays.toMatrix(rng.normal(1.0, 4, 6));
    double[][] z2 = NestedArrays.toMatrix(rng.normal(1.0, 4, 6));
    double before = NtXent.loss(z1, z2, 0.3);
    double[][] scaled = new double[4][];
    for (int i = 0; i < 4; i++) {
      scaled[i] = z1[i].clone();
      for (int c = 0; c < 6; c++) {
        scaled[i][c] *= Math.pow(10, i - 1);
      }
    }
    assertThat(NtXent.loss(scaled, z2, 0.3)).isCloseTo(before, within(1e-12));
    double[][] dz1 = NtXent.gradient(z1, z2, 0.3).dz1();
    for (int i = 0; i < 4; i++) {
      double dot = 0;
      for (int c = 0; c < 6; c++) {
        dot += dz1[i][c] * z1[i][c];
      }
      assertThat(dot).isCloseTo(0.0, within(1e-12));
    }
  }

  @Test
  void temperaturesThatOverflowANaiveExponentialStayFinite() {
    Rng rng = new Rng(9);
    double[][] z1 = NestedArrays.toMatrix(rng.normal(1.0, 5, 64));
    double[][] z2 = NestedArrays.toMatrix(rng.normal(1.0, 5, 64));
    System.arraycopy(z1, 0, z2, 0, 1);
    double loss = NtXent.loss(z1, z2, 1e-3);
    assertThat(loss).isFinite().isPositive();
    NtXent.Gradient grad = NtXent.gradient(z1, z2, 1e-3);
    for (double[] row : grad.dz1()) {
      for (double v : row) {
        assertThat(v).isFinite();
      }
    }
  }

  /** Each row a normal direction times a norm between 1e-2 and 1e2. */
  private static double[][] spreadNorms(Rng rng, int n, int d) {
    double[][] z = NestedArrays.toMatrix(rng.normal(1.0, n, d));
    for (double[] row : z) {
      double norm = Math.pow(10, rng.uniform(-2, 2));
      for (int c = 0; c < d; c++) {
        row[c] *= norm;
      }
    }
    return z;
  }

  /** dL/dz by central differences, perturbing each entry of {@code which} in place. */
  private static double[][] numericGradient(
      double[][] z1, double[][] z2, double tau, double[][] which) {
    double[][] out = new double[which.length][which[0].length];
    for (int i = 0; i < which.length; i++) {
      for (int c = 0; c < which[i].length; c++) {
        double saved = which[i][c];
        double h = FD_STEP * Math.max(Math.abs(saved), rowScale(which[i]));
        which[i][c] = saved + h;
        double up = NtXent.loss(z1, z2, tau);
        which[i][c] = saved - h;
        double down = NtXent.loss(z1, z2, tau);
        which[i][c] = saved;
        out[i][c] = (up - down) / (2 * h);
      }
    }
    return out;
  }

  private static double rowScale(double[] row) {
    double max = 0;
    for (double v : row) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  /** Eq. 1 with plain exponentials and explicit loops over anchors and candidates. */
  private static double literalLoss(double[][] z1, double[][] z2, double tau) {
    int n = z1.length;
    double[][] z = new double[2 * n][];
    for (int i = 0; i < n; i++) {
      z[i] = z1[i];
      z[i + n] = z2[i];
    }
    double total = 0;
    for (int i = 0; i < 2 * n; i++) {
      double denominator = 0;
      for (int k = 0; k < 2 * n; k++) {
        if (k != i) {
          denominator += Math.exp(cosine(z[i], z[k]) / tau);
        }
      }
      double numerator = Math.exp(cosine(z[i], z[(i + n) % (2 * n)]) / tau);
      total += -Math.log(numerator / denominator);
    }
    return total / (2 * n);
  }

  private static double cosine(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int c = 0; c < a.length; c++) {
      ab += a[c] * b[c];
      aa += a[c] * a[c];
      bb += b[c] * b[c];
    }
    return ab / Math.sqrt(aa * bb);
  }
}
