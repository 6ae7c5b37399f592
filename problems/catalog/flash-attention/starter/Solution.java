public class Solution {
  /**
   * Exact scaled dot-product attention, computed tile by tile with an online softmax.
   *
   * <p>Extra memory must stay O(blockSize^2 + T d) per head: never build a T x T score matrix.
   *
   * @param Q (B, H, T, d), likewise K and V
   * @param blockSize rows per query block and per key block; the last block may be shorter
   * @param causal when true, query t attends only to keys <= t
   * @return {O, L}: O (B, H, T, d) the output, L (B, H, T) the log-sum-exp of each score row
   */
  public static Object[] flashAttention(
      double[][][][] Q, double[][][][] K, double[][][][] V, int blockSize, boolean causal) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
