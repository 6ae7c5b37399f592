public class Solution {
  /**
   * Indices of the k largest entries of x, best first; equal values by lower index first.
   *
   * <p>No sorting routine may be called (Arrays.sort, Collections.sort, List.sort, Stream.sorted,
   * ...); java.util.PriorityQueue is allowed.
   *
   * @param x the values, no NaN
   * @param k 1 <= k <= x.length
   * @return the k indices
   */
  public static int[] topK(double[] x, int k) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
