package dev.allclose.reference.recommendation;

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
 * The in-batch softmax loss against PyTorch ({@code F.cross_entropy} of {@code F.normalize}d rows
 * with diagonal targets, golden files), against the SciPy oracle {@code make_two_tower.py} for
 * logits in the thousands, against central finite differences with and without the normalisation,
 * and against the loss written out with plain exponentials.
 */
class InBatchSoftmaxTest {
  /** Central differences with step h have error O(h^2) plus rounding O(eps / h). */
  private static final double FD_STEP = 1e-5;

  private static final double FD_RTOL = 1e-6;
  private static final double FD_ATOL = 1e-8;
  private static final double LITERAL_RTOL = 1e-12;
  private static final double LITERAL_ATOL = 1e-13;

  static List<Golden> torch() {
    return GoldenCases.of("two-tower");
  }

  static List<Golden> scipy() {
    return GoldenCases.besideScript(InBatchSoftmaxTest.class, "make_two_tower.py", "softmax-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("torch")
  void agreesWithPyTorch(Golden g) {
    assertAgrees(g);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scipy")
  void agreesWithScipyForLargeLogits(Golden g) {
    assertAgrees(g);
  }

  /** Row norms spread over four decades, so the normalisation's Jacobian matters. */
  @ParameterizedTest(name = "B={0}, D={1}, tau={2}, normalize={3}")
  @CsvSource({
    "1, 3, 0.5, true",
    "2, 1, 0.3, true",
    "4, 5, 1.0, true",
    "6, 8, 0.1, true",
    "3, 4, 0.05, true",
    "4, 5, 1.0, false",
    "5, 3, 0.7, false"
  })
  void gradientsMatchCentralDifferences(int b, int d, double tau, boolean normalize) {
    Rng rng = new Rng(4800L + 17L * b + d);
    double[][] q = spreadNorms(rng, b, d, normalize ? 2 : 0);
    double[][] docs = spreadNorms(rng, b, d, normalize ? 2 : 0);
    InBatchSoftmax.Result r = InBatchSoftmax.of(q, docs, tau, normalize);
    assertAllClose(
        NestedArrays.fromMatrix(r.dq()),
        NestedArrays.fromMatrix(numericGradient(q, docs, tau, normalize, q)),
        FD_RTOL,
        FD_ATOL,
        "dq");
    assertAllClose(
        NestedArrays.fromMatrix(r.dd()),
        NestedArrays.fromMatrix(numericGradient(q, docs, tau, normalize, docs)),
        FD_RTOL,
        FD_ATOL,
        "dd");
  }

  @ParameterizedTest(name = "B={0}, D={1}, tau={2}, normalize={3}")
  @CsvSource({"3, 4, 0.5, true", "5, 2, 2.0, false", "7, 6, 0.2, true"})
  void lossIsTheCrossEntropyWrittenLiterally(int b, int d, double tau, boolean normalize) {
    Rng rng = new Rng(4900L + b);
    double[][] q = spreadNorms(rng, b, d, 1);
    double[][] docs = spreadNorms(rng, b, d, 1);
    assertAllClose(
        NdArray.scalar(InBatchSoftmax.of(q, docs, tau, normalize).loss()),
        NdArray.scalar(literalLoss(q, docs, tau, normalize)),
        LITERAL_RTOL,
        LITERAL_ATOL,
        "loss");
  }

  @Test
  void oneQueryHasNoNegativesSoLossAndGradientsVanish() {
    double[][] q = {{3.0, -1.0, 2.0}};
    double[][] docs = {{-5.0, 4.0, 0.5}};
    for (boolean normalize : new boolean[] {true, false}) {
      InBatchSoftmax.Result r = InBatchSoftmax.of(q, docs, 0.05, normalize);
      assertThat(r.loss()).isCloseTo(0.0, within(1e-15));
      for (double v : r.dq()[0]) {
        assertThat(v).isCloseTo(0.0, within(1e-15));
      }
      for (double v : r.dd()[0]) {
        assertThat(v).isCloseTo(0.0, within(1e-15));
      }
    }
  }

  @Test
  void normalisedRowsIgnoreTheirLengthAndGetOrthogonalGradients() {
    Rng rng = new Rng(4801);
    double[][] q = NestedArrays.toMatrix(rng.normal(1.0, 4, 5));
    double[][] docs = NestedArrays.toMatrix(rng.normal(1.0, 4, 5));
    double[][] longer = new double[4][5];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 5; c++) {
        longer[r][c] = q[r][c] * Math.pow(10, r - 1);
      }
    }
    InBatchSoftmax.Result r = InBatchSoftmax.of(q, docs, 0.3, true);
    assertThat(InBatchSoftmax.of(longer, docs, 0.3, true).loss())
        .isCloseTo(r.loss(), within(1e-13));
    for (int row = 0; row < 4; row++) {
      double queryAlong = 0;
      double docAlong = 0;
      for (int c = 0; c < 5; c++) {
        queryAlong += r.dq()[row][c] * q[row][c];
        docAlong += r.dd()[row][c] * docs[row][c];
      }
      assertThat(queryAlong).isCloseTo(0.0, within(1e-14));
      assertThat(docAlong).isCloseTo(0.0, within(1e-14));
    }
  }

  private static void assertAgrees(Golden g) {
    InBatchSoftmax.Result r =
        InBatchSoftmax.of(
            NestedArrays.toMatrix(g.get("q")),
            NestedArrays.toMatrix(g.get("d")),
            g.scalar("temperature"),
            g.flag("normalize"));
    assertGolden(NdArray.scalar(r.loss()), g.get("out_0"), g.name() + " loss");
    assertGolden(r.dq(), g.get("out_1"), g.name() + " dq");
    assertGolden(r.dd(), g.get("out_2"), g.name() + " dd");
  }

  /** Each row a normal direction times a norm 10^u, u uniform on [-decades, decades]. */
  private static double[][] spreadNorms(Rng rng, int n, int d, double decades) {
    double[][] z = NestedArrays.toMatrix(rng.normal(1.0, n, d));
    for (double[] row : z) {
      double norm = Math.pow(10, rng.uniform(-decades, decades));
      for (int c = 0; c < d; c++) {
        row[c] *= norm;
      }
    }
    return z;
  }

  private static double[][] numericGradient(
      double[][] q, double[][] docs, double tau, boolean normalize, double[][] which) {
    double[][] out = new double[which.length][which[0].length];
    for (int r = 0; r < which.length; r++) {
      double scale = 0;
      for (double v : which[r]) {
        scale = Math.max(scale, Math.abs(v));
      }
      for (int c = 0; c < which[r].length; c++) {
        double saved = which[r][c];
        double h = FD_STEP * Math.max(Math.abs(saved), scale);
        which[r][c] = saved + h;
        double up = InBatchSoftmax.of(q, docs, tau, normalize).loss();
        which[r][c] = saved - h;
        double down = InBatchSoftmax.of(q, docs, tau, normalize).loss();
        which[r][c] = saved;
        out[r][c] = (up - down) / (2 * h);
      }
    }
    return out;
  }

  /** -(1/B) sum_b log(exp(s_bb) / sum_c exp(s_bc)) with unshifted exponentials (small logits). */
  private static double literalLoss(double[][] q, double[][] docs, double tau, boolean normalize) {
    double total = 0;
    for (int b = 0; b < q.length; b++) {
      double denominator = 0;
      for (double[] doc : docs) {
        denominator += Math.exp(score(q[b], doc, normalize) / tau);
      }
      total -= Math.log(Math.exp(score(q[b], docs[b], normalize) / tau) / denominator);
    }
    return total / q.length;
  }

  private static double score(double[] a, double[] b, boolean normalize) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int c = 0; c < a.length; c++) {
      ab += a[c] * b[c];
      aa += a[c] * a[c];
      bb += b[c] * b[c];
    }
    return normalize ? ab / Math.sqrt(aa * bb) : ab;
  }
}
