package dev.allclose.reference.optim;

/**
 * One step of Adam, with weight decay either added to the gradient (L2, {@code torch.optim.Adam})
 * or applied to the parameter directly (decoupled, {@code torch.optim.AdamW}).
 *
 * <p>Sources: D. P. Kingma and J. Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015,
 * Algorithm 1 and section 3 (initialisation bias correction); I. Loshchilov and F. Hutter,
 * "Decoupled Weight Decay Regularization", ICLR 2019, Algorithm 2 (AdamW). The decoupled decay
 * follows PyTorch, which multiplies it by the learning rate.
 *
 * <p>The state passed in is the one after t - 1 steps (m = v = 0 before the first); t is the index
 * of the step being taken, 1-based. Elementwise over a flat parameter vector:
 *
 * <pre>
 *   g     = grad + wd * param                  (L2 only: the decay is part of the gradient)
 *   param = param * (1 - lr * wd)              (decoupled only, before the Adam update)
 *   m     = beta1 m + (1 - beta1) g            (Algorithm 1, first moment)
 *   v     = beta2 v + (1 - beta2) g^2          (Algorithm 1, second raw moment)
 *   m_hat = m / (1 - beta1^t),  v_hat = v / (1 - beta2^t)     (bias correction, section 3)
 *   param = param - lr m_hat / (sqrt(v_hat) + eps)            (eps outside the square root)
 * </pre>
 *
 * The last line is evaluated as PyTorch does, {@code lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 -
 * beta2^t) + eps)}, the same number up to rounding. Cost: about 12 flops per element. Stateless and
 * thread-safe; the inputs are not modified.
 */
public final class Adam {
  private Adam() {}

  /** The hyper-parameters of a step; {@link #defaults()} are PyTorch's. */
  public record Hyper(
      double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled) {
    public static Hyper defaults() {
      return new Hyper(1e-3, 0.9, 0.999, 1e-8, 0.0, false);
    }

    public Hyper withLr(double newLr) {
      return new Hyper(newLr, beta1, beta2, eps, weightDecay, decoupled);
    }

    public Hyper withBetas(double b1, double b2) {
      return new Hyper(lr, b1, b2, eps, weightDecay, decoupled);
    }

    public Hyper withEps(double newEps) {
      return new Hyper(lr, beta1, beta2, newEps, weightDecay, decoupled);
    }

    public Hyper withWeightDecay(double wd, boolean isDecoupled) {
      return new Hyper(lr, beta1, beta2, eps, wd, isDecoupled);
    }
  }

  /**
   * The parameter and the two moment estimates after a step. A class rather than a record because
   * its components are arrays.
   */
  public static final class State {
    private final double[] param;
    private final double[] m;
    private final double[] v;

    public State(double[] param, double[] m, double[] v) {
      this.param = param;
      this.m = m;
      this.v = v;
    }

    public double[] param() {
      return param;
    }

    public double[] m() {
      return m;
    }

    public double[] v() {
      return v;
    }
  }

  /**
   * Step t (1-based) from the state after t - 1 steps.
   *
   * @throws IllegalArgumentException if t < 1 or the arrays differ in length
   */
  public static State step(double[] param, double[] grad, double[] m, double[] v, int t, Hyper h) {
    if (t < 1) {
      throw new IllegalArgumentException("t is the 1-based index of the step, got " + t);
    }
    int n = param.length;
    if (grad.length != n || m.length != n || v.length != n) {
      throw new IllegalArgumentException("param, grad, m and v must have the same length");
    }
    double correction1 = 1 - Math.pow(h.beta1(), t);
    double sqrtCorrection2 = Math.sqrt(1 - Math.pow(h.beta2(), t));
    double stepSize = h.lr() / correction1;
    double[] p = new double[n];
    double[] m1 = new double[n];
    double[] v1 = new double[n];
    for (int i = 0; i < n; i++) {
      double g = h.decoupled() ? grad[i] : grad[i] + h.weightDecay() * param[i];
      double decayed = h.decoupled() ? param[i] * (1 - h.lr() * h.weightDecay()) : param[i];
      m1[i] = h.beta1() * m[i] + (1 - h.beta1()) * g;
      v1[i] = h.beta2() * v[i] + (1 - h.beta2()) * g * g;
      double denom = Math.sqrt(v1[i]) / sqrtCorrection2 + h.eps();
      p[i] = decayed - stepSize * m1[i] / denom;
    }
    return new State(p, m1, v1);
  }
}
