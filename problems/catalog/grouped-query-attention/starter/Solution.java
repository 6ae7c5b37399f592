public class Solution {
  /**
   * Grouped-query self-attention.
   *
   * @param X (B, T, D)
   * @param W_Q (D, H*d_k)
   * @param W_K (D, H_kv*d_k), likewise W_V
   * @param W_O (H*d_k, D)
   * @param nHeads H query heads; d_k = W_Q[0].length / H
   * @param nKvHeads H_kv key/value heads, dividing H; query head h uses kv head h / (H / H_kv)
   * @param causal when true, position t attends only to positions <= t
   * @return the (B, T, D) output
   */
  public static double[][][] groupedQueryAttention(
      double[][][] X,
      double[][] W_Q,
      double[][] W_K,
      double[][] W_V,
      double[][] W_O,
      int nHeads,
      int nKvHeads,
      boolean causal) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
