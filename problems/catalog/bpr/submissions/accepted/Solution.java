/** Accepted (Java): one triple at a time, adding into the gradient rows; a stable softplus. */
public class Solution {
  public static Object[] bprLossAndGrads(double[][] U, double[][] V, long[][] triples, double reg) {
    int m = triples.length;
    int k = U[0].length;
    double[][] dU = new double[U.length][k];
    double[][] dV = new double[V.length][k];
    double total = 0;
    for (long[] t : triples) {
      int u = (int) t[0];
      int i = (int) t[1];
      int j = (int) t[2];
      double x = 0;
      double penalty = 0;
      for (int c = 0; c < k; c++) {
        x += U[u][c] * (V[i][c] - V[j][c]);
        penalty += U[u][c] * U[u][c] + V[i][c] * V[i][c] + V[j][c] * V[j][c];
      }
      total += softplus(-x) + 0.5 * reg * penalty;
      double pull = Math.exp(-softplus(x));
      for (int c = 0; c < k; c++) {
        dU[u][c] += (-pull * (V[i][c] - V[j][c]) + reg * U[u][c]) / m;
        dV[i][c] += (-pull * U[u][c] + reg * V[i][c]) / m;
        dV[j][c] += (pull * U[u][c] + reg * V[j][c]) / m;
      }
    }
    return new Object[] {total / m, dU, dV};
  }

  /** log(1 + e^y) with no positive exponent. */
  private static double softplus(double y) {
    return Math.max(y, 0) + Math.log1p(Math.exp(-Math.abs(y)));
  }
}
