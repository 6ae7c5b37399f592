// expect: time_limit
// Takes 2.5 s per case; the limit is 1 s, and the judge keeps the time itself.
public class Solution {
  public static double[] scale(double[] x, double alpha) throws Exception {
    Thread.sleep(2500);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
    return y;
  }
}
