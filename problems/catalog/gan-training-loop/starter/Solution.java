public class Solution {
  /**
   * S alternating SGD steps of a linear generator and a logistic discriminator.
   *
   * @param Wg (z_dim, x_dim) generator weights; bg (x_dim) its bias
   * @param wd (x_dim) discriminator weights; bd its bias
   * @param real (S, N, x_dim) real minibatches
   * @param noise (S, N, z_dim) generator inputs
   * @return Object[] {Wg (double[][]), bg (double[]), wd (double[]), bd (Double), dLosses
   *     (double[S]), gLosses (double[S])}, or a record with these six components in this order
   */
  public static Object[] ganTrain(
      double[][] Wg, double[] bg, double[] wd, double bd, double[][][] real, double[][][] noise,
      double lrD, double lrG) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
