package dev.allclose.interview.stats;

import dev.allclose.numeric.Rng;
import java.util.Arrays;

/**
 * A percentile bootstrap confidence interval for a mean difference (Efron and Tibshirani, An
 * Introduction to the Bootstrap, 1993, ch. 13): the statistic is recomputed on {@code resamples}
 * resamples drawn with replacement, independently within each arm (or over the paired differences),
 * and the interval is the {@code (1 - level)/2} and {@code (1 + level)/2} quantiles of those
 * values, interpolated linearly between order statistics as NumPy's default percentile does (so the
 * same method as SciPy's {@code bootstrap(..., method='percentile')}). Seeded: the same seed gives
 * the same interval. Cost O(resamples (n_a + n_b)).
 *
 * @param low lower end
 * @param high upper end
 */
public record BootstrapInterval(double low, double high, double level, int resamples, long seed) {
  public static final int DEFAULT_RESAMPLES = 10_000;

  /** The interval for the mean of {@code differences}. */
  public static BootstrapInterval ofMean(
      double[] differences, double level, int resamples, long seed) {
    Rng rng = new Rng(seed);
    double[] stats = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      stats[r] = resampledMean(differences, rng);
    }
    return fromDistribution(stats, level, resamples, seed);
  }

  /** The interval for mean(b) - mean(a) with independent arms. */
  public static BootstrapInterval ofMeanDifference(
      double[] a, double[] b, double level, int resamples, long seed) {
    Rng rng = new Rng(seed);
    double[] stats = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double meanA = resampledMean(a, rng);
      stats[r] = resampledMean(b, rng) - meanA;
    }
    return fromDistribution(stats, level, resamples, seed);
  }

  private static double resampledMean(double[] x, Rng rng) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[rng.nextInt(x.length)];
    }
    return sum / x.length;
  }

  private static BootstrapInterval fromDistribution(
      double[] stats, double level, int resamples, long seed) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the confidence level must be in (0, 1), not " + level);
    }
    Arrays.sort(stats);
    double tail = (1 - level) / 2;
    return new BootstrapInterval(
        quantile(stats, tail), quantile(stats, 1 - tail), level, resamples, seed);
  }

  /** NumPy's default ("linear") percentile of sorted values. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
