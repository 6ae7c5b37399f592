package dev.allclose.reference.assignment;

import java.util.Arrays;

/**
 * The shortest augmenting path method of Jonker and Volgenant (1987) in the rectangular form of
 * Crouse (2016, the pseudocode on pp. 1685-1686), for an n x m matrix C with n <= m, entries finite
 * or {@code +inf}.
 *
 * <p>It keeps dual potentials u (rows) and v (columns) with every reduced cost non-negative and the
 * assigned pairs tight:
 *
 * <pre>
 *   cbar[i][j] = C[i][j] - u[i] - v[j] >= 0   for all i, j                       (2)
 *   cbar[i][col4row[i]] = 0                  for every assigned row i            (3)
 * </pre>
 *
 * Rows are added one at a time. For the new row r, Dijkstra's method on the reduced costs (2) finds
 * the shortest alternating path from r to a free column: from a row i, reach every column j at
 * distance d[i'] + cbar[i][j], where d is the distance to the column through which i was reached (0
 * for r); the nearest unvisited column is final (reduced costs are non-negative), and if it is
 * assigned, its row is the next one scanned. Once a free column (the sink) is final at distance
 * delta, the potentials move by
 *
 * <pre>
 *   u[r] += delta;   u[i] += delta - d[col4row[i]]  (other scanned rows i);
 *   v[j] -= delta - d[j]                            (final columns j)               (4)
 * </pre>
 *
 * which keeps (2) and makes every edge of the path tight, so flipping the path (each of its columns
 * goes to the row before it) keeps (3). With (2) and (3), u and v are a feasible solution of the
 * dual LP and the assignment is optimal among assignments of the rows added so far (complementary
 * slackness). If the nearest unvisited column is at +inf, no path of finite cost reaches a free
 * column, so no finite complete assignment exists.
 *
 * <p>Ties in the search prefer a free column, which ends the path sooner (as SciPy does). Cost:
 * each row's search visits at most m columns and scans each row once, O(n m) per row, O(n^2 m) in
 * all.
 */
final class ShortestAugmentingPath {
  private final double[][] c;
  private final int n;
  private final int m;
  private final double[] u;
  private final double[] v;
  private final int[] col4row;
  private final int[] row4col;

  /** Per search: d[j], the row before column j on its path, and which rows and columns are done. */
  private final double[] d;

  private final int[] pathRow;
  private final boolean[] scannedRow;
  private final boolean[] finalCol;

  private ShortestAugmentingPath(double[][] c) {
    this.c = c;
    this.n = c.length;
    this.m = c[0].length;
    u = new double[n];
    v = new double[m];
    col4row = new int[n];
    row4col = new int[m];
    Arrays.fill(col4row, -1);
    Arrays.fill(row4col, -1);
    d = new double[m];
    pathRow = new int[m];
    scannedRow = new boolean[n];
    finalCol = new boolean[m];
  }

  /**
   * The column of each row in a minimum-cost assignment of every row of {@code c} (n <= m, no NaN
   * or -inf).
   *
   * @throws IllegalArgumentException when no assignment of finite cost exists
   */
  static int[] solve(double[][] c) {
    ShortestAugmentingPath s = new ShortestAugmentingPath(c);
    for (int r = 0; r < s.n; r++) {
      s.addRow(r);
    }
    return s.col4row;
  }

  private void addRow(int r) {
    Arrays.fill(d, Double.POSITIVE_INFINITY);
    Arrays.fill(scannedRow, false);
    Arrays.fill(finalCol, false);
    double delta = 0;
    int i = r;
    int sink = -1;
    while (sink < 0) {
      scannedRow[i] = true;
      int j = relaxFrom(i, delta);
      delta = d[j];
      if (delta == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("cost matrix is infeasible");
      }
      finalCol[j] = true;
      if (row4col[j] < 0) {
        sink = j;
      } else {
        i = row4col[j];
      }
    }
    updatePotentials(r, delta);
    augment(r, sink);
  }

  /**
   * Lowers d[j] through row i (reached at distance {@code base}) for every non-final column, and
   * returns the non-final column of least d, free columns first among equals.
   */
  private int relaxFrom(int i, double base) {
    double[] row = c[i];
    int best = -1;
    double lowest = Double.POSITIVE_INFINITY;
    for (int j = 0; j < m; j++) {
      if (finalCol[j]) {
        continue;
      }
      double through = base + row[j] - u[i] - v[j];
      if (through < d[j]) {
        d[j] = through;
        pathRow[j] = i;
      }
      if (best < 0 || d[j] < lowest || (d[j] == lowest && row4col[j] < 0)) {
        best = j;
        lowest = d[j];
      }
    }
    return best;
  }

  /** Equation (4). */
  private void updatePotentials(int r, double delta) {
    u[r] += delta;
    for (int i = 0; i < n; i++) {
      if (scannedRow[i] && i != r) {
        u[i] += delta - d[col4row[i]];
      }
    }
    for (int j = 0; j < m; j++) {
      if (finalCol[j]) {
        v[j] -= delta - d[j];
      }
    }
  }

  /** Flips the path ending at {@code sink}: each column on it goes to the row before it. */
  private void augment(int r, int sink) {
    int j = sink;
    while (true) {
      int i = pathRow[j];
      row4col[j] = i;
      int previous = col4row[i];
      col4row[i] = j;
      if (i == r) {
        return;
      }
      j = previous;
    }
  }
}
