/** Wrong answer (Java): the average runs over x_1..x_T instead of x_0..x_{T-1}. */
public class Solution {
  public static Object[] projectedSgd(
      double[] x0, double[][] A, double[] b, double[][] noise, double lr, double radius) {
    int steps = noise.length;
    int d = x0.length;
    double[][] xs = new double[steps + 1][];
    xs[0] = x0.clone();
    double[] avg = new double[d];
    for (int t = 0; t < steps; t++) {
      double[] y = new double[d];
      double sq = 0;
      for (int i = 0; i < d; i++) {
        double g = -b[i] + noise[t][i];
        for (int j = 0; j < d; j++) {
          g += A[i][j] * xs[t][j];
        }
        y[i] = xs[t][i] - lr * g;
        sq += y[i] * y[i];
      }
      double scale = Math.min(1.0, radius / Math.sqrt(sq));
      for (int i = 0; i < d; i++) {
        y[i] *= scale;
        avg[i] += y[i] / steps;
      }
      xs[t + 1] = y;
    }
    return new Object[] {xs, avg};
  }

  public static double sgdBound(double D, double G, int T) {
    return D * G / Math.sqrt(T);
  }
}
