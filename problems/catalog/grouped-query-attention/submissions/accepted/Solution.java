/** Accepted: loops over sequences, query heads and rows; query head h reads kv head h / group. */
public class Solution {
  public static double[][][] groupedQueryAttention(
      double[][][] X,
      double[][] W_Q,
      double[][] W_K,
      double[][] W_V,
      double[][] W_O,
      int nHeads,
      int nKvHeads,
      boolean causal) {
    int dk = W_Q[0].length / nHeads;
    int group = nHeads / nKvHeads;
    double[][][] out = new double[X.length][][];
    for (int b = 0; b < X.length; b++) {
      double[][] q = matmul(X[b], W_Q);
      double[][] k = matmul(X[b], W_K);
      double[][] v = matmul(X[b], W_V);
      int t = X[b].length;
      double[][] concat = new double[t][nHeads * dk];
      for (int h = 0; h < nHeads; h++) {
        int qc = h * dk;
        int kc = (h / group) * dk;
        for (int i = 0; i < t; i++) {
          int last = causal ? i : t - 1;
          double[] s = new double[last + 1];
          double max = Double.NEGATIVE_INFINITY;
          for (int j = 0; j <= last; j++) {
            double dot = 0;
            for (int c = 0; c < dk; c++) {
              dot += q[i][qc + c] * k[j][kc + c];
            }
            s[j] = dot / Math.sqrt(dk);
            max = Math.max(max, s[j]);
          }
          double sum = 0;
          for (int j = 0; j <= last; j++) {
            s[j] = Math.exp(s[j] - max);
            sum += s[j];
          }
          for (int j = 0; j <= last; j++) {
            for (int c = 0; c < dk; c++) {
              concat[i][qc + c] += s[j] / sum * v[j][kc + c];
            }
          }
        }
      }
      out[b] = matmul(concat, W_O);
    }
    return out;
  }

  private static double[][] matmul(double[][] a, double[][] b) {
    double[][] c = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int p = 0; p < b.length; p++) {
        for (int j = 0; j < b[0].length; j++) {
          c[i][j] += a[i][p] * b[p][j];
        }
      }
    }
    return c;
  }
}
