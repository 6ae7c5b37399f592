// expect: accepted
// Starts a long-lived process and returns; it must die with the run.
public class Solution {
  public static double[] scale(double[] x, double alpha) throws Exception {
    if (x.length > 100) {
      new ProcessBuilder("/usr/bin/setsid", "/usr/bin/sleep", "60").start();
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
    return y;
  }
}
