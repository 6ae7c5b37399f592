package dev.allclose.reference.biasvariance;

/**
 * The bias-variance decomposition of the expected squared error of a learning algorithm, estimated
 * from the predictions of M models (each trained on its own training set) at N test points.
 *
 * <p>With preds[m][n] the prediction of model m at point x_n, f_n = f(x_n) the true function, and
 * targets y_n = f_n + eps, E eps = 0, Var eps = noise_var, eps independent of the training sets:
 *
 * <pre>
 *   pbar_n       = (1/M) sum_m preds[m][n]                       (the mean prediction)
 *   bias_sq      = (1/N) sum_n (pbar_n - f_n)^2
 *   variance     = (1/N) sum_n (1/M) sum_m (preds[m][n] - pbar_n)^2   (population variance, ddof 0)
 *   noise        = noise_var
 *   expected_mse = (1/N) sum_n (1/M) sum_m (preds[m][n] - f_n)^2 + noise_var
 *                = bias_sq + variance + noise                     (exactly, for every M and N)
 * </pre>
 *
 * The decomposition holds at every point; each term is then averaged over the N points. Sources: S.
 * Geman, E. Bienenstock and R. Doursat, "Neural Networks and the Bias/Variance Dilemma", Neural
 * Computation 4(1), 1992; T. Hastie, R. Tibshirani and J. Friedman, "The Elements of Statistical
 * Learning", 2nd ed., Springer 2009, section 7.3. The variance is taken about the mean prediction
 * in two passes, never as mean(p^2) - mean(p)^2, which cancels catastrophically when the
 * predictions are large and close together.
 *
 * <p>Cost: 3 M N additions and multiplications. Stateless and thread-safe.
 */
public final class BiasVariance {
  private BiasVariance() {}

  /** The four averaged terms; expectedMse is computed directly, not as the sum of the others. */
  public record Decomposition(double biasSq, double variance, double noise, double expectedMse) {}

  /**
   * @param preds (M, N), M >= 1 models at N >= 1 points
   * @param fTrue (N), the noise-free function at the points
   * @param noiseVar the variance of the target noise, >= 0
   */
  public static Decomposition of(double[][] preds, double[] fTrue, double noiseVar) {
    int m = preds.length;
    int n = fTrue.length;
    if (m == 0 || n == 0) {
      throw new IllegalArgumentException("need at least one model and one point");
    }
    double bias = 0;
    double variance = 0;
    double error = 0;
    for (int j = 0; j < n; j++) {
      double mean = 0;
      for (double[] row : preds) {
        mean += row[j];
      }
      mean /= m;
      double spread = 0;
      double squared = 0;
      for (double[] row : preds) {
        spread += (row[j] - mean) * (row[j] - mean);
        squared += (row[j] - fTrue[j]) * (row[j] - fTrue[j]);
      }
      bias += (mean - fTrue[j]) * (mean - fTrue[j]);
      variance += spread / m;
      error += squared / m;
    }
    return new Decomposition(bias / n, variance / n, noiseVar, error / n + noiseVar);
  }
}
