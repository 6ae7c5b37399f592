public class Solution {
  /**
   * KL(p || q) along the last axis, in nats, with 0 log(0 / q) = 0 and p log(p / 0) = +infinity.
   *
   * @param p (B, T, K), probability vectors along the last axis
   * @param q (B, T, K)
   * @return (B, T)
   */
  public static double[][] klCategorical(double[][][] p, double[][][] q) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** KL(N(mu1, S1) || N(mu2, S2)); mu (d), S (d, d) symmetric positive definite. */
  public static double klGaussian(double[] mu1, double[][] S1, double[] mu2, double[][] S2) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
