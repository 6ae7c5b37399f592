public class Solution {
  /**
   * grid: H x W entry costs, 0 = wall; start, goal: {row, col}. Returns a cheapest 4-connected
   * path as {row, col} pairs, start and goal included, or an empty array when there is none.
   */
  public static int[][] aStar(long[][] grid, int[] start, int[] goal) {
    throw new UnsupportedOperationException("not implemented");
  }
}
