public class Solution {
  /**
   * Lloyd's algorithm from the given initial centroids: assign every point to its nearest centroid
   * by squared Euclidean distance (ties to the lower index); stop if no label changed (the first
   * assignment always counts as a change); otherwise move each centroid to the mean of its points
   * (a centroid with no point stays). At most maxIter assignments.
   *
   * @param X n points of d coordinates
   * @param init k initial centroids of d coordinates
   * @param maxIter at least 1 (100 when the Python caller leaves it out)
   * @return {centroids (double[k][d]), labels (long[n]), nIter (Integer)}, or a record with those
   *     three components in that order
   */
  public static Object[] kmeans(double[][] X, double[][] init, int maxIter) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * k-means++ seeding: the first centre is floor(u[0] n); centre t is the first index i whose
   * cumulative D^2 weight, divided by the total, is greater than u[t] (D the distance to the
   * nearest centre chosen so far); floor(u[t] n) when every D^2 is zero.
   *
   * @param X n points
   * @param k centres to choose, 1 <= k <= n
   * @param u k uniforms in [0, 1)
   * @return the chosen indices in the order chosen
   */
  public static long[] kmeansPlusPlus(double[][] X, int k, double[] u) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
