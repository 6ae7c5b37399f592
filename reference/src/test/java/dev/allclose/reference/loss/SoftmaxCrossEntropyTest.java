package dev.allclose.reference.loss;

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
import org.junit.jupiter.params.provider.MethodSource;

class SoftmaxCrossEntropyTest {
  /** Central differences with h = 1e-5 on a smooth loss of order one. */
  private static final double FINITE_DIFFERENCE_TOL = 1e-8;

  /** Shifting by 1e4 costs about 1e4 * 2^-52 of absolute accuracy in each logit. */
  private static final double SHIFTED_TOL = 1e-10;

  private static final double IDENTITY_TOL = 1e-15;

  static List<Golden> golden() {
    return GoldenCases.of("softmax-cross-entropy-gradient");
  }

  /** PyTorch's F.cross_entropy (mean) is the oracle: out_0 the loss, out_1 its autograd grad. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPytorch(Golden g) {
    SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.of(logits(g), labels(g));
    assertGolden(NdArray.scalar(r.loss()), g.get("out_0"), g + " loss");
    assertGolden(r.dlogits(), g.get("out_1"), g + " dlogits");
  }

  /**
   * The same golden cases with every logit moved by +1e4 or -1e4 (a different constant per row):
   * the loss and the gradient must not change, and nothing may overflow.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void rowShiftsOfTenThousandChangeNothing(Golden g) {
    double[][] z = logits(g);
    for (int i = 0; i < z.length; i++) {
      double shift = i % 2 == 0 ? 1e4 : -1e4;
      for (int c = 0; c < z[i].length; c++) {
        z[i][c] += shift;
      }
    }
    SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.of(z, labels(g));
    assertThat(r.loss()).isCloseTo(g.get("out_0").getDouble(0), within(SHIFTED_TOL));
    double[] expected = g.get("out_1").toDoubleArray();
    double[] actual = NestedArrays.fromNested(r.dlogits()).toDoubleArray();
    for (int k = 0; k < expected.length; k++) {
      assertThat(actual[k]).isCloseTo(expected[k], within(SHIFTED_TOL));
    }
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    Rng rng = new Rng(13);
    double[][] z = NestedArrays.toMatrix(rng.normal(2.0, 5, 7));
    long[] y = {0, 6, 3, 3, 1};
    double[][] grad = SoftmaxCrossEntropy.of(z, y).dlogits();
    double h = 1e-5;
    for (int i = 0; i < z.length; i++) {
      for (int c = 0; c < z[i].length; c++) {
        double saved = z[i][c];
        z[i][c] = saved + h;
        double up = SoftmaxCrossEntropy.of(z, y).loss();
        z[i][c] = saved - h;
        double down = SoftmaxCrossEntropy.of(z, y).loss();
        z[i][c] = saved;
        assertThat(grad[i][c]).isCloseTo((up - down) / (2 * h), within(FINITE_DIFFERENCE_TOL));
      }
    }
  }

  /** The softmax sums to 1 and the one-hot to 1, so each gradient row sums to 0. */
  @Test
  void gradientRowsSumToZero() {
    double[][] z = NestedArrays.toMatrix(new Rng(14).normal(50.0, 6, 9));
    for (double[] row : SoftmaxCrossEntropy.of(z, new long[] {1, 2, 3, 4, 5, 8}).dlogits()) {
      double sum = 0;
      for (double v : row) {
        sum += v;
      }
      assertThat(sum).isCloseTo(0.0, within(IDENTITY_TOL));
    }
  }

  /** Closed forms: equal logits give log C; a label 1e4 below the rest costs 1e4 + log(C - 1). */
  @Test
  void closedFormsAtTheExtremes() {
    SoftmaxCrossEntropy.Result flat =
        SoftmaxCrossEntropy.of(new double[][] {{7, 7, 7, 7}}, new long[] {2});
    assertThat(flat.loss()).isCloseTo(Math.log(4), within(IDENTITY_TOL));
    assertThat(flat.dlogits()[0]).containsExactly(0.25, 0.25, -0.75, 0.25);

    double[][] far = {{1e4, 1e4, 1e4, 0.0}, {0.0, 1e4, 1e4, 1e4}};
    SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.of(far, new long[] {3, 0});
    assertThat(r.loss()).isCloseTo(1e4 + Math.log(3), within(1e-9));
    assertThat(r.dlogits()[0][3]).isEqualTo(-0.5);
    assertThat(r.dlogits()[0][0]).isCloseTo(1.0 / 6, within(IDENTITY_TOL));
  }

  private static double[][] logits(Golden g) {
    return NestedArrays.toMatrix(g.get("logits"));
  }

  private static long[] labels(Golden g) {
    return g.get("labels").toLongArray();
  }
}
