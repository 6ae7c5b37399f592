package dev.allclose.interview;

/** Every numeric tolerance of the interview module's tests, in one place. */
public final class Tolerances {
  /** Agreement with a value computed by SciPy (the bar). */
  public static final double SCIPY_RELATIVE = 1e-6;

  /**
   * A randomized permutation p-value against SciPy's, drawn from different random streams: with
   * 9,999 resamples the Monte Carlo standard error is at most 0.005, so this is four of them.
   */
  public static final double PERMUTATION_MONTE_CARLO = 0.02;

  /**
   * A seeded bootstrap interval end against SciPy's, from different random streams: a fraction of
   * the interval's width (the ends' Monte Carlo error is about 2% of it at 10,000 resamples).
   */
  public static final double BOOTSTRAP_END_FRACTION_OF_WIDTH = 0.08;

  private Tolerances() {}
}
