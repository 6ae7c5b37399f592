public class Solution {
  public static double[] checkedSqrt(double[] x) {
    throw new UnsupportedOperationException();
  }
}
