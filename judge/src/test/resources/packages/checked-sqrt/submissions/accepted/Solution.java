public class Solution {
  public static double[] checkedSqrt(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (x[i] < 0) {
        throw new IllegalArgumentException("negative input at " + i);
      }
      y[i] = Math.sqrt(x[i]);
    }
    return y;
  }
}
