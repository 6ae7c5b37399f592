public class Solution {
  /** The four terms, each averaged over the N points. */
  public record Result(double biasSq, double variance, double noise, double expectedMse) {}

  /**
   * Bias-variance decomposition of the expected squared error against noisy targets.
   *
   * @param preds (M, N), model m's prediction at point n
   * @param fTrue (N), the noise-free function at the points
   * @param noiseVar the variance of the target noise
   */
  public static Result biasVariance(double[][] preds, double[] fTrue, double noiseVar) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
