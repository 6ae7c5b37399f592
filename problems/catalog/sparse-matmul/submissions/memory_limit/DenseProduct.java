/**
 * Memory limit (Java): A and B scattered into double[M][K] and double[K][N] arrays and multiplied
 * densely. On huge-sparse (100,000 x 100,000) one dense matrix is 80 GB and the heap runs out.
 */
public class Solution {
  public static Object[] csrMatmul(
      double[] aData, long[] aIndices, long[] aIndptr, int[] aShape, double[] bData,
      long[] bIndices, long[] bIndptr, int[] bShape) {
    double[][] a = dense(aData, aIndices, aIndptr, aShape);
    double[][] b = dense(bData, bIndices, bIndptr, bShape);
    int m = aShape[0];
    int n = bShape[1];
    double[][] c = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < aShape[1]; k++) {
        if (a[i][k] != 0) {
          for (int j = 0; j < n; j++) {
            c[i][j] += a[i][k] * b[k][j];
          }
        }
      }
    }
    int nnz = 0;
    for (double[] row : c) {
      for (double v : row) {
        nnz += v != 0 ? 1 : 0;
      }
    }
    double[] data = new double[nnz];
    long[] indices = new long[nnz];
    long[] indptr = new long[m + 1];
    int p = 0;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        if (c[i][j] != 0) {
          data[p] = c[i][j];
          indices[p++] = j;
        }
      }
      indptr[i + 1] = p;
    }
    return new Object[] {data, indices, indptr, new int[] {m, n}};
  }

  private static double[][] dense(double[] data, long[] indices, long[] indptr, int[] shape) {
    double[][] d = new double[shape[0]][shape[1]];
    for (int i = 0; i < shape[0]; i++) {
      for (long p = indptr[i]; p < indptr[i + 1]; p++) {
        d[i][(int) indices[(int) p]] = data[(int) p];
      }
    }
    return d;
  }
}
