package dev.allclose.reference.gan;

import dev.allclose.numeric.Matrices;

/**
 * Alternating SGD training of a linear generator against a logistic-regression discriminator.
 *
 * <p>Source: I. Goodfellow, J. Pouget-Abadie, M. Mirza, B. Xu, D. Warde-Farley, S. Ozair, A.
 * Courville and Y. Bengio, "Generative Adversarial Nets", NeurIPS 2014: the value function (eq. 1),
 * Algorithm 1 with k = 1 discriminator step per iteration, and the non-saturating generator
 * objective of section 3 (maximise log D(G(z)) instead of minimising log(1 - D(G(z)))).
 *
 * <p>With G(z) = z W_g + b_g, a(x) = x . w_d + b_d and D(x) = sigmoid(a(x)), step s on the
 * minibatch (real[s], noise[s]) of N rows does, in this order:
 *
 * <pre>
 *   L_D = -mean_i log D(x_i) - mean_i log(1 - D(G(z_i)))      (eq. 1 negated; G held fixed)
 *   (w_d, b_d) -= lr_d * grad L_D                               (Algorithm 1, D step)
 *   L_G = -mean_i log D'(G(z_i))       with the updated D'      (section 3, non-saturating)
 *   (W_g, b_g) -= lr_g * grad L_G                               (Algorithm 1, G step)
 * </pre>
 *
 * Each loss is recorded before its own update. Logs go through {@link Logistic}: log D =
 * -softplus(-a) and log(1 - D) = -softplus(a), so logits in the thousands give finite losses. The
 * gradients are d softplus(-a)/da = -sigmoid(-a) and d softplus(a)/da = sigmoid(a), chained through
 * a = x . w_d + b_d and, for the generator, through x = z W_g + b_g.
 *
 * <p>Cost per step: O(N z_dim x_dim) flops for the generator and O(N x_dim) for the discriminator.
 * Inputs are not modified. Stateless and thread-safe.
 */
public final class GanTraining {
  private GanTraining() {}

  /**
   * The final parameters and the per-step losses, in the contract's return order. A class rather
   * than a record: records compare array components by identity, which would mislead.
   */
  public static final class Result {
    private final double[][] wg;
    private final double[] bg;
    private final double[] wd;
    private final double bd;
    private final double[] dLosses;
    private final double[] gLosses;

    Result(double[][] wg, double[] bg, double[] wd, double bd, double[] dLosses, double[] gLosses) {
      this.wg = wg;
      this.bg = bg;
      this.wd = wd;
      this.bd = bd;
      this.dLosses = dLosses;
      this.gLosses = gLosses;
    }

    /** W_g after S steps, (z_dim, x_dim). */
    public double[][] wg() {
      return wg;
    }

    /** b_g after S steps, (x_dim). */
    public double[] bg() {
      return bg;
    }

    /** w_d after S steps, (x_dim). */
    public double[] wd() {
      return wd;
    }

    /** b_d after S steps. */
    public double bd() {
      return bd;
    }

    /** L_D of each step, before that step's D update, (S). */
    public double[] dLosses() {
      return dLosses;
    }

    /** L_G of each step, after that step's D update and before its G update, (S). */
    public double[] gLosses() {
      return gLosses;
    }
  }

  /** The four parameters, copied so that training never writes into the caller's arrays. */
  private static final class Players {
    final double[][] wg;
    final double[] bg;
    final double[] wd;
    double bd;

    Players(double[][] wg, double[] bg, double[] wd, double bd) {
      this.wg = new double[wg.length][];
      for (int k = 0; k < wg.length; k++) {
        this.wg[k] = wg[k].clone();
      }
      this.bg = bg.clone();
      this.wd = wd.clone();
      this.bd = bd;
    }

    double[][] generate(double[][] z) {
      double[][] x = Matrices.matmul(z, wg);
      for (double[] row : x) {
        axpy(1.0, bg, row);
      }
      return x;
    }

    double logit(double[] x) {
      double a = bd;
      for (int j = 0; j < x.length; j++) {
        a += x[j] * wd[j];
      }
      return a;
    }
  }

  /**
   * Runs S = real.length steps; real is (S, N, x_dim), noise (S, N, z_dim), wg (z_dim, x_dim), bg
   * and wd (x_dim).
   */
  public static Result train(
      double[][] wg,
      double[] bg,
      double[] wd,
      double bd,
      double[][][] real,
      double[][][] noise,
      double lrD,
      double lrG) {
    Players p = new Players(wg, bg, wd, bd);
    int steps = real.length;
    double[] dLosses = new double[steps];
    double[] gLosses = new double[steps];
    for (int s = 0; s < steps; s++) {
      dLosses[s] = discriminatorStep(p, real[s], p.generate(noise[s]), lrD);
      gLosses[s] = generatorStep(p, noise[s], lrG);
    }
    return new Result(p.wg, p.bg, p.wd, p.bd, dLosses, gLosses);
  }

  /** One SGD step on (w_d, b_d) against fixed fakes; returns L_D before the step. */
  private static double discriminatorStep(Players p, double[][] real, double[][] fake, double lr) {
    int n = real.length;
    double loss = 0;
    double[] gradW = new double[p.wd.length];
    double gradB = 0;
    for (int i = 0; i < n; i++) {
      double aReal = p.logit(real[i]);
      double aFake = p.logit(fake[i]);
      loss -= Logistic.logSigmoid(aReal) + Logistic.logSigmoid(-aFake);
      double dReal = -Logistic.sigmoid(-aReal) / n;
      double dFake = Logistic.sigmoid(aFake) / n;
      axpy(dReal, real[i], gradW);
      axpy(dFake, fake[i], gradW);
      gradB += dReal + dFake;
    }
    axpy(-lr, gradW, p.wd);
    p.bd -= lr * gradB;
    return loss / n;
  }

  /** One SGD step on (W_g, b_g) against the current (updated) D; returns L_G before the step. */
  private static double generatorStep(Players p, double[][] z, double lr) {
    int n = z.length;
    double[][] fake = p.generate(z);
    double[][] gradX = new double[n][p.wd.length];
    double loss = 0;
    for (int i = 0; i < n; i++) {
      double a = p.logit(fake[i]);
      loss -= Logistic.logSigmoid(a);
      axpy(-Logistic.sigmoid(-a) / n, p.wd, gradX[i]);
    }
    double[][] gradW = Matrices.matmul(Matrices.transpose(z), gradX);
    for (int k = 0; k < p.wg.length; k++) {
      axpy(-lr, gradW[k], p.wg[k]);
    }
    for (double[] row : gradX) {
      axpy(-lr, row, p.bg);
    }
    return loss / n;
  }

  /** y += alpha * x. */
  private static void axpy(double alpha, double[] x, double[] y) {
    for (int j = 0; j < y.length; j++) {
      y[j] += alpha * x[j];
    }
  }
}
