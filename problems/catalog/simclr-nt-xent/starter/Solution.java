public class Solution {
  /**
   * NT-Xent loss of SimCLR, averaged over all 2N anchors.
   *
   * @param z1 (N, D) first view; row i of z1 and row i of z2 are a positive pair
   * @param z2 (N, D) second view
   * @param temperature tau > 0; cosine similarities are divided by it
   * @return the loss
   */
  public static double ntXentLoss(double[][] z1, double[][] z2, double temperature) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Gradient of the loss with respect to the raw (unnormalised) z1 and z2.
   *
   * @return {@code new Object[] {dz1, dz2}}, each (N, D); a record of the two also works
   */
  public static Object[] ntXentGrad(double[][] z1, double[][] z2, double temperature) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
