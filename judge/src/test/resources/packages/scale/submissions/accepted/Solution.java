public class Solution {
  public static double[] scale(double[] x, double alpha) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = alpha * x[i];
    }
    return y;
  }
}
