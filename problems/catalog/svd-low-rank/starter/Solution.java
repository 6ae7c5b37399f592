// EJML 0.46 is on the class path: org.ejml.simple.SimpleMatrix and its svd() may be used.

public class Solution {
  /**
   * A best rank-k approximation of A in the Frobenius norm.
   *
   * @param A (m, n)
   * @param k 0 <= k <= min(m, n)
   * @return A_k, (m, n), of rank at most k
   */
  public static double[][] bestRankK(double[][] A, int k) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The least Frobenius error ||A - A_k||_F a matrix of rank at most k can reach. */
  public static double rankKError(double[][] A, int k) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
