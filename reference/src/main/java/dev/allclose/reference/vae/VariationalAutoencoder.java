package dev.allclose.reference.vae;

import dev.allclose.numeric.Matrices;

/**
 * The evidence lower bound of a one-layer variational autoencoder with a Gaussian encoder
 * (log-variance head) and a Bernoulli decoder, and the gradients of the mean negative ELBO.
 *
 * <p>Source: D. P. Kingma and M. Welling, "Auto-Encoding Variational Bayes", ICLR 2014: the
 * reparameterisation of section 2.4, the estimator of eq. 10 with one sample per example, and the
 * closed-form Gaussian KL of appendix B.
 *
 * <p>For x (B, D) in [0, 1], weights W_mu, W_lv (D, Z), W_dec (Z, D), biases b_mu, b_lv (Z), b_dec
 * (D) and noise eps (B, Z):
 *
 * <pre>
 *   mu = x W_mu + b_mu,  lv = x W_lv + b_lv                 (lv = log sigma^2)
 *   z  = mu + exp(lv / 2) * eps                              (section 2.4, reparameterisation)
 *   l  = z W_dec + b_dec                                     (Bernoulli logits)
 *   log p(x|z) = sum_d x_d l_d - softplus(l_d)               (stable Bernoulli log-likelihood)
 *   KL_n = 1/2 sum_j (exp(lv_j) + mu_j^2 - 1 - lv_j)         (appendix B, with the sign of a KL)
 *   recon = mean_n log p(x_n|z_n),  kl = mean_n KL_n,  elbo = recon - kl   (eq. 10)
 * </pre>
 *
 * softplus(l) = max(l, 0) + log1p(exp(-|l|)) never overflows, so logits in the thousands give
 * finite values where log(sigmoid(l)) and log(1 - sigmoid(l)) would give -inf and NaN.
 *
 * <p>Gradients of -elbo: dl = (sigmoid(l) - x) / B; dW_dec = z^T dl, db_dec = sum_n dl; dz = dl
 * W_dec^T; dmu = dz + mu / B; dlv = dz * eps * exp(lv / 2) / 2 + (exp(lv) - 1) / (2B); dW_mu = x^T
 * dmu, db_mu = sum_n dmu, and likewise for the lv head.
 *
 * <p>Cost: about 6 B D Z flops forward and 8 B D Z backward. Stateless and thread-safe.
 */
public final class VariationalAutoencoder {
  private VariationalAutoencoder() {}

  /**
   * The six parameters, or six gradients of the same shapes. Holds the arrays it is given, not
   * copies: a caller may perturb an entry in place and evaluate again.
   */
  public static final class Parameters {
    private final double[][] wMu;
    private final double[] bMu;
    private final double[][] wLv;
    private final double[] bLv;
    private final double[][] wDec;
    private final double[] bDec;

    public Parameters(
        double[][] wMu,
        double[] bMu,
        double[][] wLv,
        double[] bLv,
        double[][] wDec,
        double[] bDec) {
      this.wMu = wMu;
      this.bMu = bMu;
      this.wLv = wLv;
      this.bLv = bLv;
      this.wDec = wDec;
      this.bDec = bDec;
    }

    public double[][] wMu() {
      return wMu;
    }

    public double[] bMu() {
      return bMu;
    }

    public double[][] wLv() {
      return wLv;
    }

    public double[] bLv() {
      return bLv;
    }

    public double[][] wDec() {
      return wDec;
    }

    public double[] bDec() {
      return bDec;
    }
  }

  /** The ELBO and its two terms, each a mean over the batch of per-example sums. */
  public record Elbo(double elbo, double recon, double kl) {}

  public static Elbo elbo(double[][] x, Parameters p, double[][] eps) {
    Forward f = Forward.of(x, p, eps);
    double recon = 0;
    double kl = 0;
    for (int n = 0; n < x.length; n++) {
      for (int d = 0; d < x[n].length; d++) {
        recon += x[n][d] * f.logits[n][d] - softplus(f.logits[n][d]);
      }
      for (int j = 0; j < f.mu[n].length; j++) {
        double lv = f.logVar[n][j];
        kl += 0.5 * (Math.exp(lv) + f.mu[n][j] * f.mu[n][j] - 1 - lv);
      }
    }
    return new Elbo((recon - kl) / x.length, recon / x.length, kl / x.length);
  }

  /** Gradients of -elbo with respect to each parameter, in the shapes of the parameters. */
  public static Parameters negativeElboGradients(double[][] x, Parameters p, double[][] eps) {
    Forward f = Forward.of(x, p, eps);
    int batch = x.length;
    double[][] dLogits = new double[batch][];
    for (int n = 0; n < batch; n++) {
      dLogits[n] = new double[x[n].length];
      for (int d = 0; d < x[n].length; d++) {
        dLogits[n][d] = (sigmoid(f.logits[n][d]) - x[n][d]) / batch;
      }
    }
    double[][] dz = Matrices.matmul(dLogits, Matrices.transpose(p.wDec()));
    double[][] dMu = new double[batch][];
    double[][] dLogVar = new double[batch][];
    for (int n = 0; n < batch; n++) {
      int latent = dz[n].length;
      dMu[n] = new double[latent];
      dLogVar[n] = new double[latent];
      for (int j = 0; j < latent; j++) {
        double lv = f.logVar[n][j];
        dMu[n][j] = dz[n][j] + f.mu[n][j] / batch;
        dLogVar[n][j] =
            0.5 * dz[n][j] * eps[n][j] * Math.exp(lv / 2) + 0.5 * (Math.exp(lv) - 1) / batch;
      }
    }
    double[][] xT = Matrices.transpose(x);
    return new Parameters(
        Matrices.matmul(xT, dMu),
        columnSums(dMu),
        Matrices.matmul(xT, dLogVar),
        columnSums(dLogVar),
        Matrices.matmul(Matrices.transpose(f.z), dLogits),
        columnSums(dLogits));
  }

  /** log(1 + e^l) without overflow. */
  static double softplus(double l) {
    return Math.max(l, 0) + Math.log1p(Math.exp(-Math.abs(l)));
  }

  /** 1 / (1 + e^-l), written so that no exponent is positive. */
  static double sigmoid(double l) {
    if (l >= 0) {
      return 1 / (1 + Math.exp(-l));
    }
    double e = Math.exp(l);
    return e / (1 + e);
  }

  private static double[] columnSums(double[][] a) {
    double[] out = new double[a[0].length];
    for (double[] row : a) {
      for (int j = 0; j < row.length; j++) {
        out[j] += row[j];
      }
    }
    return out;
  }

  /** The encoder outputs, the reparameterised sample and the decoder logits. */
  private static final class Forward {
    final double[][] mu;
    final double[][] logVar;
    final double[][] z;
    final double[][] logits;

    private Forward(double[][] mu, double[][] logVar, double[][] z, double[][] logits) {
      this.mu = mu;
      this.logVar = logVar;
      this.z = z;
      this.logits = logits;
    }

    static Forward of(double[][] x, Parameters p, double[][] eps) {
      double[][] mu = affine(x, p.wMu(), p.bMu());
      double[][] logVar = affine(x, p.wLv(), p.bLv());
      double[][] z = new double[x.length][];
      for (int n = 0; n < x.length; n++) {
        z[n] = new double[mu[n].length];
        for (int j = 0; j < mu[n].length; j++) {
          z[n][j] = mu[n][j] + Math.exp(logVar[n][j] / 2) * eps[n][j];
        }
      }
      return new Forward(mu, logVar, z, affine(z, p.wDec(), p.bDec()));
    }

    private static double[][] affine(double[][] a, double[][] w, double[] b) {
      double[][] out = Matrices.matmul(a, w);
      for (double[] row : out) {
        for (int j = 0; j < row.length; j++) {
          row[j] += b[j];
        }
      }
      return out;
    }
  }
}
