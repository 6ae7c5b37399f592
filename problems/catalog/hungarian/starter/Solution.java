public class Solution {
  /** colInd[t] is the column assigned to row rowInd[t]; rowInd ascending. */
  public record Assignment(long[] rowInd, long[] colInd) {}

  /**
   * An assignment of min(n, m) rows to distinct columns with the least (or, when maximize, the
   * greatest) total cost; +inf marks a forbidden pair (-inf when maximizing).
   *
   * @throws IllegalArgumentException for a NaN entry, -inf when minimizing, +inf when maximizing,
   *     or when no complete assignment of finite cost exists
   */
  public static Assignment linearSumAssignment(double[][] cost, boolean maximize) {
    throw new UnsupportedOperationException("not implemented");
  }
}
