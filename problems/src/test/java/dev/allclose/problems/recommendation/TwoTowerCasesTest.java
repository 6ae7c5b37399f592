package dev.allclose.problems.recommendation;

import static dev.allclose.problems.recommendation.GeneratedCases.integers;
import static dev.allclose.problems.recommendation.GeneratedCases.matrix;
import static dev.allclose.problems.recommendation.GeneratedCases.named;
import static dev.allclose.problems.recommendation.GeneratedCases.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated two-tower cases hold the situations their javadoc and the editorial promise. */
class TwoTowerCasesTest {
  private static final List<TestCase> CASES = GeneratedCases.of("two-tower", new TwoTowerCases());

  /** Scores closer than this may rank differently under another order of summation. */
  private static final double NEAR_TIE = 1e-9;

  @Test
  void rawSmallTemperatureHasLogitsBeyondTheOverflowOfExp() {
    TestCase c = named(CASES, "raw-small-temperature");
    double[][] q = matrix(c, "q");
    double[][] d = matrix(c, "d");
    double max = Double.NEGATIVE_INFINITY;
    for (double[] qi : q) {
      for (double[] dj : d) {
        max = Math.max(max, dot(qi, dj) / scalar(c, "temperature"));
      }
    }
    assertThat(max).isGreaterThan(1000);
    assertThat(c.inputs().get("normalize").getBoolean(0)).isFalse();
  }

  /** Breaking ties towards the higher index must change the answer of both tie cases. */
  @Test
  void theTieRuleDecidesTheTieCases() {
    for (String name : List.of("recall-ties", "recall-ties-k3")) {
      TestCase c = named(CASES, name);
      double expected = c.expected().get("recall").getDouble(0);
      assertThat(recall(c, true)).as(name + " lower index first").isEqualTo(expected);
      assertThat(recall(c, false)).as(name + " higher index first").isNotEqualTo(expected);
    }
  }

  /** Outside the tie cases no score is within rounding of the relevant document's. */
  @Test
  void randomRecallCasesHaveNoNearTies() {
    List<String> near = new ArrayList<>();
    for (TestCase c : recallCases()) {
      if (c.name().contains("ties")) {
        continue;
      }
      double[][] q = matrix(c, "q");
      double[][] corpus = matrix(c, "corpus");
      long[] relevant = integers(c, "relevant");
      for (int m = 0; m < q.length; m++) {
        double target = dot(q[m], corpus[(int) relevant[m]]);
        for (int n = 0; n < corpus.length; n++) {
          double gap = Math.abs(dot(q[m], corpus[n]) - target);
          if (n != relevant[m] && gap <= NEAR_TIE * Math.max(1, Math.abs(target))) {
            near.add(c.name() + " query " + m + " document " + n);
          }
        }
      }
    }
    assertThat(near).isEmpty();
  }

  @Test
  void recallIsPartialExceptWhereKCoversTheCorpus() {
    for (TestCase c : recallCases()) {
      double recall = c.expected().get("recall").getDouble(0);
      boolean covers = c.inputs().get("k").getLong(0) >= matrix(c, "corpus").length;
      if (covers) {
        assertThat(recall).as(c.name()).isEqualTo(1.0);
      } else {
        assertThat(recall).as(c.name()).isStrictlyBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void theContractsEdgeCasesArePresent() {
    assertThat(matrix(named(CASES, "single-pair"), "q")).hasNumberOfRows(1);
    assertThat(matrix(named(CASES, "one-dimension"), "q")[0]).hasSize(1);
    assertThat(named(CASES, "sample-1-defaults").inputs()).containsOnlyKeys("q", "d");
    assertThat(named(CASES, "recall-k-above-n").inputs().get("k").getLong(0))
        .isGreaterThan(matrix(named(CASES, "recall-k-above-n"), "corpus").length);
    assertThat(CASES.stream().filter(TestCase::visible)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void noLossCaseUsesTemperatureOneExceptTheDefaults() {
    for (TestCase c : CASES) {
      if (c.inputs().containsKey("temperature") && matrix(c, "q").length > 1) {
        assertThat(scalar(c, "temperature")).as(c.name()).isNotEqualTo(1.0);
      }
    }
  }

  private static List<TestCase> recallCases() {
    return CASES.stream().filter(c -> c.inputs().containsKey("corpus")).toList();
  }

  private static double recall(TestCase c, boolean lowerFirst) {
    double[][] q = matrix(c, "q");
    double[][] corpus = matrix(c, "corpus");
    long[] relevant = integers(c, "relevant");
    long k = c.inputs().get("k").getLong(0);
    int hits = 0;
    for (int m = 0; m < q.length; m++) {
      int r = (int) relevant[m];
      double target = dot(q[m], corpus[r]);
      int ahead = 0;
      for (int n = 0; n < corpus.length; n++) {
        double s = dot(q[m], corpus[n]);
        if (s > target || (s == target && (lowerFirst ? n < r : n > r))) {
          ahead++;
        }
      }
      hits += ahead < k ? 1 : 0;
    }
    return (double) hits / q.length;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      s += a[c] * b[c];
    }
    return s;
  }
}
