import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong answer (Java): one LinkedHashMap per row, emitted in insertion order (the order the
 * products first reach each column) instead of sorted by column.
 */
public class Solution {
  public static Object[] csrMatmul(
      double[] aData, long[] aIndices, long[] aIndptr, int[] aShape, double[] bData,
      long[] bIndices, long[] bIndptr, int[] bShape) {
    int m = aShape[0];
    java.util.List<Double> data = new java.util.ArrayList<>();
    java.util.List<Long> indices = new java.util.ArrayList<>();
    long[] indptr = new long[m + 1];
    for (int i = 0; i < m; i++) {
      Map<Long, Double> row = new LinkedHashMap<>();
      for (int p = (int) aIndptr[i]; p < aIndptr[i + 1]; p++) {
        int k = (int) aIndices[p];
        for (int q = (int) bIndptr[k]; q < bIndptr[k + 1]; q++) {
          row.merge(bIndices[q], aData[p] * bData[q], Double::sum);
        }
      }
      for (Map.Entry<Long, Double> e : row.entrySet()) {
        if (e.getValue() != 0.0) {
          indices.add(e.getKey());
          data.add(e.getValue());
        }
      }
      indptr[i + 1] = data.size();
    }
    return new Object[] {
      data.stream().mapToDouble(Double::doubleValue).toArray(),
      indices.stream().mapToLong(Long::longValue).toArray(),
      indptr,
      new int[] {m, bShape[1]}
    };
  }
}
