public class Solution {
  /**
   * Sliding-window softmax attention with symmetric global tokens (Longformer style).
   *
   * <p>Scores q_i . k_j / sqrt(d). Query i sees key j when |i - j| <= window, or when i or j is a
   * global token; with causal, additionally only keys j <= i, for every query including the global
   * ones. Memory must stay linear in T: never build a T x T matrix.
   *
   * @param Q (B, T, d) queries, likewise K and V
   * @param window the reach on each side, at least 0
   * @param causal when true, no query sees a key after it
   * @param globalTokens positions in [0, T), read as a set (order and repeats do not matter)
   * @return (B, T, d)
   */
  public static double[][][] slidingWindowAttention(
      double[][][] Q, double[][][] K, double[][][] V, int window, boolean causal, int[] globalTokens) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
