public class KDTree {
  public KDTree(double[][] points) {
    throw new UnsupportedOperationException("not implemented");
  }

  /** Returns {double[M][K] dists, long[M][K] idx}, K = min(k, N), ties to the lower index. */
  public Object[] query(double[][] q, int k) {
    throw new UnsupportedOperationException("not implemented");
  }
}
