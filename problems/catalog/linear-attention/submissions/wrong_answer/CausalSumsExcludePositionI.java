/** Wrong answer (Java): when causal, query i reads the sums before key i is added (j < i only). */
public class Solution {
  public static double[][][] linearAttention(
      double[][][] Q, double[][][] K, double[][][] V, boolean causal, double eps) {
    double[][][] out = new double[Q.length][][];
    for (int b = 0; b < Q.length; b++) {
      int t = Q[b].length;
      int dk = Q[b][0].length;
      int dv = V[b][0].length;
      double[][] s = new double[dk][dv];
      double[] z = new double[dk];
      if (!causal) {
        for (int j = 0; j < t; j++) {
          add(K[b][j], V[b][j], s, z);
        }
      }
      out[b] = new double[t][dv];
      for (int i = 0; i < t; i++) {
        double den = eps;
        for (int a = 0; a < dk; a++) {
          double f = phi(Q[b][i][a]);
          den += f * z[a];
          for (int c = 0; c < dv; c++) {
            out[b][i][c] += f * s[a][c];
          }
        }
        for (int c = 0; c < dv; c++) {
          out[b][i][c] /= den;
        }
        if (causal) {
          add(K[b][i], V[b][i], s, z); // too late: row i never saw key i
        }
      }
    }
    return out;
  }

  private static void add(double[] key, double[] value, double[][] s, double[] z) {
    for (int a = 0; a < key.length; a++) {
      double f = phi(key[a]);
      z[a] += f;
      for (int c = 0; c < value.length; c++) {
        s[a][c] += f * value[c];
      }
    }
  }

  private static double phi(double x) {
    return x > 0 ? x + 1 : Math.exp(x);
  }
}
