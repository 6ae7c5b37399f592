public class Solution {
  /** The two arrays of a schedule; an Object[] {betas, alphasCumprod} is accepted too. */
  public record Schedule(double[] betas, double[] alphasCumprod) {}

  /** The posterior's mean (N, D) and variance (N); an Object[] {mean, variance} is accepted too. */
  public record Posterior(double[][] mean, double[] variance) {}

  /**
   * The variance schedule of a T-step diffusion, steps t = 0 .. T-1.
   *
   * @param schedule "linear" or "cosine" (the cosine schedule does not use the beta bounds)
   */
  public static Schedule ddpmSchedule(int T, String schedule, double betaStart, double betaEnd) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** x_t for x0 and noise (N, D), with one step t[n] per example. */
  public static double[][] qSample(
      double[][] x0, long[] t, double[][] noise, double[] alphasCumprod) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Mean and variance of q(x_{t-1} | x_t, x_0) for each example at its step t[n]. */
  public static Posterior qPosterior(double[][] x0, double[][] xT, long[] t, double[] betas) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
