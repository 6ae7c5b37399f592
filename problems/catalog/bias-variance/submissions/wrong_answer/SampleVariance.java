/** Wrong answer (Java): divides the spread around the mean by M - 1, and builds expected_mse from
 * the terms, so the identity holds but variance and expected_mse are too large by M / (M - 1). */
public class Solution {
  public record Result(double biasSq, double variance, double noise, double expectedMse) {}

  public static Result biasVariance(double[][] preds, double[] fTrue, double noiseVar) {
    int m = preds.length;
    int n = fTrue.length;
    double bias = 0;
    double variance = 0;
    for (int j = 0; j < n; j++) {
      double mean = 0;
      for (double[] row : preds) {
        mean += row[j];
      }
      mean /= m;
      double spread = 0;
      for (double[] row : preds) {
        spread += (row[j] - mean) * (row[j] - mean);
      }
      variance += spread / (m - 1);
      bias += (mean - fTrue[j]) * (mean - fTrue[j]);
    }
    double b = bias / n;
    double v = variance / n;
    return new Result(b, v, noiseVar, b + v + noiseVar);
  }
}
