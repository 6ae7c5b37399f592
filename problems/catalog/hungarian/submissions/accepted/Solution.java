import java.util.Arrays;

/** Accepted: shortest augmenting paths with dual potentials (Jonker-Volgenant), O(n^2 m). */
public class Solution {
  public record Assignment(long[] rowInd, long[] colInd) {}

  public static Assignment linearSumAssignment(double[][] cost, boolean maximize) {
    int n = cost.length;
    int m = n == 0 ? 0 : cost[0].length;
    if (n == 0 || m == 0) {
      return new Assignment(new long[0], new long[0]);
    }
    boolean tall = n > m;
    int rows = tall ? m : n;
    int cols = tall ? n : m;
    double[][] c = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double x = tall ? cost[j][i] : cost[i][j];
        x = maximize ? -x : x;
        if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) {
          throw new IllegalArgumentException("matrix contains invalid numeric entries");
        }
        c[i][j] = x;
      }
    }
    int[] col4row = solve(c);
    long[] rowInd = new long[rows];
    long[] colInd = new long[rows];
    if (!tall) {
      for (int i = 0; i < rows; i++) {
        rowInd[i] = i;
        colInd[i] = col4row[i];
      }
      return new Assignment(rowInd, colInd);
    }
    int[] byOriginalRow = new int[cols];
    Arrays.fill(byOriginalRow, -1);
    for (int j = 0; j < rows; j++) {
      byOriginalRow[col4row[j]] = j;
    }
    int t = 0;
    for (int i = 0; i < cols; i++) {
      if (byOriginalRow[i] >= 0) {
        rowInd[t] = i;
        colInd[t++] = byOriginalRow[i];
      }
    }
    return new Assignment(rowInd, colInd);
  }

  private static int[] solve(double[][] c) {
    int n = c.length;
    int m = c[0].length;
    double[] u = new double[n];
    double[] v = new double[m];
    int[] col4row = new int[n];
    int[] row4col = new int[m];
    Arrays.fill(col4row, -1);
    Arrays.fill(row4col, -1);
    double[] d = new double[m];
    int[] path = new int[m];
    boolean[] done = new boolean[m];
    boolean[] scanned = new boolean[n];
    for (int r = 0; r < n; r++) {
      Arrays.fill(d, Double.POSITIVE_INFINITY);
      Arrays.fill(done, false);
      Arrays.fill(scanned, false);
      int i = r;
      double delta = 0;
      int sink;
      while (true) {
        scanned[i] = true;
        int best = -1;
        for (int j = 0; j < m; j++) {
          if (done[j]) {
            continue;
          }
          double through = delta + c[i][j] - u[i] - v[j];
          if (through < d[j]) {
            d[j] = through;
            path[j] = i;
          }
          if (best < 0 || d[j] < d[best]) {
            best = j;
          }
        }
        delta = d[best];
        if (delta == Double.POSITIVE_INFINITY) {
          throw new IllegalArgumentException("cost matrix is infeasible");
        }
        done[best] = true;
        if (row4col[best] < 0) {
          sink = best;
          break;
        }
        i = row4col[best];
      }
      u[r] += delta;
      for (int k = 0; k < n; k++) {
        if (scanned[k] && k != r) {
          u[k] += delta - d[col4row[k]];
        }
      }
      for (int j = 0; j < m; j++) {
        if (done[j]) {
          v[j] -= delta - d[j];
        }
      }
      for (int j = sink; ; ) {
        int k = path[j];
        row4col[j] = k;
        int previous = col4row[k];
        col4row[k] = j;
        if (k == r) {
          break;
        }
        j = previous;
      }
    }
    return col4row;
  }
}
