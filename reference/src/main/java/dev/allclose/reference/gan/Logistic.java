package dev.allclose.reference.gan;

/**
 * The logistic sigmoid and its logarithm in forms that stay finite and accurate for logits of any
 * magnitude.
 *
 * <p>The textbook forms break at large |a|: {@code 1 / (1 + exp(-a))} rounds to exactly 1 once a
 * exceeds about 37, so {@code log(1 - sigmoid(a))} becomes {@code log(0) = -inf}; and {@code
 * exp(-a)} overflows once a is below about -709. Here {@code log sigmoid(a) = -softplus(-a)} and
 * {@code softplus(x) = max(x, 0) + log1p(exp(-|x|))}, whose exponent is never positive; the sigmoid
 * picks, by the sign of a, the one of its two equal forms whose exponent is never positive.
 */
final class Logistic {
  private Logistic() {}

  /** softplus(x) = log(1 + e^x), exact to rounding for every finite x. */
  static double softplus(double x) {
    return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  /** log sigmoid(a) = -softplus(-a); log(1 - sigmoid(a)) is {@code logSigmoid(-a)}. */
  static double logSigmoid(double a) {
    return -softplus(-a);
  }

  /** sigmoid(a) = 1 / (1 + e^-a), evaluated without overflow. */
  static double sigmoid(double a) {
    if (a >= 0) {
      return 1.0 / (1.0 + Math.exp(-a));
    }
    double e = Math.exp(a);
    return e / (1.0 + e);
  }
}
