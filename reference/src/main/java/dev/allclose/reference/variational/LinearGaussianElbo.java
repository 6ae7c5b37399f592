package dev.allclose.reference.variational;

import dev.allclose.reference.gaussian.Cholesky;

/**
 * The evidence lower bound of a Gaussian q(z) = N(m, S) in the linear-Gaussian latent model, with
 * the two exact quantities it bounds and misses by: the log evidence and the KL divergence from q
 * to the exact posterior.
 *
 * <p>Model (probabilistic PCA; M. E. Tipping and C. M. Bishop, "Probabilistic Principal Component
 * Analysis", JRSS B 61(3), 611-622, 1999, which gives its marginal and posterior): z ~ N(0, I_k), x
 * | z ~ N(W z + b, s2 I_d), with x (d), W (d, k), b (d), s2 > 0, m (k), S (k, k) symmetric positive
 * definite. The bound and its decomposition: D. M. Blei, A. Kucukelbir and J. D. McAuliffe,
 * "Variational Inference: A Review for Statisticians", JASA 112(518), 2017, section 2.2.
 *
 * <pre>
 *   E_q log p(x|z) = -d/2 log(2 pi s2) - (|x - W m - b|^2 + tr(W S W^T)) / (2 s2)
 *   KL(q || p(z))  = 1/2 (tr S + m^T m - k - log det S)
 *   elbo           = E_q log p(x|z) - KL(q || p(z))
 *   log p(x)       = log N(x; b, C),  C = W W^T + s2 I_d
 *   posterior      = N(mu, Lambda^{-1}),  Lambda = I_k + W^T W / s2,
 *                    mu = Lambda^{-1} W^T (x - b) / s2
 *   KL(q || post)  = 1/2 (tr(Lambda S) + (mu - m)^T Lambda (mu - m) - k - log det Lambda
 *                         - log det S)
 * </pre>
 *
 * and elbo = log p(x) - KL(q || post) holds exactly. Every log-determinant and quadratic form goes
 * through a Cholesky factor, so tiny s2 (det C of order s2^(d-k)) never underflows. Cost: O(d^3 +
 * k^3 + d k^2). Stateless and thread-safe.
 */
public final class LinearGaussianElbo {
  private LinearGaussianElbo() {}

  /** The three returned numbers, in the contract's order. */
  public record Terms(double elbo, double logEvidence, double klToPosterior) {}

  /** One observation x (d); see the class comment for the shapes. */
  public static Terms terms(
      double[] x, double[][] w, double[] b, double s2, double[] m, double[][] s) {
    double elbo = expectedLogLikelihood(x, w, b, s2, m, s) - klToPrior(m, s);
    return new Terms(elbo, logEvidence(x, w, b, s2), klToPosterior(x, w, b, s2, m, s));
  }

  /** E_q[log p(x | z)], the Gaussian log-likelihood averaged over q = N(m, S). */
  public static double expectedLogLikelihood(
      double[] x, double[][] w, double[] b, double s2, double[] m, double[][] s) {
    int d = x.length;
    double[] mean = affine(w, m, b);
    double squared = 0;
    for (int i = 0; i < d; i++) {
      double r = x[i] - mean[i];
      squared += r * r;
    }
    return -0.5 * d * Math.log(2 * Math.PI * s2) - (squared + traceWsWt(w, s)) / (2 * s2);
  }

  /** KL(N(m, S) || N(0, I)). */
  public static double klToPrior(double[] m, double[][] s) {
    double sum = -m.length - Cholesky.of(s).logDet();
    for (int i = 0; i < m.length; i++) {
      sum += s[i][i] + m[i] * m[i];
    }
    return 0.5 * sum;
  }

  /** log N(x; b, W W^T + s2 I). */
  public static double logEvidence(double[] x, double[][] w, double[] b, double s2) {
    int d = x.length;
    double[][] c = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = i == j ? s2 : 0;
        for (int a = 0; a < w[i].length; a++) {
          sum += w[i][a] * w[j][a];
        }
        c[i][j] = sum;
        c[j][i] = sum;
      }
    }
    Cholesky chol = Cholesky.of(c);
    double[] r = new double[d];
    for (int i = 0; i < d; i++) {
      r[i] = x[i] - b[i];
    }
    return -0.5 * (d * Math.log(2 * Math.PI) + chol.logDet() + chol.quadraticForm(r));
  }

  /** KL(N(m, S) || p(z | x)), the posterior in its precision form. */
  public static double klToPosterior(
      double[] x, double[][] w, double[] b, double s2, double[] m, double[][] s) {
    int k = m.length;
    double[][] precision = posteriorPrecision(w, s2);
    Cholesky lambda = Cholesky.of(precision);
    double[] mu = lambda.solve(scaledProjection(x, w, b, s2));
    double trace = 0;
    double quad = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        trace += precision[i][j] * s[j][i];
        quad += (mu[i] - m[i]) * precision[i][j] * (mu[j] - m[j]);
      }
    }
    return 0.5 * (trace + quad - k - lambda.logDet() - Cholesky.of(s).logDet());
  }

  /** Lambda = I_k + W^T W / s2. */
  public static double[][] posteriorPrecision(double[][] w, double s2) {
    int k = w.length == 0 ? 0 : w[0].length;
    double[][] p = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double sum = 0;
        for (double[] row : w) {
          sum += row[i] * row[j];
        }
        p[i][j] = (i == j ? 1 : 0) + sum / s2;
      }
    }
    return p;
  }

  /** The posterior covariance Lambda^{-1} = (I_k + W^T W / s2)^{-1}. */
  public static double[][] posteriorCovariance(double[][] w, double s2) {
    return Cholesky.of(posteriorPrecision(w, s2)).inverse();
  }

  /** The posterior mean mu = Lambda^{-1} W^T (x - b) / s2. */
  public static double[] posteriorMean(double[] x, double[][] w, double[] b, double s2) {
    return Cholesky.of(posteriorPrecision(w, s2)).solve(scaledProjection(x, w, b, s2));
  }

  /** W^T (x - b) / s2. */
  private static double[] scaledProjection(double[] x, double[][] w, double[] b, double s2) {
    int k = w.length == 0 ? 0 : w[0].length;
    double[] v = new double[k];
    for (int i = 0; i < x.length; i++) {
      for (int a = 0; a < k; a++) {
        v[a] += w[i][a] * (x[i] - b[i]) / s2;
      }
    }
    return v;
  }

  /** W m + b. */
  private static double[] affine(double[][] w, double[] m, double[] b) {
    double[] y = b.clone();
    for (int i = 0; i < y.length; i++) {
      for (int a = 0; a < m.length; a++) {
        y[i] += w[i][a] * m[a];
      }
    }
    return y;
  }

  /** tr(W S W^T) = sum_{a,c} (W^T W)_{ac} S_{ca}. */
  private static double traceWsWt(double[][] w, double[][] s) {
    double t = 0;
    for (double[] row : w) {
      for (int a = 0; a < row.length; a++) {
        for (int c = 0; c < row.length; c++) {
          t += row[a] * s[a][c] * row[c];
        }
      }
    }
    return t;
  }
}
