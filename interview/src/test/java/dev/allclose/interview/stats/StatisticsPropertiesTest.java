package dev.allclose.interview.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.Rng;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Properties that hold whatever SciPy says: invariants, limits, seeding and coverage. */
class StatisticsPropertiesTest {
  /** 300 simulated experiments: a 95% interval's coverage has a standard error of 1.3 points. */
  private static final int EXPERIMENTS = 300;

  private static final double COVERAGE_LOW = 0.89;
  private static final double COVERAGE_HIGH = 0.99;

  @Test
  void noncentralTWithZeroNoncentralityIsTheCentralT() {
    NoncentralT t = new NoncentralT(7, 0);
    for (double x : new double[] {-3, -0.5, 0, 1.2, 4}) {
      assertThat(t.cdf(x)).isEqualTo(TDistribution.of(7).cumulativeProbability(x));
    }
  }

  @Test
  void noncentralTIsAMonotoneDistributionFunctionEvenForLargeNoncentrality() {
    for (double delta : new double[] {-45, -3, 0.5, 12, 45}) {
      NoncentralT t = new NoncentralT(9, delta);
      double previous = 0;
      for (double x = -100; x <= 100; x += 0.25) {
        double f = t.cdf(x);
        assertThat(f).isBetween(previous - 1e-12, 1.0);
        assertThat(f + t.sf(x)).isCloseTo(1.0, within(1e-12));
        previous = f;
      }
      // Heavy tails (9 degrees of freedom): far from the centre, but not at 0 or 1.
      assertThat(t.cdf(-1000)).isLessThan(0.01);
      assertThat(t.cdf(1000)).isGreaterThan(0.99);
    }
  }

  @Test
  void powerGrowsWithRunsAndAPairedDesignNeedsFewer() {
    PowerQuestion two = new PowerQuestion(0.5, 1, 0.05, 0.8, false, Alternative.TWO_SIDED);
    PowerQuestion paired = new PowerQuestion(0.5, 1, 0.05, 0.8, true, Alternative.TWO_SIDED);
    for (int n = 2; n < 80; n++) {
      assertThat(TTestPower.power(two, n + 1)).isGreaterThan(TTestPower.power(two, n));
    }
    assertThat(TTestPower.solve(paired).runsPerArm())
        .isLessThan(TTestPower.solve(two).runsPerArm());
    PowerQuestion oneSided = new PowerQuestion(0.5, 1, 0.05, 0.8, false, Alternative.LARGER);
    assertThat(TTestPower.solve(oneSided).runsPerArm())
        .isLessThan(TTestPower.solve(two).runsPerArm());
  }

  @Test
  void powerQuestionsThatMakeNoSenseAreRefusedWithAReason() {
    assertThatThrownBy(() -> new PowerQuestion(0, 1, 0.05, 0.8, false, Alternative.TWO_SIDED))
        .hasMessageContaining("non-zero");
    assertThatThrownBy(() -> new PowerQuestion(1, -1, 0.05, 0.8, false, Alternative.TWO_SIDED))
        .hasMessageContaining("standard deviation must be positive");
    assertThatThrownBy(() -> new PowerQuestion(1, 1, 0.05, 0.01, false, Alternative.TWO_SIDED))
        .hasMessageContaining("above alpha");
    assertThatThrownBy(() -> new PowerQuestion(-1, 1, 0.05, 0.8, false, Alternative.LARGER))
        .hasMessageContaining("looks for an increase");
    PowerQuestion tiny = new PowerQuestion(1e-6, 1, 0.05, 0.8, false, Alternative.TWO_SIDED);
    assertThatThrownBy(() -> TTestPower.solve(tiny)).hasMessageContaining("too small to detect");
  }

  @Test
  void theSameSeedGivesTheSameResamplingAndAnotherSeedAnother() {
    double[] a = {
      0.61, 0.63, 0.60, 0.64, 0.62, 0.59, 0.65, 0.61, 0.60, 0.63, 0.62, 0.64, 0.6, 0.58
    };
    double[] b = {0.64, 0.66, 0.61, 0.65, 0.66, 0.62, 0.67, 0.63, 0.65, 0.64, 0.66, 0.63, 0.6, 0.7};
    Comparison.Settings s1 = new Comparison.Settings(0.95, 2000, 999, 7);
    Comparison.Settings s2 = new Comparison.Settings(0.95, 2000, 999, 8);
    Comparison x = Comparison.of(a, b, false, Alternative.TWO_SIDED, s1);
    Comparison y = Comparison.of(a, b, false, Alternative.TWO_SIDED, s1);
    Comparison z = Comparison.of(a, b, false, Alternative.TWO_SIDED, s2);
    assertThat(x.interval()).isEqualTo(y.interval());
    assertThat(x.permutation()).isEqualTo(y.permutation());
    assertThat(x.interval().low()).isNotEqualTo(z.interval().low());
    assertThat(x.permutation().exact()).isFalse();
  }

  @Test
  void theBootstrapIntervalCoversTheTrueDifferenceAboutAsOftenAsItsLevelSays() {
    Rng rng = new Rng(2026);
    int paired = 0;
    int independent = 0;
    for (int e = 0; e < EXPERIMENTS; e++) {
      double[] a = new double[25];
      double[] b = new double[25];
      for (int i = 0; i < a.length; i++) {
        a[i] = 10 + 2 * rng.nextGaussian();
        b[i] = a[i] + 0.5 + rng.nextGaussian();
      }
      double[] d = new double[a.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = b[i] - a[i];
      }
      BootstrapInterval p = BootstrapInterval.ofMean(d, 0.95, 1000, e);
      paired += p.low() <= 0.5 && 0.5 <= p.high() ? 1 : 0;
      double[] c = new double[a.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = 10.5 + Math.sqrt(5) * rng.nextGaussian();
      }
      BootstrapInterval u = BootstrapInterval.ofMeanDifference(a, c, 0.95, 1000, e);
      independent += u.low() <= 0.5 && 0.5 <= u.high() ? 1 : 0;
    }
    assertThat((double) paired / EXPERIMENTS).isBetween(COVERAGE_LOW, COVERAGE_HIGH);
    assertThat((double) independent / EXPERIMENTS).isBetween(COVERAGE_LOW, COVERAGE_HIGH);
  }

  @Test
  void permutationPValuesAreNeverZeroWhenSampled() {
    double[] a = new double[40];
    double[] b = new double[40];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
      b[i] = i + 100;
    }
    PermutationTest p = PermutationTest.independent(a, b, Alternative.TWO_SIDED, 999, 1);
    assertThat(p.exact()).isFalse();
    assertThat(p.pValue()).isEqualTo(2.0 / 1000);
  }

  @Test
  void theSignedRankTestRefusesAllZeroDifferences() {
    assertThatThrownBy(() -> SignedRankTest.of(new double[] {0, 0, 0}, Alternative.TWO_SIDED))
        .hasMessageContaining("every paired difference is zero");
    Comparison c =
        Comparison.of(
            new double[] {1, 2, 3},
            new double[] {1, 2, 3},
            true,
            Alternative.TWO_SIDED,
            Comparison.Settings.DEFAULT);
    assertThat(c.signedRank()).isNull();
  }

  @Test
  void sampleFilesSkipHeadersAndCommentsAndNameTheBadLine() {
    assertThat(SampleFile.parse("accuracy\n0.5\n# note\n\n0.7\n", "a.csv", "1"))
        .containsExactly(0.5, 0.7);
    assertThat(SampleFile.parse("seed,acc\n1,0.5\n2,0.7\n", "a.csv", "acc"))
        .containsExactly(0.5, 0.7);
    assertThatThrownBy(() -> SampleFile.parse("0.5\nabc\n0.7\n", "a.csv", "1"))
        .hasMessage("a.csv:2: 'abc' is not a number");
    assertThatThrownBy(() -> SampleFile.parse("seed,acc\n1,0.5\n", "a.csv", "loss"))
        .hasMessage("a.csv:1: has no column named 'loss' in its header");
    assertThatThrownBy(() -> SampleFile.parse("0.5\n", "a.csv", "1"))
        .hasMessageContaining("needs at least 2 numbers");
  }
}
