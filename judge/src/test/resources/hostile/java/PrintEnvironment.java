// expect: accepted
// Prints the environment and the system properties.
public class Solution {
  public static double[] scale(double[] x, double alpha) {
    System.out.println(System.getenv());
    System.out.println(System.getProperties());
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
    return y;
  }
}
