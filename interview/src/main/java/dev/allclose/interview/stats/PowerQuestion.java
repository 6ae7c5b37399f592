package dev.allclose.interview.stats;

/**
 * What a power analysis is asked: how many runs detect a true difference {@code effect} whose runs
 * vary with standard deviation {@code sd}, at significance {@code alpha} with probability {@code
 * power}.
 *
 * @param effect the expected difference (second arm minus first, or the mean paired difference);
 *     its sign must agree with a one-sided alternative
 * @param sd the standard deviation of one run's result (paired: of a pair's difference)
 * @param paired a paired (or one-sample) t-test on the differences; otherwise two independent arms
 *     of equal size with the pooled-variance t-test
 */
public record PowerQuestion(
    double effect, double sd, double alpha, double power, boolean paired, Alternative alternative) {
  public PowerQuestion {
    if (!Double.isFinite(effect) || effect == 0) {
      throw new IllegalArgumentException("the effect must be a non-zero number, not " + effect);
    }
    if (!(sd > 0) || !Double.isFinite(sd)) {
      throw new IllegalArgumentException("the standard deviation must be positive, not " + sd);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be between 0 and 1, not " + alpha);
    }
    if (!(power > alpha && power < 1)) {
      throw new IllegalArgumentException(
          "the power must be above alpha (" + alpha + ") and below 1, not " + power);
    }
    if (alternative == Alternative.LARGER && effect < 0) {
      throw new IllegalArgumentException(
          "the effect "
              + effect
              + " is negative but the alternative 'larger' looks for an increase");
    }
    if (alternative == Alternative.SMALLER && effect > 0) {
      throw new IllegalArgumentException(
          "the effect "
              + effect
              + " is positive but the alternative 'smaller' looks for a decrease");
    }
  }
}
