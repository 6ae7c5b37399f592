public class Solution {
  /**
   * C = A B for A (M, K) and B (K, N) in canonical CSR form. Row i of A is aData[aIndptr[i] ..
   * aIndptr[i+1]-1] at columns aIndices[...]; likewise B.
   *
   * @return {data (double[]), indices (long[]), indptr (long[]), shape (int[] {M, N})} of C in
   *     canonical CSR form: sorted column indices within each row, no stored 0.0
   */
  public static Object[] csrMatmul(
      double[] aData, long[] aIndices, long[] aIndptr, int[] aShape, double[] bData,
      long[] bIndices, long[] bIndptr, int[] bShape) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
