package dev.allclose.reference.sparse;

import java.util.Arrays;

/**
 * The product C = A B of two sparse matrices in compressed sparse row (CSR) form, returned in
 * canonical CSR form: within each row the column indices strictly increase, and no stored value is
 * zero (entries whose products cancel to exactly 0.0 are dropped).
 *
 * <p>Source: F. G. Gustavson, "Two Fast Algorithms for Sparse Matrices: Multiplication and Permuted
 * Transposition", ACM Transactions on Mathematical Software 4(3), 1978, 250-269 (row-by-row
 * multiplication); the dense accumulator with a marker array is the "sparse accumulator" (SPA) of
 * J. R. Gilbert, C. Moler and R. Schreiber, "Sparse Matrices in MATLAB: Design and Implementation",
 * SIAM J. Matrix Anal. Appl. 13(1), 1992, 333-356.
 *
 * <p>A (M, K) holds row i's entries at positions a_indptr[i] .. a_indptr[i+1]-1 of a_indices
 * (columns) and a_data (values); B (K, N) likewise. Row i of C is
 *
 * <pre>
 *   C[i, :] = sum over stored (k, A[i,k]) of A[i,k] * B[k, :]
 * </pre>
 *
 * accumulated into a dense array of N values whose marker says which columns row i has touched; the
 * touched columns are then sorted and the nonzero ones emitted. Cost: O(flops + sum_i t_i log t_i +
 * M) time, flops = sum over stored A[i,k] of nnz(B[k, :]) and t_i the columns row i touches, and
 * O(N + nnz(C)) memory; a dense (M, N) array is never formed. Stateless and thread-safe.
 */
public final class CsrProduct {
  private CsrProduct() {}

  /** A matrix in CSR form: values, column indices, row pointers and (rows, columns). */
  public static final class Csr {
    private final double[] data;
    private final long[] indices;
    private final long[] indptr;
    private final int rows;
    private final int cols;

    public Csr(double[] data, long[] indices, long[] indptr, int rows, int cols) {
      this.data = data;
      this.indices = indices;
      this.indptr = indptr;
      this.rows = rows;
      this.cols = cols;
    }

    public double[] data() {
      return data;
    }

    public long[] indices() {
      return indices;
    }

    public long[] indptr() {
      return indptr;
    }

    /** {rows, columns}, the contract's shape tuple. */
    public int[] shape() {
      return new int[] {rows, cols};
    }

    public int nnz() {
      return data.length;
    }
  }

  /**
   * C = A B in canonical CSR form.
   *
   * @throws IllegalArgumentException when the inner dimensions differ or an input is not canonical
   *     CSR (row pointers that do not start at 0, decrease or end at nnz; column indices out of
   *     range, unsorted or repeated within a row)
   */
  public static Csr multiply(Csr a, Csr b) {
    if (a.cols != b.rows) {
      throw new IllegalArgumentException(
          "inner dimensions differ: A is "
              + a.rows
              + " x "
              + a.cols
              + ", B is "
              + b.rows
              + " x "
              + b.cols);
    }
    validate(a, "A");
    validate(b, "B");
    Output out = new Output(a.rows);
    double[] accumulator = new double[b.cols];
    int[] lastRow = new int[b.cols];
    Arrays.fill(lastRow, -1);
    int[] touched = new int[b.cols];
    for (int i = 0; i < a.rows; i++) {
      int count = 0;
      for (int p = (int) a.indptr[i]; p < a.indptr[i + 1]; p++) {
        int k = (int) a.indices[p];
        double value = a.data[p];
        for (int q = (int) b.indptr[k]; q < b.indptr[k + 1]; q++) {
          int j = (int) b.indices[q];
          if (lastRow[j] != i) {
            lastRow[j] = i;
            accumulator[j] = 0;
            touched[count++] = j;
          }
          accumulator[j] += value * b.data[q];
        }
      }
      Arrays.sort(touched, 0, count);
      for (int t = 0; t < count; t++) {
        out.add(touched[t], accumulator[touched[t]]);
      }
      out.endRow(i);
    }
    return out.toCsr(a.rows, b.cols);
  }

  private static void validate(Csr m, String name) {
    if (m.indptr.length != m.rows + 1 || m.indptr[0] != 0 || m.indptr[m.rows] != m.data.length) {
      throw new IllegalArgumentException(
          name + ": indptr must have rows + 1 entries, start at 0 and end at nnz");
    }
    if (m.indices.length != m.data.length) {
      throw new IllegalArgumentException(name + ": data and indices differ in length");
    }
    for (int i = 0; i < m.rows; i++) {
      if (m.indptr[i + 1] < m.indptr[i] || m.indptr[i + 1] > m.data.length) {
        throw new IllegalArgumentException(name + ": indptr decreases at row " + i);
      }
      for (long p = m.indptr[i]; p < m.indptr[i + 1]; p++) {
        long j = m.indices[(int) p];
        boolean inRange = j >= 0 && j < m.cols;
        if (!inRange || (p > m.indptr[i] && j <= m.indices[(int) p - 1])) {
          throw new IllegalArgumentException(
              name + ": row " + i + " has column " + j + " out of range or out of order");
        }
      }
    }
  }

  /** The growing arrays of C; exact zeros are not stored. */
  private static final class Output {
    private double[] data = new double[16];
    private long[] indices = new long[16];
    private final long[] indptr;
    private int size;

    Output(int rows) {
      indptr = new long[rows + 1];
    }

    void add(int column, double value) {
      if (value == 0.0) {
        return;
      }
      if (size == data.length) {
        data = Arrays.copyOf(data, 2 * size);
        indices = Arrays.copyOf(indices, 2 * size);
      }
      data[size] = value;
      indices[size++] = column;
    }

    void endRow(int row) {
      indptr[row + 1] = size;
    }

    Csr toCsr(int rows, int cols) {
      return new Csr(Arrays.copyOf(data, size), Arrays.copyOf(indices, size), indptr, rows, cols);
    }
  }
}
