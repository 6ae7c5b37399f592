/** Accepted (Java): loops over passes, inputs and outputs; two-pass variance. */
public class Solution {
  public record Prediction(double[][] mean, double[][] var) {}

  public static Prediction mcDropoutPredict(
      double[][] x,
      double[][] W1,
      double[] b1,
      double[][] W2,
      double[] b2,
      double[][][] masks,
      double p) {
    int n = x.length;
    int hid = b1.length;
    int out = b2.length;
    int s = masks.length;
    double[][] h = new double[n][hid];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < hid; k++) {
        double a = b1[k];
        for (int i = 0; i < x[r].length; i++) {
          a += x[r][i] * W1[i][k];
        }
        h[r][k] = Math.max(a, 0);
      }
    }
    double[][][] y = new double[s][n][out];
    for (int i = 0; i < s; i++) {
      for (int r = 0; r < n; r++) {
        for (int o = 0; o < out; o++) {
          double v = b2[o];
          for (int k = 0; k < hid; k++) {
            v += masks[i][r][k] * h[r][k] / (1 - p) * W2[k][o];
          }
          y[i][r][o] = v;
        }
      }
    }
    double[][] mean = new double[n][out];
    double[][] var = new double[n][out];
    for (int r = 0; r < n; r++) {
      for (int o = 0; o < out; o++) {
        double sum = 0;
        for (int i = 0; i < s; i++) {
          sum += y[i][r][o];
        }
        mean[r][o] = sum / s;
        double sq = 0;
        for (int i = 0; i < s; i++) {
          sq += (y[i][r][o] - mean[r][o]) * (y[i][r][o] - mean[r][o]);
        }
        var[r][o] = sq / s;
      }
    }
    return new Prediction(mean, var);
  }
}
