package dev.allclose.interview.stats;

import dev.allclose.numeric.Rng;
import java.util.function.DoubleConsumer;

/**
 * A permutation test of the mean difference, following SciPy's {@code permutation_test}: for
 * independent arms the statistic mean(b) - mean(a) is recomputed over relabellings of the pooled
 * runs; for paired runs, over sign flips of the differences. When every arrangement fits in {@code
 * resamples} (C(n_a + n_b, n_a), or 2^n) all are enumerated and the p-value is exact; otherwise
 * {@code resamples} random arrangements are drawn from the seed and the p-value is {@code (count +
 * 1) / (resamples + 1)}, which is never zero (Phipson and Smyth, "Permutation p-values should never
 * be zero", Stat. Appl. Genet. Mol. Biol. 9(1), 2010). Null values within {@code 100 eps
 * |observed|} of the observed one count as ties, as in SciPy. Two-sided: twice the smaller
 * one-sided value, capped at 1.
 *
 * @param exact whether all arrangements were enumerated
 * @param resamples arrangements counted (all of them when exact)
 */
public record PermutationTest(
    double statistic, double pValue, boolean exact, long resamples, long seed) {
  public static final int DEFAULT_RESAMPLES = 9_999;

  private static final double TIE_TOLERANCE = 100 * Math.ulp(1.0);

  /** Sign-flip test of mean(differences) = 0. */
  public static PermutationTest paired(
      double[] differences, Alternative alternative, int resamples, long seed) {
    int n = differences.length;
    double observed = mean(differences);
    Counter counter = new Counter(observed);
    boolean exact = n < 31 && (1L << n) <= resamples;
    if (exact) {
      for (long mask = 0; mask < (1L << n); mask++) {
        counter.accept(flipped(differences, mask));
      }
    } else {
      Rng rng = new Rng(seed);
      for (int r = 0; r < resamples; r++) {
        double sum = 0;
        for (double d : differences) {
          sum += (rng.nextLong() & 1) == 0 ? d : -d;
        }
        counter.accept(sum / n);
      }
    }
    return counter.result(alternative, exact, seed);
  }

  /** Relabelling test of mean(b) - mean(a) = 0 for independent arms. */
  public static PermutationTest independent(
      double[] a, double[] b, Alternative alternative, int resamples, long seed) {
    double[] pooled = new double[a.length + b.length];
    System.arraycopy(a, 0, pooled, 0, a.length);
    System.arraycopy(b, 0, pooled, a.length, b.length);
    double total = sum(pooled);
    double observed = mean(b) - mean(a);
    Counter counter = new Counter(observed);
    double combinations = combinations(pooled.length, a.length);
    boolean exact = combinations <= resamples;
    if (exact) {
      forEachSubsetSum(
          pooled,
          a.length,
          0,
          0,
          0.0,
          sumA -> counter.accept((total - sumA) / b.length - sumA / a.length));
    } else {
      Rng rng = new Rng(seed);
      double[] shuffled = pooled.clone();
      for (int r = 0; r < resamples; r++) {
        shuffle(shuffled, rng);
        double sumA = 0;
        for (int i = 0; i < a.length; i++) {
          sumA += shuffled[i];
        }
        counter.accept((total - sumA) / b.length - sumA / a.length);
      }
    }
    return counter.result(alternative, exact, seed);
  }

  private static double flipped(double[] d, long mask) {
    double sum = 0;
    for (int i = 0; i < d.length; i++) {
      sum += ((mask >>> i) & 1) == 0 ? d[i] : -d[i];
    }
    return sum / d.length;
  }

  /** Calls {@code sink} with the sum of every subset of size {@code k} of x[from..]. */
  private static void forEachSubsetSum(
      double[] x, int k, int from, int chosen, double partial, DoubleConsumer sink) {
    if (chosen == k) {
      sink.accept(partial);
      return;
    }
    for (int i = from; i <= x.length - (k - chosen); i++) {
      forEachSubsetSum(x, k, i + 1, chosen + 1, partial + x[i], sink);
    }
  }

  private static void shuffle(double[] x, Rng rng) {
    for (int i = x.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      double t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  static double combinations(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return Math.rint(c);
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  private static double mean(double[] x) {
    return sum(x) / x.length;
  }

  /** Counts null values at or below, and at or above, the observed statistic. */
  private static final class Counter implements DoubleConsumer {
    private final double observed;
    private final double gamma;
    private long less;
    private long greater;
    private long total;

    Counter(double observed) {
      this.observed = observed;
      this.gamma = Math.abs(observed) * TIE_TOLERANCE;
    }

    @Override
    public void accept(double value) {
      total++;
      if (value <= observed + gamma) {
        less++;
      }
      if (value >= observed - gamma) {
        greater++;
      }
    }

    PermutationTest result(Alternative alternative, boolean exact, long seed) {
      int adjustment = exact ? 0 : 1;
      double pLess = (double) (less + adjustment) / (total + adjustment);
      double pGreater = (double) (greater + adjustment) / (total + adjustment);
      return new PermutationTest(
          observed, alternative.combine(pLess, pGreater), exact, total, seed);
    }
  }
}
