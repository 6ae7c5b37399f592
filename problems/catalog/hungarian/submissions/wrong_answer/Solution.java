/** Wrong answer (Java): gives each row its cheapest free column in row order (greedy-trap). */
public class Solution {
  public record Assignment(long[] rowInd, long[] colInd) {}

  public static Assignment linearSumAssignment(double[][] cost, boolean maximize) {
    int n = cost.length;
    int m = n == 0 ? 0 : cost[0].length;
    int k = Math.min(n, m);
    long[] rowInd = new long[k];
    long[] colInd = new long[k];
    if (k == 0) {
      return new Assignment(rowInd, colInd);
    }
    for (double[] row : cost) {
      for (double x : row) {
        double y = maximize ? -x : x;
        if (Double.isNaN(y) || y == Double.NEGATIVE_INFINITY) {
          throw new IllegalArgumentException("matrix contains invalid numeric entries");
        }
      }
    }
    boolean tall = n > m;
    boolean[] taken = new boolean[tall ? n : m];
    for (int a = 0; a < k; a++) {
      int best = -1;
      double bestCost = Double.POSITIVE_INFINITY;
      for (int b = 0; b < taken.length; b++) {
        double x = tall ? cost[b][a] : cost[a][b];
        x = maximize ? -x : x;
        if (!taken[b] && x < bestCost) {
          best = b;
          bestCost = x;
        }
      }
      if (best < 0) {
        throw new IllegalArgumentException("cost matrix is infeasible");
      }
      taken[best] = true;
      rowInd[a] = tall ? best : a;
      colInd[a] = tall ? a : best;
    }
    if (tall) {
      sortByRow(rowInd, colInd);
    }
    return new Assignment(rowInd, colInd);
  }

  private static void sortByRow(long[] rowInd, long[] colInd) {
    for (int a = 1; a < rowInd.length; a++) {
      for (int b = a; b > 0 && rowInd[b - 1] > rowInd[b]; b--) {
        long r = rowInd[b];
        rowInd[b] = rowInd[b - 1];
        rowInd[b - 1] = r;
        long c = colInd[b];
        colInd[b] = colInd[b - 1];
        colInd[b - 1] = c;
      }
    }
  }
}
