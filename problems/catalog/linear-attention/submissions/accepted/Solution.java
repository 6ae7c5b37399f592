/**
 * Accepted: per sequence, the sums S = sum phi(k_j) v_j^T and z = sum phi(k_j) are built once
 * (or grown one key at a time when causal) and every query reads them.
 */
public class Solution {
  public static double[][][] linearAttention(
      double[][][] Q, double[][][] K, double[][][] V, boolean causal, double eps) {
    double[][][] out = new double[Q.length][][];
    for (int b = 0; b < Q.length; b++) {
      out[b] = sequence(Q[b], K[b], V[b], causal, eps);
    }
    return out;
  }

  private static double[][] sequence(
      double[][] q, double[][] k, double[][] v, boolean causal, double eps) {
    int t = q.length;
    int dk = q[0].length;
    int dv = v[0].length;
    double[][] s = new double[dk][dv];
    double[] z = new double[dk];
    if (!causal) {
      for (int j = 0; j < t; j++) {
        absorb(k[j], v[j], s, z);
      }
    }
    double[][] out = new double[t][dv];
    for (int i = 0; i < t; i++) {
      if (causal) {
        absorb(k[i], v[i], s, z);
      }
      double den = eps;
      for (int a = 0; a < dk; a++) {
        double f = phi(q[i][a]);
        den += f * z[a];
        for (int c = 0; c < dv; c++) {
          out[i][c] += f * s[a][c];
        }
      }
      for (int c = 0; c < dv; c++) {
        out[i][c] /= den;
      }
    }
    return out;
  }

  private static void absorb(double[] key, double[] value, double[][] s, double[] z) {
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
