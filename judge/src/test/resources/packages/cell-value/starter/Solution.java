public class Solution {
  public static long cellValue(long[][] grid, int[] cell) {
    throw new UnsupportedOperationException();
  }
}
