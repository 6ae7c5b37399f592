package dev.allclose.problems.prompting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.problems.BuiltInPackages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated prompt-tuning cases hold the situations their javadoc and the editorial promise.
 */
class PromptTuningCasesTest {
  private static final List<TestCase> CASES =
      BuiltInPackages.cases("prompt-tuning", new PromptTuningCases());

  /** exp(709.8) is the largest finite double exponential. */
  private static final double EXP_OVERFLOW = 709.8;

  /** Each wrong solution shows on a case with B > 1, n > 1, T > 1 and distinct positions. */
  @Test
  void theBatchCaseHasEveryDimensionAboveOneAndSpareDistinctPositions() {
    TestCase c = named("batch");
    long[][] ids = ids(c);
    double[][] pos = matrix(c, "Pos");
    int n = matrix(c, "P").length;
    assertThat(ids.length).isGreaterThan(1);
    assertThat(ids[0].length).isGreaterThan(1);
    assertThat(n).isGreaterThan(1);
    assertThat(pos.length).isGreaterThan(n + ids[0].length);
    for (int r = 1; r < pos.length; r++) {
      assertThat(pos[r]).isNotEqualTo(pos[r - 1]);
    }
  }

  @Test
  void theContractsEdgeCasesArePresent() {
    assertThat(matrix(named("one-prompt-vector"), "P")).hasNumberOfRows(1);
    assertThat(ids(named("one-token"))[0]).hasSize(1);
    assertThat(ids(named("single-sequence"))).hasNumberOfRows(1);
    TestCase longPositions = named("long-positions");
    assertThat(matrix(longPositions, "Pos").length)
        .isGreaterThan(2 * (matrix(longPositions, "P").length + ids(longPositions)[0].length));
    assertThat(ids(named("large-batch"))).hasNumberOfRows(256);
    assertThat(CASES.stream().filter(TestCase::visible)).hasSize(2);
  }

  /** A softmax without the maximum subtracted overflows only if some logit passes 709.8. */
  @Test
  void largeLogitsOverflowANaiveSoftmaxAndTheLossStaysFinite() {
    TestCase c = named("large-logits");
    double largest = 0;
    for (double[] z : logits(c)) {
      for (double v : z) {
        largest = Math.max(largest, v);
      }
    }
    assertThat(largest).isGreaterThan(EXP_OVERFLOW);
    assertThat(Double.isFinite(c.expected().get("loss").getDouble(0))).isTrue();
  }

  /** Saturated inputs: the mean tanh derivative over the prompt slots is far below 1. */
  @Test
  void saturatedTanhLeavesLittleDerivativeAtThePrompt() {
    TestCase c = named("saturated-tanh");
    double[][] p = matrix(c, "P");
    double[][] pos = matrix(c, "Pos");
    double sum = 0;
    for (int s = 0; s < p.length; s++) {
      for (int k = 0; k < p[s].length; k++) {
        double a = Math.tanh(p[s][k] + pos[s][k]);
        sum += 1 - a * a;
      }
    }
    assertThat(sum / (p.length * p[0].length)).isLessThan(0.5);
  }

  @Test
  void generationIsDeterministic() {
    List<TestCase> again = BuiltInPackages.cases("prompt-tuning", new PromptTuningCases());
    for (int i = 0; i < CASES.size(); i++) {
      assertThat(again.get(i).inputs()).as(CASES.get(i).name()).isEqualTo(CASES.get(i).inputs());
    }
  }

  /** z_i = mean_s tanh(x_i,s) W + b for every sequence of the case. */
  private static double[][] logits(TestCase c) {
    double[][] p = matrix(c, "P");
    double[][] e = matrix(c, "E");
    double[][] pos = matrix(c, "Pos");
    double[][] w = matrix(c, "W");
    double[] b = NestedArrays.toVector(c.inputs().get("b"));
    long[][] ids = ids(c);
    int len = p.length + ids[0].length;
    double[][] out = new double[ids.length][];
    for (int i = 0; i < ids.length; i++) {
      double[] z = b.clone();
      for (int s = 0; s < len; s++) {
        double[] row = s < p.length ? p[s] : e[(int) ids[i][s - p.length]];
        for (int k = 0; k < row.length; k++) {
          double a = Math.tanh(row[k] + pos[s][k]) / len;
          for (int cl = 0; cl < z.length; cl++) {
            z[cl] += a * w[k][cl];
          }
        }
      }
      out[i] = z;
    }
    return out;
  }

  private static TestCase named(String name) {
    return BuiltInPackages.named(CASES, name);
  }

  private static double[][] matrix(TestCase c, String input) {
    return NestedArrays.toMatrix(c.inputs().get(input));
  }

  private static long[][] ids(TestCase c) {
    return (long[][]) NestedArrays.toNested(c.inputs().get("token_ids"), long[][].class);
  }
}
