public class Solution {
  /**
   * The mean cross-entropy of a frozen classifier that reads [P; E[ids]] + Pos[0:n+T] (tanh, mean
   * over the n+T positions, then h W + b), and its gradient with respect to the soft prompt P.
   * P is (n, D), tokenIds (B, T), labels (B,), E (V, D), Pos (L, D) with L >= n + T, W (D, C), b
   * (C,).
   *
   * @return {loss (a Double), dP (the shape of P)}; the inputs are unchanged
   */
  public static Object[] promptTuningLossAndGrad(
      double[][] P, long[][] tokenIds, long[] labels, double[][] E, double[][] Pos, double[][] W,
      double[] b) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
