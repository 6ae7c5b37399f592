public class Solution {
  /**
   * Multi-head scaled dot-product self-attention.
   *
   * @param X (B, T, D)
   * @param W_Q (D, D), likewise W_K, W_V, W_O
   * @param nHeads divides D
   * @param causal when true, position t attends only to positions <= t
   * @return the (B, T, D) output
   */
  public static double[][][] multiHeadAttention(
      double[][][] X, double[][] W_Q, double[][] W_K, double[][] W_V, double[][] W_O, int nHeads, boolean causal) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
