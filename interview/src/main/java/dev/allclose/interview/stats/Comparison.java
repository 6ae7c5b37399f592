package dev.allclose.interview.stats;

import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.jspecify.annotations.Nullable;

/**
 * Compares the results of two arms (a baseline {@code a} and a candidate {@code b}, one number per
 * run): the mean difference b - a with a bootstrap confidence interval, a t-test (Welch's for
 * independent arms, the paired t-test for paired runs; Apache Commons Statistics), the Wilcoxon
 * signed-rank test when paired, and a permutation test. Everything random is drawn from {@code
 * seed}.
 *
 * @param tTest the t statistic, its degrees of freedom and p-value
 * @param signedRank the Wilcoxon signed-rank test; null for independent arms
 */
public record Comparison(
    int sizeA,
    int sizeB,
    double meanA,
    double meanB,
    double difference,
    boolean paired,
    Alternative alternative,
    BootstrapInterval interval,
    TTestResult tTest,
    @Nullable SignedRankTest signedRank,
    PermutationTest permutation) {

  /**
   * A t-test result.
   *
   * @param name {@code welch} or {@code paired}
   */
  public record TTestResult(
      String name, double statistic, double degreesOfFreedom, double pValue) {}

  /** Settings of the resampling parts. */
  public record Settings(
      double level, int bootstrapResamples, int permutationResamples, long seed) {
    public static final Settings DEFAULT =
        new Settings(
            0.95, BootstrapInterval.DEFAULT_RESAMPLES, PermutationTest.DEFAULT_RESAMPLES, 0);
  }

  public static Comparison of(
      double[] a, double[] b, boolean paired, Alternative alternative, Settings settings) {
    check(a, "the first sample");
    check(b, "the second sample");
    if (paired && a.length != b.length) {
      throw new IllegalArgumentException(
          "paired samples need the same number of runs; the first has "
              + a.length
              + ", the second "
              + b.length);
    }
    TTest t = TTest.withDefaults().with(alternative.commons());
    double meanA = mean(a);
    double meanB = mean(b);
    if (paired) {
      double[] d = new double[a.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = b[i] - a[i];
      }
      TTest.Result r = t.pairedTest(b, a);
      return new Comparison(
          a.length,
          b.length,
          meanA,
          meanB,
          mean(d),
          true,
          alternative,
          BootstrapInterval.ofMean(
              d, settings.level(), settings.bootstrapResamples(), settings.seed()),
          new TTestResult("paired", r.getStatistic(), r.getDegreesOfFreedom(), r.getPValue()),
          hasNonZero(d) ? SignedRankTest.of(d, alternative) : null,
          PermutationTest.paired(d, alternative, settings.permutationResamples(), settings.seed()));
    }
    TTest.Result r = t.with(DataDispersion.HETEROSCEDASTIC).test(b, a);
    return new Comparison(
        a.length,
        b.length,
        meanA,
        meanB,
        meanB - meanA,
        false,
        alternative,
        BootstrapInterval.ofMeanDifference(
            a, b, settings.level(), settings.bootstrapResamples(), settings.seed()),
        new TTestResult("welch", r.getStatistic(), r.getDegreesOfFreedom(), r.getPValue()),
        null,
        PermutationTest.independent(
            a, b, alternative, settings.permutationResamples(), settings.seed()));
  }

  private static void check(double[] x, String what) {
    if (x.length < 2) {
      throw new IllegalArgumentException(what + " needs at least 2 runs, not " + x.length);
    }
    for (double v : x) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(what + " holds a value that is not a finite number");
      }
    }
  }

  private static boolean hasNonZero(double[] d) {
    for (double v : d) {
      if (v != 0) {
        return true;
      }
    }
    return false;
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }
}
