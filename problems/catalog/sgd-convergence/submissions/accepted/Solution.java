/** Accepted: plain loops; returns a record of the iterates and their average. */
public class Solution {
  public record Run(double[][] iterates, double[] xAvg) {}

  public static Run projectedSgd(
      double[] x0, double[][] A, double[] b, double[][] noise, double lr, double radius) {
    int steps = noise.length;
    int d = x0.length;
    double[][] xs = new double[steps + 1][];
    xs[0] = x0.clone();
    double[] avg = new double[d];
    for (int t = 0; t < steps; t++) {
      double[] x = xs[t];
      double[] y = new double[d];
      double sq = 0;
      for (int i = 0; i < d; i++) {
        double g = -b[i] + noise[t][i];
        for (int j = 0; j < d; j++) {
          g += A[i][j] * x[j];
        }
        y[i] = x[i] - lr * g;
        sq += y[i] * y[i];
        avg[i] += x[i] / steps;
      }
      double norm = Math.sqrt(sq);
      if (norm > radius) {
        for (int i = 0; i < d; i++) {
          y[i] *= radius / norm;
        }
      }
      xs[t + 1] = y;
    }
    return new Run(xs, avg);
  }

  public static double sgdBound(double D, double G, int T) {
    return D * G / Math.sqrt(T);
  }
}
