package dev.allclose.problems.bloom;

import dev.allclose.reference.bloom.BloomFilter;
import java.util.OptionalInt;

/**
 * How many probes a case needs so that a correct filter fails the false-positive test ("measured
 * rate at most 1.5 p after exactly n insertions") with probability below 1e-9. The generator sizes
 * its probe sets with it and the checker applies the test only where the probes suffice.
 *
 * <p>A correct filter here is one with m in {floor(m*), ceil(m*)}, m* = -n ln p / (ln 2)^2, and k
 * in {floor(k*), ceil(k*)}, k* = (m / n) ln 2, whose k positions behave as independent uniform
 * draws. It fails only if one of two events happens; each is given probability DELTA = 5e-10:
 *
 * <ol>
 *   <li>Its fill rho (fraction of bits set) exceeds rho_hi = E[rho] + t / m, with E[rho] = 1 - (1 -
 *       1/m)^(kn). The number of bits set is a function of the kn independent hash positions, and
 *       moving one position changes it by at most one, so McDiarmid's inequality gives P(X >= EX +
 *       t) <= exp(-2 t^2 / (kn)); t = sqrt(kn ln(1/DELTA) / 2).
 *   <li>Given rho <= rho_hi, each probe (never added) is a false positive with probability q =
 *       rho^k <= rho_hi^k, independently of the others, so the false-positive count of N probes is
 *       dominated by Binomial(N, q_hi), and Chernoff's bound gives P(count >= 1.5 p N) <= exp(-N
 *       KL(1.5 p || q_hi)), KL the Bernoulli relative entropy. N = ceil(ln(1/DELTA) / KL).
 * </ol>
 *
 * The largest q_hi over the correct variants is used. For n = 20000 this asks for about 2,900
 * probes at p = 0.1, 31,000 at p = 0.01 and 370,000 at p = 0.001. For small filters rho_hi^k
 * reaches 1.5 p (n = 100, or n = 1000 at p = 0.001): no probe count can then decide, and the budget
 * is empty.
 *
 * <p>Wrong filters fail surely: k identical positions give q = 1 - (1 - 1/m)^n, which is 1.9 p at p
 * = 0.1 (five or more standard deviations above 1.5 p with these probe counts), 10 p at p = 0.01
 * and 67 p at p = 0.001 (hundreds of standard deviations).
 */
final class FalsePositiveBudget {
  /** The test's threshold, a multiple of the target rate p. */
  static final double FACTOR = 1.5;

  /** The probability given to each of the two failure events. */
  static final double DELTA = 5e-10;

  private FalsePositiveBudget() {}

  /** The probes needed at capacity n and target p, or empty when no number suffices. */
  static OptionalInt probesNeeded(int n, double p) {
    double qHi = worstRate(n, p);
    double threshold = FACTOR * p;
    if (qHi >= threshold) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) Math.ceil(Math.log(1 / DELTA) / relativeEntropy(threshold, qHi)));
  }

  /** The largest per-probe rate q_hi = rho_hi^k over the correct variants. */
  private static double worstRate(int n, double p) {
    double mStar = BloomFilter.optimalBits(n, p);
    double worst = 0;
    for (double m : new double[] {Math.floor(mStar), Math.ceil(mStar)}) {
      double kStar = BloomFilter.optimalHashes(m, n);
      for (double k : new double[] {Math.max(1, Math.floor(kStar)), Math.ceil(kStar)}) {
        double fill = 1 - Math.pow(1 - 1 / m, k * n);
        double slack = Math.sqrt(k * n * Math.log(1 / DELTA) / 2) / m;
        worst = Math.max(worst, Math.pow(Math.min(1, fill + slack), k));
      }
    }
    return worst;
  }

  /** KL(a || q) between Bernoulli(a) and Bernoulli(q), in nats. */
  private static double relativeEntropy(double a, double q) {
    return a * Math.log(a / q) + (1 - a) * Math.log((1 - a) / (1 - q));
  }
}
