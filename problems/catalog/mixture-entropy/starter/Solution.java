public class Solution {
  /**
   * Monte Carlo estimate -mean(log p(samples)) for p(x) = sum_i w[i] N(x; means[i], covs[i]).
   *
   * @param w (K)
   * @param means (K, D)
   * @param covs (K, D, D)
   * @param samples (S, D)
   */
  public static double mogEntropyMc(
      double[] w, double[][] means, double[][][] covs, double[][] samples) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** {lower, upper} as two Doubles (or a record of two doubles), bracketing the entropy. */
  public static Object[] mogEntropyBounds(double[] w, double[][] means, double[][][] covs) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
