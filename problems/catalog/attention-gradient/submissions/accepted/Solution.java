/** Accepted: plain loops per head, the correction term computed as rowsum(dO * O). */
public class Solution {
  public static Object[] attentionBackward(
      double[][][][] Q, double[][][][] K, double[][][][] V, double[][][][] dO, boolean causal) {
    int b = Q.length;
    int h = Q[0].length;
    double[][][][] dQ = new double[b][h][][];
    double[][][][] dK = new double[b][h][][];
    double[][][][] dV = new double[b][h][][];
    for (int i = 0; i < b; i++) {
      for (int j = 0; j < h; j++) {
        double[][][] g = head(Q[i][j], K[i][j], V[i][j], dO[i][j], causal);
        dQ[i][j] = g[0];
        dK[i][j] = g[1];
        dV[i][j] = g[2];
      }
    }
    return new Object[] {dQ, dK, dV};
  }

  private static double[][][] head(
      double[][] q, double[][] k, double[][] v, double[][] dO, boolean causal) {
    int t = q.length;
    int d = q[0].length;
    double scale = 1.0 / Math.sqrt(d);
    double[][] dq = new double[t][d];
    double[][] dk = new double[t][d];
    double[][] dv = new double[t][d];
    for (int i = 0; i < t; i++) {
      int n = causal ? i + 1 : t;
      double[] p = new double[n];
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        for (int e = 0; e < d; e++) {
          p[j] += scale * q[i][e] * k[j][e];
        }
        max = Math.max(max, p[j]);
      }
      double sum = 0;
      for (int j = 0; j < n; j++) {
        p[j] = Math.exp(p[j] - max);
        sum += p[j];
      }
      double[] o = new double[d];
      for (int j = 0; j < n; j++) {
        p[j] /= sum;
        for (int e = 0; e < d; e++) {
          o[e] += p[j] * v[j][e];
        }
      }
      double rowTerm = 0; // rowsum(dO * O) = rowsum(dP * P)
      for (int e = 0; e < d; e++) {
        rowTerm += dO[i][e] * o[e];
      }
      for (int j = 0; j < n; j++) {
        double dp = 0;
        for (int e = 0; e < d; e++) {
          dp += dO[i][e] * v[j][e];
        }
        double ds = p[j] * (dp - rowTerm);
        for (int e = 0; e < d; e++) {
          dv[j][e] += p[j] * dO[i][e];
          dq[i][e] += scale * ds * k[j][e];
          dk[j][e] += scale * ds * q[i][e];
        }
      }
    }
    return new double[][][] {dq, dk, dv};
  }
}
