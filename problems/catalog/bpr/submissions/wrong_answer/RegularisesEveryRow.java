/**
 * Wrong answer (Java): the penalty as weight decay on all of U and V, reg/2 (|U|^2 + |V|^2) once
 * per batch, instead of on the rows each triple uses: rows no triple touches get reg times
 * themselves, and rows used several times are penalised once.
 */
public class Solution {
  public static Object[] bprLossAndGrads(double[][] U, double[][] V, long[][] triples, double reg) {
    int m = triples.length;
    int k = U[0].length;
    double[][] dU = new double[U.length][k];
    double[][] dV = new double[V.length][k];
    double ranking = 0;
    for (long[] t : triples) {
      int u = (int) t[0];
      int i = (int) t[1];
      int j = (int) t[2];
      double x = 0;
      for (int c = 0; c < k; c++) {
        x += U[u][c] * (V[i][c] - V[j][c]);
      }
      ranking += Math.max(-x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
      double pull = x >= 0 ? Math.exp(-x) / (1 + Math.exp(-x)) : 1 / (1 + Math.exp(x));
      for (int c = 0; c < k; c++) {
        dU[u][c] += -pull * (V[i][c] - V[j][c]) / m;
        dV[i][c] += -pull * U[u][c] / m;
        dV[j][c] += pull * U[u][c] / m;
      }
    }
    double squares = 0;
    for (double[][] matrix : new double[][][] {U, V}) {
      for (double[] row : matrix) {
        for (double value : row) {
          squares += value * value;
        }
      }
    }
    for (int r = 0; r < U.length; r++) {
      for (int c = 0; c < k; c++) {
        dU[r][c] += reg * U[r][c];
      }
    }
    for (int r = 0; r < V.length; r++) {
      for (int c = 0; c < k; c++) {
        dV[r][c] += reg * V[r][c];
      }
    }
    return new Object[] {ranking / m + 0.5 * reg * squares, dU, dV};
  }
}
