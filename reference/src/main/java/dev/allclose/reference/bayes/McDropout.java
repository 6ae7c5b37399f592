package dev.allclose.reference.bayes;

/**
 * Monte Carlo dropout prediction for a one-hidden-layer regression network: the predictive mean and
 * variance over S given dropout masks on the hidden units.
 *
 * <p>Source: Y. Gal and Z. Ghahramani, "Dropout as a Bayesian Approximation: Representing Model
 * Uncertainty in Deep Learning", ICML 2016, section 3 (dropout kept on at test time; the predictive
 * mean is the average of T stochastic forward passes and the predictive variance their second
 * moment minus the squared mean, here without the paper's observation-noise term tau^-1, which is a
 * constant added to every entry). Inverted dropout as in N. Srivastava et al., "Dropout: A Simple
 * Way to Prevent Neural Networks from Overfitting", JMLR 15, 2014 (kept units scaled by 1 / (1 - p)
 * during the pass rather than the weights at test time).
 *
 * <p>For x (N, D), W1 (D, H), b1 (H), W2 (H, O), b2 (O), masks (S, N, H) of 0/1 (1 keeps the unit)
 * and drop probability p in [0, 1):
 *
 * <pre>
 *   h      = relu(x W1 + b1)                                 (N, H), the same for every pass
 *   y_s    = ((h * masks[s]) / (1 - p)) W2 + b2              (N, O), pass s
 *   mean   = (1/S) sum_s y_s                                  (N, O)
 *   var    = (1/S) sum_s (y_s - mean)^2                       (N, O), population variance
 * </pre>
 *
 * The variance is accumulated from deviations about the mean (two passes), not as E[y^2] - E[y]^2,
 * which cancels catastrophically when |mean| is large against the spread. Cost: 2 N D H for the
 * hidden layer once, then 2 S N H O. Stateless and thread-safe.
 */
public final class McDropout {
  private McDropout() {}

  /** The predictive mean and variance, each (N, O). A class because its components are arrays. */
  public static final class Prediction {
    private final double[][] mean;
    private final double[][] var;

    Prediction(double[][] mean, double[][] var) {
      this.mean = mean;
      this.var = var;
    }

    public double[][] mean() {
      return mean;
    }

    public double[][] var() {
      return var;
    }
  }

  /**
   * The network's weights: W1 (D, H), b1 (H), W2 (H, O), b2 (O). Held, not copied; a class rather
   * than a record because its components are arrays.
   */
  public static final class Network {
    private final double[][] w1;
    private final double[] b1;
    private final double[][] w2;
    private final double[] b2;

    public Network(double[][] w1, double[] b1, double[][] w2, double[] b2) {
      this.w1 = w1;
      this.b1 = b1;
      this.w2 = w2;
      this.b2 = b2;
    }

    public double[][] w1() {
      return w1;
    }

    public double[] b1() {
      return b1;
    }

    public double[][] w2() {
      return w2;
    }

    public double[] b2() {
      return b2;
    }

    /** relu(x W1 + b1), (N, H). */
    public double[][] hidden(double[][] x) {
      double[][] h = new double[x.length][b1.length];
      for (int n = 0; n < x.length; n++) {
        for (int k = 0; k < b1.length; k++) {
          double a = b1[k];
          for (int i = 0; i < x[n].length; i++) {
            a += x[n][i] * w1[i][k];
          }
          h[n][k] = Math.max(a, 0.0);
        }
      }
      return h;
    }

    /** h W2 + b2 for one row of hidden activations, already masked and scaled. */
    double[] output(double[] h) {
      double[] y = b2.clone();
      for (int k = 0; k < h.length; k++) {
        if (h[k] != 0) {
          for (int o = 0; o < y.length; o++) {
            y[o] += h[k] * w2[k][o];
          }
        }
      }
      return y;
    }
  }

  /**
   * The mean and population variance over the S masked passes.
   *
   * @throws IllegalArgumentException if p is outside [0, 1) or there are no masks
   */
  public static Prediction predict(double[][] x, Network net, double[][][] masks, double p) {
    if (!(p >= 0 && p < 1) || masks.length == 0) {
      throw new IllegalArgumentException("need p in [0, 1) and at least one mask, got p = " + p);
    }
    double[][] h = net.hidden(x);
    int s = masks.length;
    int n = x.length;
    double[][][] y = new double[s][n][];
    for (int i = 0; i < s; i++) {
      for (int r = 0; r < n; r++) {
        double[] kept = new double[h[r].length];
        for (int k = 0; k < kept.length; k++) {
          kept[k] = h[r][k] * masks[i][r][k] / (1 - p);
        }
        y[i][r] = net.output(kept);
      }
    }
    int outs = net.b2().length;
    double[][] mean = new double[n][outs];
    double[][] var = new double[n][outs];
    for (int r = 0; r < n; r++) {
      for (int o = 0; o < outs; o++) {
        double sum = 0;
        for (int i = 0; i < s; i++) {
          sum += y[i][r][o];
        }
        double m = sum / s;
        double squares = 0;
        for (int i = 0; i < s; i++) {
          double dev = y[i][r][o] - m;
          squares += dev * dev;
        }
        mean[r][o] = m;
        var[r][o] = squares / s;
      }
    }
    return new Prediction(mean, var);
  }
}
