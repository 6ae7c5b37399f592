public class Solution {
  /**
   * Gradients of a loss through O = softmax(Q K^T / sqrt(d)) V, head by head.
   *
   * @param Q (B, H, T, d), likewise K, V and dO = dLoss/dO
   * @param causal when true, query i attends to keys j <= i only
   * @return {dQ, dK, dV}, each a double[B][H][T][d]
   */
  public static Object[] attentionBackward(
      double[][][][] Q, double[][][][] K, double[][][][] V, double[][][][] dO, boolean causal) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
