/** Wrong answer (Java): dS = P * dP, the softmax Jacobian without its -p p^T part. */
public class Solution {
  public static Object[] attentionBackward(
      double[][][][] Q, double[][][][] K, double[][][][] V, double[][][][] dO, boolean causal) {
    int b = Q.length;
    int h = Q[0].length;
    int t = Q[0][0].length;
    int d = Q[0][0][0].length;
    double scale = 1.0 / Math.sqrt(d);
    double[][][][] dQ = new double[b][h][t][d];
    double[][][][] dK = new double[b][h][t][d];
    double[][][][] dV = new double[b][h][t][d];
    for (int x = 0; x < b; x++) {
      for (int y = 0; y < h; y++) {
        double[][] q = Q[x][y];
        double[][] k = K[x][y];
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
          for (int j = 0; j < n; j++) {
            p[j] /= sum;
            double dp = 0;
            for (int e = 0; e < d; e++) {
              dp += dO[x][y][i][e] * V[x][y][j][e];
            }
            double ds = p[j] * dp;
            for (int e = 0; e < d; e++) {
              dV[x][y][j][e] += p[j] * dO[x][y][i][e];
              dQ[x][y][i][e] += scale * ds * k[j][e];
              dK[x][y][j][e] += scale * ds * q[i][e];
            }
          }
        }
      }
    }
    return new Object[] {dQ, dK, dV};
  }
}
