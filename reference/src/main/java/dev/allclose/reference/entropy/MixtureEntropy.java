package dev.allclose.reference.entropy;

import dev.allclose.reference.gaussian.Cholesky;

/**
 * The differential entropy of a Gaussian mixture p(x) = sum_i w_i N(x; mu_i, Sigma_i): a Monte
 * Carlo estimate from given samples, and two closed-form bounds.
 *
 * <p>Shapes: w (K) positive and summing to 1, means (K, D), covs (K, D, D) symmetric positive
 * definite, samples (S, D). All logarithms are natural (nats).
 *
 * <pre>
 *   mc    = -(1/S) sum_s log p(x_s),   log p(x) = logsumexp_i (log w_i + log N(x; mu_i, Sigma_i))
 *   upper = sum_i w_i H(N_i) + H(w),   H(N_i) = 1/2 log det(2 pi e Sigma_i),  H(w) = -sum_i w_i log w_i
 *   lower = -sum_i w_i log sum_j w_j N(mu_i; mu_j, Sigma_i + Sigma_j)
 * </pre>
 *
 * The upper bound: with Z the component label, h(X) = h(X | Z) + I(X; Z) and I(X; Z) = H(Z) - H(Z |
 * X) <= H(Z), so h(X) <= h(X | Z) + H(Z) (T. M. Cover and J. A. Thomas, "Elements of Information
 * Theory", 2nd ed., Wiley 2006, chapters 2 and 8); it is tight when the components do not overlap.
 * The lower bound applies Jensen's inequality to each component's cross-entropy with the mixture,
 * using int N_i N_j = N(mu_i; mu_j, Sigma_i + Sigma_j) (M. F. Huber, T. Bailey, H. Durrant-Whyte
 * and U. D. Hanebeck, "On entropy approximation for Gaussian mixture random vectors", IEEE MFI
 * 2008). For one component it equals H(N) - (D/2) log(e/2).
 *
 * <p>Every log-sum-exp subtracts its maximum, and every log-density and log-determinant comes from
 * a Cholesky factor, so samples far from every component (log densities in the thousands below
 * zero) and very concentrated components (log densities above exp's overflow at 709) stay finite.
 * Cost: K D^3 / 3 for the factors, then 2 S K D^2 for the estimate and 2 K^2 (D^3 / 3 + D^2) for
 * the lower bound. Stateless and thread-safe.
 */
public final class MixtureEntropy {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private MixtureEntropy() {}

  /** The two bounds, lower <= H <= upper. */
  public record Bounds(double lower, double upper) {}

  /** -mean over the rows of samples of log p(x). */
  public static double monteCarlo(
      double[] w, double[][] means, double[][][] covs, double[][] samples) {
    Cholesky[] factors = factors(covs);
    double sum = 0;
    for (double[] x : samples) {
      sum += logDensity(w, means, factors, x);
    }
    return -sum / samples.length;
  }

  /** The pairwise-overlap lower bound and the label-entropy upper bound. */
  public static Bounds bounds(double[] w, double[][] means, double[][][] covs) {
    int k = w.length;
    double upper = 0;
    for (int i = 0; i < k; i++) {
      double entropy = 0.5 * (means[i].length * (LOG_2PI + 1) + Cholesky.of(covs[i]).logDet());
      upper += w[i] * (entropy - Math.log(w[i]));
    }
    double lower = 0;
    for (int i = 0; i < k; i++) {
      double[] terms = new double[k];
      for (int j = 0; j < k; j++) {
        terms[j] =
            Math.log(w[j]) + logNormal(means[i], means[j], Cholesky.of(sum(covs[i], covs[j])));
      }
      lower -= w[i] * logSumExp(terms);
    }
    return new Bounds(lower, upper);
  }

  /** log p(x) for the mixture, the component covariances already factored. */
  static double logDensity(double[] w, double[][] means, Cholesky[] factors, double[] x) {
    double[] terms = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      terms[i] = Math.log(w[i]) + logNormal(x, means[i], factors[i]);
    }
    return logSumExp(terms);
  }

  /** log N(x; mu, Sigma) with Sigma = L L^T given by its factor. */
  static double logNormal(double[] x, double[] mu, Cholesky sigma) {
    double[] r = new double[x.length];
    for (int d = 0; d < x.length; d++) {
      r[d] = x[d] - mu[d];
    }
    return -0.5 * (x.length * LOG_2PI + sigma.logDet() + sigma.quadraticForm(r));
  }

  /** log sum_i exp(a_i), the maximum subtracted first. */
  static double logSumExp(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (double v : a) {
      s += Math.exp(v - max);
    }
    return max + Math.log(s);
  }

  static Cholesky[] factors(double[][][] covs) {
    Cholesky[] f = new Cholesky[covs.length];
    for (int i = 0; i < covs.length; i++) {
      f[i] = Cholesky.of(covs[i]);
    }
    return f;
  }

  private static double[][] sum(double[][] a, double[][] b) {
    double[][] c = new double[a.length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        c[i][j] = a[i][j] + b[i][j];
      }
    }
    return c;
  }
}
