package dev.allclose.interview.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Power analysis for the t-test: the smallest number of runs per arm whose test detects the assumed
 * effect with the wanted probability.
 *
 * <p>With n runs per arm and d = effect / sd, the t statistic under the alternative follows the
 * noncentral t (Cohen, Statistical Power Analysis for the Behavioral Sciences, 2nd ed., 1988, ch.
 * 2): two independent arms of n runs have df = 2n - 2 and noncentrality d sqrt(n / 2); a paired
 * design of n pairs has df = n - 1 and noncentrality d sqrt(n). With the critical value c = t_{1 -
 * alpha/2, df} (two-sided) or t_{1 - alpha, df} (one-sided), the power is P(T > c) + P(T < -c), P(T
 * > c) or P(T < -c). Power grows with n, so n is found by doubling and then bisection, about 2
 * log2(n) evaluations of the noncentral t. Stateless and thread-safe.
 */
public final class TTestPower {
  /** Larger answers are reported as an error: no experiment runs that many seeds. */
  public static final int MAX_RUNS = 10_000_000;

  private TTestPower() {}

  /** The power of the test with {@code n} runs per arm (pairs when paired), n >= 2. */
  public static double power(PowerQuestion q, int n) {
    return analyse(q, n).achievedPower();
  }

  /** The smallest n >= 2 whose power reaches {@code q.power()}. */
  public static PowerAnalysis solve(PowerQuestion q) {
    int low = 1; // power(low) < target, or low is below the smallest design
    int high = 2;
    while (power(q, high) < q.power()) {
      low = high;
      if (high > MAX_RUNS / 2) {
        throw new IllegalArgumentException(
            "more than "
                + MAX_RUNS
                + " runs per arm are needed; the effect is too small to detect");
      }
      high *= 2;
    }
    while (high - low > 1) {
      int mid = low + (high - low) / 2;
      if (power(q, mid) >= q.power()) {
        high = mid;
      } else {
        low = mid;
      }
    }
    return analyse(q, high);
  }

  static PowerAnalysis analyse(PowerQuestion q, int n) {
    if (n < 2) {
      throw new IllegalArgumentException("a t-test needs at least 2 runs per arm, not " + n);
    }
    double d = q.effect() / q.sd();
    double df = q.paired() ? n - 1 : 2.0 * n - 2;
    double nc = q.paired() ? d * Math.sqrt(n) : d * Math.sqrt(n / 2.0);
    TDistribution central = TDistribution.of(df);
    NoncentralT t = new NoncentralT(df, nc);
    double power;
    double critical;
    if (q.alternative() == Alternative.TWO_SIDED) {
      critical = central.inverseSurvivalProbability(q.alpha() / 2);
      power = t.sf(critical) + t.cdf(-critical);
    } else {
      critical = central.inverseSurvivalProbability(q.alpha());
      power = q.alternative() == Alternative.LARGER ? t.sf(critical) : t.cdf(-critical);
    }
    return new PowerAnalysis(q, n, Math.min(1.0, power), df, critical, nc, d);
  }
}
