package dev.allclose.interview.stats;

import java.util.Arrays;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;

/**
 * The Wilcoxon signed-rank test of paired differences, with SciPy's defaults ({@code
 * scipy.stats.wilcoxon(b, a)} with {@code zero_method='wilcox', correction=False, method='auto'})
 * so that its p-values are the ones a reader would get there:
 *
 * <ul>
 *   <li>zero differences are dropped before ranking (Wilcoxon's own convention); tied absolute
 *       differences get their average rank;
 *   <li>{@link Method#EXACT}: with at most 50 differences and neither zeros nor ties, the exact
 *       null distribution of the rank sum (Apache Commons Statistics);
 *   <li>{@link Method#PERMUTATION}: with zeros or ties and at most 13 differences, every one of the
 *       2^n sign assignments is enumerated, which is exact in the presence of ties (SciPy runs its
 *       permutation test here);
 *   <li>{@link Method#NORMAL}: otherwise, the normal approximation with the tie correction of the
 *       variance and no continuity correction (Apache Commons Statistics).
 * </ul>
 *
 * The statistic is SciPy's: the smaller rank sum for a two-sided test, the positive rank sum for a
 * one-sided one.
 *
 * @param n differences given, zeros included
 * @param zeros how many differences were zero (and dropped)
 * @param ties whether some non-zero absolute differences were tied
 */
public record SignedRankTest(
    double statistic, double pValue, Method method, int n, int zeros, boolean ties) {

  /** How the p-value was computed. */
  public enum Method {
    EXACT("exact", "exact"),
    PERMUTATION("permutation", "exact permutation over sign flips"),
    NORMAL("normal", "normal approximation");

    private final String id;
    private final String description;

    Method(String id, String description) {
      this.id = id;
      this.description = description;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
      return id;
    }

    public String description() {
      return description;
    }
  }

  static final int EXACT_MAX_N = 50;
  static final int PERMUTATION_MAX_N = 13;

  private static final double TIE_TOLERANCE = 100 * Math.ulp(1.0);

  /** Tests differences (second run minus first) for a shift of zero. */
  public static SignedRankTest of(double[] differences, Alternative alternative) {
    double[] nonzero = Arrays.stream(differences).filter(d -> d != 0).toArray();
    int n = differences.length;
    int zeros = n - nonzero.length;
    if (nonzero.length == 0) {
      throw new IllegalArgumentException(
          "every paired difference is zero; the signed-rank test has nothing to rank");
    }
    double[] ranks =
        new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE)
            .apply(Arrays.stream(nonzero).map(Math::abs).toArray());
    boolean ties = Arrays.stream(ranks).anyMatch(r -> r != Math.rint(r)) || hasDuplicates(ranks);
    double plus = 0;
    double minus = 0;
    for (int i = 0; i < nonzero.length; i++) {
      if (nonzero[i] > 0) {
        plus += ranks[i];
      } else {
        minus += ranks[i];
      }
    }
    double statistic = alternative == Alternative.TWO_SIDED ? Math.min(plus, minus) : plus;
    Method method;
    if (n > EXACT_MAX_N) {
      method = Method.NORMAL;
    } else if (!ties && zeros == 0) {
      method = Method.EXACT;
    } else if (n <= PERMUTATION_MAX_N) {
      method = Method.PERMUTATION;
    } else {
      method = Method.NORMAL;
    }
    double p =
        switch (method) {
          case EXACT -> commons(nonzero, alternative, PValueMethod.EXACT);
          case NORMAL -> commons(nonzero, alternative, PValueMethod.ASYMPTOTIC);
          case PERMUTATION -> signFlips(ranks, plus, alternative);
        };
    return new SignedRankTest(statistic, p, method, n, zeros, ties);
  }

  private static double commons(double[] nonzero, Alternative alternative, PValueMethod how) {
    return WilcoxonSignedRankTest.withDefaults()
        .with(alternative.commons())
        .with(how)
        .with(ContinuityCorrection.DISABLED)
        .test(nonzero)
        .getPValue();
  }

  /** The exact p-value of the positive rank sum over all 2^n sign assignments of the ranks. */
  private static double signFlips(double[] ranks, double observed, Alternative alternative) {
    double gamma = Math.abs(observed) * TIE_TOLERANCE;
    long less = 0;
    long greater = 0;
    long total = 1L << ranks.length;
    for (long mask = 0; mask < total; mask++) {
      double plus = 0;
      for (int i = 0; i < ranks.length; i++) {
        if (((mask >>> i) & 1) == 1) {
          plus += ranks[i];
        }
      }
      less += plus <= observed + gamma ? 1 : 0;
      greater += plus >= observed - gamma ? 1 : 0;
    }
    return alternative.combine((double) less / total, (double) greater / total);
  }

  private static boolean hasDuplicates(double[] ranks) {
    return Arrays.stream(ranks).distinct().count() < ranks.length;
  }
}
