/**
 * Memory limit (Java): right on short sequences, but fills the (T, T) kernel matrix
 * phi(q_i) . phi(k_j) first, 2 GiB of doubles at T = 16384.
 */
public class Solution {
  public static double[][][] linearAttention(
      double[][][] Q, double[][][] K, double[][][] V, boolean causal, double eps) {
    double[][][] out = new double[Q.length][][];
    for (int b = 0; b < Q.length; b++) {
      int t = Q[b].length;
      double[][] a = new double[t][t];
      for (int i = 0; i < t; i++) {
        for (int j = 0; j <= (causal ? i : t - 1); j++) {
          for (int x = 0; x < Q[b][i].length; x++) {
            a[i][j] += phi(Q[b][i][x]) * phi(K[b][j][x]);
          }
        }
      }
      int dv = V[b][0].length;
      out[b] = new double[t][dv];
      for (int i = 0; i < t; i++) {
        double den = eps;
        for (int j = 0; j < t; j++) {
          den += a[i][j];
          for (int c = 0; c < dv; c++) {
            out[b][i][c] += a[i][j] * V[b][j][c];
          }
        }
        for (int c = 0; c < dv; c++) {
          out[b][i][c] /= den;
        }
      }
    }
    return out;
  }

  private static double phi(double x) {
    return x > 0 ? x + 1 : Math.exp(x);
  }
}
