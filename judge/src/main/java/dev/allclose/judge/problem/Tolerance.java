package dev.allclose.judge.problem;

/**
 * NumPy {@code allclose} tolerances: an element passes when {@code |actual - expected| <= atol +
 * rtol * |expected|}.
 */
public record Tolerance(double rtol, double atol) {
  public static final Tolerance DEFAULT = new Tolerance(1e-5, 1e-8);
}
