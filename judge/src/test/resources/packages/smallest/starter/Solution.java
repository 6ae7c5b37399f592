public class Solution {
  public static double smallest(double[] x) {
    throw new UnsupportedOperationException();
  }
}
