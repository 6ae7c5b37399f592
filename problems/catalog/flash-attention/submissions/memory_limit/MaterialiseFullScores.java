/** Memory limit (Java): exact and stable, but fills a T x T score matrix for every head. */
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
        double[][] s = new double[t][t];
        for (int r = 0; r < t; r++) {
          double max = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < t; c++) {
            double dot = 0;
            for (int x = 0; x < d; x++) {
              dot += Q[i][j][r][x] * K[i][j][c][x];
            }
            s[r][c] = causal && c > r ? Double.NEGATIVE_INFINITY : dot / Math.sqrt(d);
            max = Math.max(max, s[r][c]);
          }
          double sum = 0;
          for (int c = 0; c < t; c++) {
            s[r][c] = Math.exp(s[r][c] - max);
            sum += s[r][c];
          }
          for (int c = 0; c < t; c++) {
            for (int x = 0; x < d; x++) {
              out[i][j][r][x] += s[r][c] / sum * V[i][j][c][x];
            }
          }
          lse[i][j][r] = max + Math.log(sum);
        }
      }
    }
    return new Object[] {out, lse};
  }
}
