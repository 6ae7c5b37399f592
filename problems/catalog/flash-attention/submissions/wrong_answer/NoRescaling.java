/** Wrong answer (Java): the running sum and output are never rescaled when the maximum grows. */
public class Solution {
  public static Object[] flashAttention(
      double[][][][] Q, double[][][][] K, double[][][][] V, int blockSize, boolean causal) {
    int b = Q.length;
    int h = Q[0].length;
    int t = Q[0][0].length;
    int d = Q[0][0][0].length;
    double[][][][] out = new double[b][h][t][d];
    double[][][] lse = new double[b][h][t];
    for (int i = 0; i < b; i++) {
      for (int j = 0; j < h; j++) {
        double[][] q = Q[i][j];
        double[][] k = K[i][j];
        double[][] v = V[i][j];
        for (int qs = 0; qs < t; qs += blockSize) {
          for (int r = qs; r < Math.min(qs + blockSize, t); r++) {
            double m = Double.NEGATIVE_INFINITY;
            double l = 0;
            double[] acc = new double[d];
            int keyEnd = causal ? r + 1 : t;
            for (int ks = 0; ks < keyEnd; ks += blockSize) {
              int ke = Math.min(ks + blockSize, keyEnd);
              double[] s = new double[ke - ks];
              for (int c = ks; c < ke; c++) {
                double dot = 0;
                for (int x = 0; x < d; x++) {
                  dot += q[r][x] * k[c][x];
                }
                s[c - ks] = dot / Math.sqrt(d);
                m = Math.max(m, s[c - ks]);
              }
              for (int c = ks; c < ke; c++) {
                double p = Math.exp(s[c - ks] - m);
                l += p; // the earlier terms still use the old maximum
                for (int x = 0; x < d; x++) {
                  acc[x] += p * v[c][x];
                }
              }
            }
            for (int x = 0; x < d; x++) {
              out[i][j][r][x] = acc[x] / l;
            }
            lse[i][j][r] = m + Math.log(l);
          }
        }
      }
    }
    return new Object[] {out, lse};
  }
}
