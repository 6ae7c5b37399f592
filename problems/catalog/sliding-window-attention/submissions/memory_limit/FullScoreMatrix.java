/**
 * Memory limit (Java): builds the whole T x T matrix of masked scores before the softmax; right
 * on short sequences, 512 MiB of doubles at T = 8192.
 */
public class Solution {
  public static double[][][] slidingWindowAttention(
      double[][][] Q, double[][][] K, double[][][] V, int window, boolean causal, int[] globalTokens) {
    double[][][] out = new double[Q.length][][];
    for (int b = 0; b < Q.length; b++) {
      int t = Q[b].length;
      int d = Q[b][0].length;
      boolean[] isGlobal = new boolean[t];
      for (int g : globalTokens) {
        isGlobal[g] = true;
      }
      double[][] s = new double[t][t];
      for (int i = 0; i < t; i++) {
        for (int j = 0; j < t; j++) {
          boolean visible = Math.abs(i - j) <= window || isGlobal[i] || isGlobal[j];
          if (!visible || (causal && j > i)) {
            s[i][j] = Double.NEGATIVE_INFINITY;
            continue;
          }
          double dot = 0;
          for (int c = 0; c < d; c++) {
            dot += Q[b][i][c] * K[b][j][c];
          }
          s[i][j] = dot / Math.sqrt(d);
        }
      }
      out[b] = new double[t][d];
      for (int i = 0; i < t; i++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < t; j++) {
          max = Math.max(max, s[i][j]);
        }
        double sum = 0;
        for (int j = 0; j < t; j++) {
          double p = Math.exp(s[i][j] - max);
          sum += p;
          for (int c = 0; c < d; c++) {
            out[b][i][c] += p * V[b][j][c];
          }
        }
        for (int c = 0; c < d; c++) {
          out[b][i][c] /= sum;
        }
      }
    }
    return out;
  }
}
