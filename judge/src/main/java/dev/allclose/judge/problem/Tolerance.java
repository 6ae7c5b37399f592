package dev.allclose.judge.problem;

/**
 * NumPy {@code allclose} tolerances, and the one place their rule is written: an element passes
 * when {@code |actual - expected| <= atol + rtol * |expected|}; NaN equals nothing, NaN included;
 * an infinity equals only an infinity of the same sign. The bound scales with the expected value
 * only, so the rule is not symmetric, exactly as in NumPy. Every comparison of floating results
 * (the default checker and the problems' own checkers) goes through {@link #accepts}.
 */
public record Tolerance(double rtol, double atol) {
  public static final Tolerance DEFAULT = new Tolerance(1e-5, 1e-8);

  /** Whether {@code actual} is close enough to {@code expected}. */
  public boolean accepts(double expected, double actual) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return false;
    }
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      return expected == actual;
    }
    return Math.abs(actual - expected) <= allowed(expected);
  }

  /** The error the rule allows at {@code expected}: {@code atol + rtol * |expected|}. */
  public double allowed(double expected) {
    return atol + rtol * Math.abs(expected);
  }

  /**
   * How far outside the tolerance {@code actual} lies: {@code |actual - expected| / allowed}, at
   * most 1 when it passes. A NaN on either side, or an infinity that is not matched exactly, is
   * infinitely far; with nothing allowed (both tolerances 0) any difference is.
   */
  public double excess(double expected, double actual) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      return expected == actual ? 0 : Double.POSITIVE_INFINITY;
    }
    double diff = Math.abs(actual - expected);
    double allowed = allowed(expected);
    if (allowed > 0) {
      return diff / allowed;
    }
    return diff > 0 ? Double.POSITIVE_INFINITY : 0;
  }
}
