package dev.allclose.reference.prompting;

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
 * The soft-prompt loss and gradient against the vectorised NumPy/SciPy oracle {@code
 * make_prompt_tuning.py} (golden files), against central finite differences of its own loss, and
 * against invariants of the model: the batch mean, and a zero gradient when the head is zero.
 */
class SoftPromptTuningTest {
  /** Central differences with step h have error O(h^2) plus rounding O(eps / h). */
  private static final double FD_STEP = 1e-5;

  private static final double FD_RTOL = 1e-6;
  private static final double FD_ATOL = 1e-9;
  private static final double EXACT_RTOL = 1e-13;
  private static final double EXACT_ATOL = 1e-15;

  static List<Golden> numpy() {
    return GoldenCases.besideScript(SoftPromptTuningTest.class, "make_prompt_tuning.py", "prompt-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numpy")
  void agreesWithNumpy(Golden g) {
    var r =
        SoftPromptTuning.lossAndGrad(
            NestedArrays.toMatrix(g.get("P")),
            (long[][]) NestedArrays.toNested(g.get("token_ids"), long[][].class),
            (long[]) NestedArrays.toNested(g.get("labels"), long[].class),
            NestedArrays.toMatrix(g.get("E")),
            NestedArrays.toMatrix(g.get("Pos")),
            NestedArrays.toMatrix(g.get("W")),
            NestedArrays.toVector(g.get("b")));
    assertGolden(NdArray.scalar(r.loss()), g.get("out_0"), g.name() + " loss");
    assertGolden(r.dP(), g.get("out_1"), g.name() + " dP");
  }

  @ParameterizedTest(name = "B={0}, n={1}, T={2}, D={3}, C={4}")
  @CsvSource({"1, 1, 1, 2, 2", "3, 2, 4, 5, 3", "4, 3, 2, 3, 6", "2, 5, 1, 4, 2"})
  void gradientMatchesCentralDifferences(int batch, int n, int t, int d, int c) {
    Model m = Model.random(new Rng(5200L + 7L * batch + 3L * n + t), batch, n, t, d, c);
    double[][] numeric = new double[n][d];
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < d; k++) {
        double saved = m.p[s][k];
        m.p[s][k] = saved + FD_STEP;
        double up = m.run().loss();
        m.p[s][k] = saved - FD_STEP;
        double down = m.run().loss();
        m.p[s][k] = saved;
        numeric[s][k] = (up - down) / (2 * FD_STEP);
      }
    }
    assertAllClose(
        NestedArrays.fromMatrix(m.run().dP()),
        NestedArrays.fromMatrix(numeric),
        FD_RTOL,
        FD_ATOL,
        "dP");
  }

  /** The loss and gradient are batch means: a batch written twice gives the same numbers. */
  @Test
  void aBatchRepeatedHasTheSameLossAndGradient() {
    Model once = Model.random(new Rng(52), 3, 2, 4, 5, 3);
    Model twice = once.doubled();
    assertThat(twice.run().loss()).isCloseTo(once.run().loss(), within(1e-14));
    assertAllClose(
        NestedArrays.fromMatrix(twice.run().dP()),
        NestedArrays.fromMatrix(once.run().dP()),
        EXACT_RTOL,
        EXACT_ATOL,
        "dP");
  }

  /** W = 0: every logit is b, the loss is the cross-entropy of softmax(b), and dP is exactly 0. */
  @Test
  void aZeroHeadGivesTheBiasLossAndNoGradient() {
    Model m = Model.random(new Rng(7), 2, 2, 3, 4, 3);
    for (double[] row : m.w) {
      java.util.Arrays.fill(row, 0.0);
    }
    double expected = 0;
    for (long label : m.labels) {
      expected += dev.allclose.numeric.Matrices.logSumExp(m.b) - m.b[(int) label];
    }
    var r = m.run();
    assertThat(r.loss()).isCloseTo(expected / 2, within(1e-14));
    for (double[] row : r.dP()) {
      assertThat(row).containsOnly(0.0);
    }
  }

  @Test
  void logitsInTheThousandsGiveAFiniteLoss() {
    Model m = Model.random(new Rng(9), 2, 1, 2, 3, 2);
    for (double[] row : m.w) {
      for (int c = 0; c < row.length; c++) {
        row[c] *= 5000;
      }
    }
    var r = m.run();
    assertThat(r.loss()).isFinite().isGreaterThanOrEqualTo(0);
    assertThat(java.util.Arrays.stream(r.dP()[0]).allMatch(Double::isFinite)).isTrue();
  }

  /** A random frozen model and batch; {@code p} is perturbed in place by the gradient check. */
  @SuppressWarnings("ArrayRecordComponent") // a test fixture: the arrays are shared on purpose
  private record Model(
      double[][] p,
      long[][] ids,
      long[] labels,
      double[][] e,
      double[][] pos,
      double[][] w,
      double[] b) {
    static Model random(Rng rng, int batch, int n, int t, int d, int c) {
      int vocab = 7;
      long[][] ids = new long[batch][t];
      long[] labels = new long[batch];
      for (int s = 0; s < batch; s++) {
        for (int k = 0; k < t; k++) {
          ids[s][k] = rng.nextInt(vocab);
        }
        labels[s] = rng.nextInt(c);
      }
      return new Model(
          NestedArrays.toMatrix(rng.normal(1.0, n, d)),
          ids,
          labels,
          NestedArrays.toMatrix(rng.normal(1.0, vocab, d)),
          NestedArrays.toMatrix(rng.normal(0.5, n + t + 2, d)),
          NestedArrays.toMatrix(rng.normal(1.0, d, c)),
          NestedArrays.toVector(rng.normal(1.0, c)));
    }

    Model doubled() {
      int batch = ids.length;
      long[][] ids2 = new long[2 * batch][];
      long[] labels2 = new long[2 * batch];
      for (int s = 0; s < 2 * batch; s++) {
        ids2[s] = ids[s % batch];
        labels2[s] = labels[s % batch];
      }
      return new Model(p, ids2, labels2, e, pos, w, b);
    }

    SoftPromptTuning.Result run() {
      return SoftPromptTuning.lossAndGrad(p, ids, labels, e, pos, w, b);
    }
  }
}
