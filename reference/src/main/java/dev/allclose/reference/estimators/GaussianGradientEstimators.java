package dev.allclose.reference.estimators;

/**
 * Two Monte Carlo estimators of the gradient of E_{z ~ N(mu, diag(sigma^2))}[f(z)] with respect to
 * mu and sigma (the standard deviation), for f(z) = sum_j z_j^2, from the same standard normal
 * draws eps (S, d) and z_s = mu + sigma * eps_s.
 *
 * <p>Sources: D. P. Kingma and M. Welling, "Auto-Encoding Variational Bayes", ICLR 2014, section
 * 2.4 (the reparameterisation z = g(eps, phi) and the pathwise estimator); R. J. Williams, "Simple
 * Statistical Gradient-Following Algorithms for Connectionist Reinforcement Learning", Machine
 * Learning 8, 1992 (the score-function, or likelihood-ratio, estimator); S. Mohamed, M. Rosca, M.
 * Figurnov and A. Mnih, "Monte Carlo Gradient Estimation in Machine Learning", JMLR 21, 2020,
 * sections 4 and 5 (both estimators side by side).
 *
 * <pre>
 *   pathwise:  d f(mu + sigma eps)/d mu_j    = 2 z_j
 *              d f(mu + sigma eps)/d sigma_j = 2 z_j eps_j
 *   score:     f(z) d log N(z; mu, sigma^2)/d mu_j    = f(z) (z_j - mu_j) / sigma_j^2 = f(z) eps_j / sigma_j
 *              f(z) d log N(z; mu, sigma^2)/d sigma_j = f(z) ((z_j - mu_j)^2 / sigma_j^3 - 1 / sigma_j)
 *                                                     = f(z) (eps_j^2 - 1) / sigma_j
 * </pre>
 *
 * Each estimate is the mean of its per-sample terms over the S rows, no baseline. Both are
 * unbiased: E = (2 mu, 2 sigma), the gradient of E f = sum_j mu_j^2 + sigma_j^2. The score terms
 * are written with eps rather than z - mu, which would cancel catastrophically when sigma is much
 * smaller than |mu|. Cost: O(S d). Stateless and thread-safe.
 */
public final class GaussianGradientEstimators {
  private GaussianGradientEstimators() {}

  /** Estimates of the gradient with respect to mu and to sigma, each (d). */
  public static final class Gradient {
    private final double[] gMu;
    private final double[] gSigma;

    Gradient(double[] gMu, double[] gSigma) {
      this.gMu = gMu;
      this.gSigma = gSigma;
    }

    public double[] gMu() {
      return gMu;
    }

    public double[] gSigma() {
      return gSigma;
    }
  }

  /** The reparameterisation (pathwise) estimate from mu, sigma (d) and eps (S, d). */
  public static Gradient pathwise(double[] mu, double[] sigma, double[][] eps) {
    int d = check(mu, sigma, eps);
    double[] gMu = new double[d];
    double[] gSigma = new double[d];
    for (double[] e : eps) {
      for (int j = 0; j < d; j++) {
        double z = mu[j] + sigma[j] * e[j];
        gMu[j] += 2 * z;
        gSigma[j] += 2 * z * e[j];
      }
    }
    return new Gradient(divided(gMu, eps.length), divided(gSigma, eps.length));
  }

  /** The score-function (REINFORCE) estimate without a baseline, from the same draws. */
  public static Gradient scoreFunction(double[] mu, double[] sigma, double[][] eps) {
    int d = check(mu, sigma, eps);
    double[] gMu = new double[d];
    double[] gSigma = new double[d];
    for (double[] e : eps) {
      double f = 0;
      for (int j = 0; j < d; j++) {
        double z = mu[j] + sigma[j] * e[j];
        f += z * z;
      }
      for (int j = 0; j < d; j++) {
        gMu[j] += f * e[j] / sigma[j];
        gSigma[j] += f * (e[j] * e[j] - 1) / sigma[j];
      }
    }
    return new Gradient(divided(gMu, eps.length), divided(gSigma, eps.length));
  }

  private static int check(double[] mu, double[] sigma, double[][] eps) {
    if (sigma.length != mu.length || eps.length == 0) {
      throw new IllegalArgumentException("mu and sigma need the same length and eps a row");
    }
    for (double[] e : eps) {
      if (e.length != mu.length) {
        throw new IllegalArgumentException("every row of eps needs d = " + mu.length + " entries");
      }
    }
    return mu.length;
  }

  private static double[] divided(double[] sums, int count) {
    for (int j = 0; j < sums.length; j++) {
      sums[j] /= count;
    }
    return sums;
  }
}
