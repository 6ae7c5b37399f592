/**
 * Wrong answer (Java): a global query reads every key, but an ordinary query only reads its
 * window, never the global keys outside it; global attention must go both ways.
 */
public class Solution {
  public static double[][][] slidingWindowAttention(
      double[][][] Q, double[][][] K, double[][][] V, int window, boolean causal, int[] globalTokens) {
    double[][][] out = new double[Q.length][][];
    for (int b = 0; b < Q.length; b++) {
      int t = Q[b].length;
      boolean[] isGlobal = new boolean[t];
      for (int g : globalTokens) {
        isGlobal[g] = true;
      }
      int d = Q[b][0].length;
      out[b] = new double[t][d];
      for (int i = 0; i < t; i++) {
        int last = causal ? i : t - 1;
        int lo = isGlobal[i] ? 0 : Math.max(0, i - window);
        int hi = isGlobal[i] ? last : (int) Math.min(last, (long) i + window);
        double max = Double.NEGATIVE_INFINITY;
        double[] s = new double[hi - lo + 1];
        for (int j = lo; j <= hi; j++) {
          double dot = 0;
          for (int c = 0; c < d; c++) {
            dot += Q[b][i][c] * K[b][j][c];
          }
          s[j - lo] = dot / Math.sqrt(d);
          max = Math.max(max, s[j - lo]);
        }
        double sum = 0;
        for (int j = lo; j <= hi; j++) {
          double p = Math.exp(s[j - lo] - max);
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
