package dev.allclose.reference.assignment;

import java.util.Arrays;

/**
 * The linear sum assignment problem on a dense rectangular cost matrix, with the semantics of SciPy
 * 1.17's {@code scipy.optimize.linear_sum_assignment}.
 *
 * <p>Sources: H. W. Kuhn, "The Hungarian method for the assignment problem", Naval Research
 * Logistics Quarterly 2:83-97, 1955 (the dual potentials); R. Jonker and A. Volgenant, "A shortest
 * augmenting path algorithm for dense and sparse linear assignment problems", Computing 38:325-340,
 * 1987 (augmenting along shortest paths of reduced costs); the rectangular form without padding and
 * the infeasibility test follow D. F. Crouse, "On implementing 2D rectangular assignment
 * algorithms", IEEE Transactions on Aerospace and Electronic Systems 52(4):1679-1696, 2016, which
 * is what SciPy implements.
 *
 * <p>Input: an n x m matrix C. With k = min(n, m), choose k rows and k columns and a one-to-one
 * pairing sigma between them that minimises (or, with {@code maximize}, maximises)
 *
 * <pre>
 *   sum over chosen rows i of C[i][sigma(i)]                                    (1)
 * </pre>
 *
 * When n <= m every row is assigned; when n > m every column is. {@code +inf} marks a forbidden
 * pair ({@code -inf} when maximising). Refused with {@link IllegalArgumentException}, as SciPy
 * raises {@code ValueError}: a NaN entry, {@code -inf} when minimising or {@code +inf} when
 * maximising (SciPy negates the matrix to maximise, then rejects NaN and {@code -inf}), and a
 * matrix with no complete assignment of finite cost ("infeasible"). Rows of different lengths are
 * refused.
 *
 * <p>Output: row indices ascending and the column assigned to each, both of length k. Method:
 * transpose so that rows <= columns, negate to maximise, then {@link ShortestAugmentingPath}: one
 * shortest augmenting path per row, O(n^2 m) time and O(n m) memory for the working copy. Stateless
 * and thread-safe.
 */
public final class LinearSumAssignment {
  private LinearSumAssignment() {}

  /** An optimal assignment: {@code colInd[t]} is the column of row {@code rowInd[t]}. */
  public static final class Assignment {
    private final long[] rowInd;
    private final long[] colInd;

    Assignment(long[] rowInd, long[] colInd) {
      this.rowInd = rowInd;
      this.colInd = colInd;
    }

    /** The assigned rows, ascending. */
    public long[] rowInd() {
      return rowInd.clone();
    }

    /** The column of each assigned row, in the order of {@link #rowInd()}. */
    public long[] colInd() {
      return colInd.clone();
    }

    /** Sum (1) of the chosen entries of {@code cost}, added in row order. */
    public double total(double[][] cost) {
      double sum = 0;
      for (int t = 0; t < rowInd.length; t++) {
        sum += cost[(int) rowInd[t]][(int) colInd[t]];
      }
      return sum;
    }
  }

  /** Minimises (1). */
  public static Assignment linearSumAssignment(double[][] cost) {
    return linearSumAssignment(cost, false);
  }

  /**
   * Solves (1), minimising or maximising.
   *
   * @param cost n rows of m entries each; n = 0 or m = 0 gives two empty arrays
   * @throws IllegalArgumentException for ragged rows, NaN, -inf when minimising, +inf when
   *     maximising, or a matrix with no finite complete assignment
   */
  public static Assignment linearSumAssignment(double[][] cost, boolean maximize) {
    int n = cost.length;
    int m = n == 0 ? 0 : cost[0].length;
    for (double[] row : cost) {
      if (row.length != m) {
        throw new IllegalArgumentException("the rows of the cost matrix differ in length");
      }
    }
    if (n == 0 || m == 0) {
      return new Assignment(new long[0], new long[0]);
    }
    boolean transpose = n > m;
    double[][] work = minimisationForm(cost, transpose, maximize);
    int[] col4row = ShortestAugmentingPath.solve(work);
    return transpose ? fromTransposed(col4row, m, n) : direct(col4row);
  }

  /**
   * A rows <= columns copy to minimise: transposed when the input is tall, negated to maximise;
   * refused where it holds NaN or -inf.
   */
  private static double[][] minimisationForm(double[][] cost, boolean transpose, boolean negate) {
    int rows = transpose ? cost[0].length : cost.length;
    int cols = transpose ? cost.length : cost[0].length;
    double[][] work = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double c = transpose ? cost[j][i] : cost[i][j];
        c = negate ? -c : c;
        if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) {
          throw new IllegalArgumentException("matrix contains invalid numeric entries");
        }
        work[i][j] = c;
      }
    }
    return work;
  }

  private static Assignment direct(int[] col4row) {
    long[] rows = new long[col4row.length];
    long[] cols = new long[col4row.length];
    for (int i = 0; i < col4row.length; i++) {
      rows[i] = i;
      cols[i] = col4row[i];
    }
    return new Assignment(rows, cols);
  }

  /**
   * Back from the transposed problem: its rows are the input's columns (m of them) and its columns
   * the input's rows (n); listed by original row, ascending.
   */
  private static Assignment fromTransposed(int[] col4row, int m, int n) {
    int[] colOfRow = new int[n];
    Arrays.fill(colOfRow, -1);
    for (int j = 0; j < m; j++) {
      colOfRow[col4row[j]] = j;
    }
    long[] rows = new long[m];
    long[] cols = new long[m];
    int t = 0;
    for (int i = 0; i < n; i++) {
      if (colOfRow[i] >= 0) {
        rows[t] = i;
        cols[t++] = colOfRow[i];
      }
    }
    return new Assignment(rows, cols);
  }
}
