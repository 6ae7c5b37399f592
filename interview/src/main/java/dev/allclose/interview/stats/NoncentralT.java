package dev.allclose.interview.stats;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The noncentral t distribution with {@code df} degrees of freedom and noncentrality {@code delta}:
 * the law of {@code (Z + delta) / sqrt(V / df)} for independent {@code Z ~ N(0, 1)} and {@code V ~
 * chi^2(df)}, which is the law of the t statistic when the true effect is not zero. Apache Commons
 * Statistics has the central t only, so the CDF is computed here.
 *
 * <p>Method: for {@code t >= 0}, with {@code x = t^2 / (t^2 + df)} and {@code lambda = delta^2 /
 * 2}, the CDF is the Poisson mixture of regularized incomplete beta functions (Lenth, "Algorithm AS
 * 243: Cumulative distribution function of the non-central t distribution", Applied Statistics
 * 38(1):185-189, 1989, eq. 1):
 *
 * <pre>
 *   F(t) = Phi(-delta) + 1/2 sum_j [ P_j I_x(j + 1/2, df/2) + delta/sqrt(2) Q_j I_x(j + 1, df/2) ]
 *   P_j = e^-lambda lambda^j / j!,   Q_j = e^-lambda lambda^j / Gamma(j + 3/2)
 * </pre>
 *
 * <p>AS 243 sums from {@code j = 0}, whose weights underflow once {@code delta} passes about 38.
 * Following Benton and Krishnamoorthy ("Computing discrete mixtures of continuous distributions:
 * noncentral chisquare, noncentral t and the distribution of the square of the sample multiple
 * correlation coefficient", Computational Statistics and Data Analysis 43(2):249-267, 2003, section
 * 4), the sum starts at the Poisson mode {@code k = floor(lambda)}, where the weights are largest,
 * and runs backward to 0 and forward until the terms fall below {@link #EPSILON} of the sum; the
 * beta functions move from term to term by the recurrence {@code I_x(a + 1, b) = I_x(a, b) - x^a (1
 * - x)^b / (a B(a, b))}. For {@code t < 0}, {@code F(t; df, delta) = 1 - F(-t; df, -delta)}. Cost:
 * {@code O(sqrt(lambda) + log(1/EPSILON))} terms after two incomplete-beta evaluations. Checked
 * against SciPy's {@code scipy.stats.nct} (Boost) in {@code NoncentralTTest}. Stateless and
 * thread-safe.
 */
public final class NoncentralT {
  /** Terms smaller than this fraction of the running sum end the forward sweep. */
  static final double EPSILON = 1e-16;

  private static final int MAX_TERMS = 100_000;

  private final double df;
  private final double delta;

  public NoncentralT(double df, double delta) {
    if (!(df > 0) || !Double.isFinite(df) || !Double.isFinite(delta)) {
      throw new IllegalArgumentException("need df > 0 and a finite delta: " + df + ", " + delta);
    }
    this.df = df;
    this.delta = delta;
  }

  /** P(T <= t). */
  public double cdf(double t) {
    if (delta == 0) {
      return TDistribution.of(df).cumulativeProbability(t);
    }
    return t >= 0 ? upperHalf(t, delta) : 1 - upperHalf(-t, -delta);
  }

  /** P(T > t), computed without cancellation on the side where it is small. */
  public double sf(double t) {
    if (delta == 0) {
      return TDistribution.of(df).survivalProbability(t);
    }
    return t >= 0 ? 1 - upperHalf(t, delta) : upperHalf(-t, -delta);
  }

  /** F(t; df, d) for t >= 0. */
  private double upperHalf(double t, double d) {
    double base = NormalDistribution.of(0, 1).cumulativeProbability(-d);
    if (t == 0) {
      return base;
    }
    double x = t * t / (t * t + df);
    double sum = mixture(x, d * d / 2, d / Math.sqrt(2));
    return Math.min(1.0, Math.max(0.0, base + sum / 2));
  }

  /** sum_j [P_j I_x(j + 1/2, b) + c Q_j I_x(j + 1, b)] from the mode outwards, with b = df / 2. */
  private double mixture(double x, double lambda, double c) {
    double b = df / 2;
    int k = (int) Math.floor(lambda);
    double logLambda = Math.log(lambda);
    double pk = Math.exp(-lambda + k * logLambda - LogGamma.value(k + 1.0));
    double qk = Math.exp(-lambda + k * logLambda - LogGamma.value(k + 1.5));
    BetaTerm odd = new BetaTerm(x, k + 0.5, b);
    BetaTerm even = new BetaTerm(x, k + 1.0, b);

    double sum = pk * odd.value + c * qk * even.value;
    // Forward: j = k + 1, k + 2, ...
    double p = pk;
    double q = qk;
    BetaTerm o = odd.copy();
    BetaTerm e = even.copy();
    for (int j = k + 1; j < k + MAX_TERMS; j++) {
      p *= lambda / j;
      q *= lambda / (j + 0.5);
      o.stepUp();
      e.stepUp();
      double term = p * o.value + c * q * e.value;
      sum += term;
      if (Math.abs(term) <= EPSILON * Math.abs(sum) || (p == 0 && q == 0)) {
        break;
      }
    }
    // Backward: j = k - 1, ..., 0.
    p = pk;
    q = qk;
    o = odd;
    e = even;
    for (int j = k; j > 0; j--) {
      p *= j / lambda;
      q *= (j + 0.5) / lambda;
      o.stepDown();
      e.stepDown();
      double term = p * o.value + c * q * e.value;
      sum += term;
      if (p == 0 && q == 0) {
        break;
      }
    }
    return sum;
  }

  /**
   * I_x(a, b) as a moves by whole steps, with g(a) = x^a (1 - x)^b / (a B(a, b)) = I_x(a, b) -
   * I_x(a + 1, b) carried along (g(a + 1) = g(a) x (a + b) / (a + 1)).
   */
  private static final class BetaTerm {
    private final double x;
    private final double b;
    private double a;
    private double value;
    private double gap;

    BetaTerm(double x, double a, double b) {
      this(x, a, b, RegularizedBeta.value(x, a, b), gapAt(x, a, b));
    }

    private BetaTerm(double x, double a, double b, double value, double gap) {
      this.x = x;
      this.a = a;
      this.b = b;
      this.value = value;
      this.gap = gap;
    }

    private static double gapAt(double x, double a, double b) {
      return Math.exp(a * Math.log(x) + b * Math.log1p(-x) - Math.log(a) - LogBeta.value(a, b));
    }

    BetaTerm copy() {
      return new BetaTerm(x, a, b, value, gap);
    }

    void stepUp() {
      value = Math.max(0.0, value - gap);
      gap *= x * (a + b) / (a + 1);
      a += 1;
    }

    void stepDown() {
      gap *= a / (x * (a - 1 + b));
      a -= 1;
      value = Math.min(1.0, value + gap);
    }
  }
}
