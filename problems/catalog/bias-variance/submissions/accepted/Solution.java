/** Accepted: two passes per point; expected_mse from the squared errors against f plus the noise. */
public class Solution {
  public record Result(double biasSq, double variance, double noise, double expectedMse) {}

  public static Result biasVariance(double[][] preds, double[] fTrue, double noiseVar) {
    int m = preds.length;
    int n = fTrue.length;
    double bias = 0;
    double variance = 0;
    double error = 0;
    for (int j = 0; j < n; j++) {
      double mean = 0;
      for (double[] row : preds) {
        mean += row[j];
      }
      mean /= m;
      for (double[] row : preds) {
        variance += (row[j] - mean) * (row[j] - mean) / m;
        error += (row[j] - fTrue[j]) * (row[j] - fTrue[j]) / m;
      }
      bias += (mean - fTrue[j]) * (mean - fTrue[j]);
    }
    return new Result(bias / n, variance / n, noiseVar, error / n + noiseVar);
  }
}
