import java.util.Arrays;

/**
 * Accepted (Java): Gustavson's row-by-row product with a dense accumulator of N values and a
 * marker array saying which columns the current row has reached; the reached columns are sorted,
 * and sums of exactly 0.0 are skipped.
 */
public class Solution {
  public static Object[] csrMatmul(
      double[] aData, long[] aIndices, long[] aIndptr, int[] aShape, double[] bData,
      long[] bIndices, long[] bIndptr, int[] bShape) {
    int m = aShape[0];
    int n = bShape[1];
    double[] acc = new double[n];
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    int[] reached = new int[n];
    double[] data = new double[16];
    long[] indices = new long[16];
    long[] indptr = new long[m + 1];
    int size = 0;
    for (int i = 0; i < m; i++) {
      int count = 0;
      for (int p = (int) aIndptr[i]; p < aIndptr[i + 1]; p++) {
        int k = (int) aIndices[p];
        for (int q = (int) bIndptr[k]; q < bIndptr[k + 1]; q++) {
          int j = (int) bIndices[q];
          if (mark[j] != i) {
            mark[j] = i;
            acc[j] = 0;
            reached[count++] = j;
          }
          acc[j] += aData[p] * bData[q];
        }
      }
      Arrays.sort(reached, 0, count);
      for (int t = 0; t < count; t++) {
        double v = acc[reached[t]];
        if (v != 0.0) {
          if (size == data.length) {
            data = Arrays.copyOf(data, 2 * size);
            indices = Arrays.copyOf(indices, 2 * size);
          }
          data[size] = v;
          indices[size++] = reached[t];
        }
      }
      indptr[i + 1] = size;
    }
    return new Object[] {
      Arrays.copyOf(data, size), Arrays.copyOf(indices, size), indptr, new int[] {m, n}
    };
  }
}
