/** Wrong answer (Java): dropout without the 1 / (1 - p) rescaling of the kept units. */
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
    int out = b2.length;
    int s = masks.length;
    double[][] mean = new double[n][out];
    double[][] sq = new double[n][out];
    double[][][] y = new double[s][n][out];
    for (int r = 0; r < n; r++) {
      double[] h = new double[b1.length];
      for (int k = 0; k < h.length; k++) {
        double a = b1[k];
        for (int i = 0; i < x[r].length; i++) {
          a += x[r][i] * W1[i][k];
        }
        h[k] = Math.max(a, 0);
      }
      for (int i = 0; i < s; i++) {
        for (int o = 0; o < out; o++) {
          double v = b2[o];
          for (int k = 0; k < h.length; k++) {
            v += masks[i][r][k] * h[k] * W2[k][o];
          }
          y[i][r][o] = v;
          mean[r][o] += v / s;
        }
      }
      for (int i = 0; i < s; i++) {
        for (int o = 0; o < out; o++) {
          sq[r][o] += (y[i][r][o] - mean[r][o]) * (y[i][r][o] - mean[r][o]) / s;
        }
      }
    }
    return new Prediction(mean, sq);
  }
}
