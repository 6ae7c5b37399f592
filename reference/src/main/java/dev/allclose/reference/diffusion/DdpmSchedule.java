package dev.allclose.reference.diffusion;

/**
 * The noise schedule and the closed-form forward process of a denoising diffusion model.
 *
 * <p>Sources: J. Ho, A. Jain and P. Abbeel, "Denoising Diffusion Probabilistic Models", NeurIPS
 * 2020, eqs. 4, 6 and 7 and section 4 (the linear schedule); A. Q. Nichol and P. Dhariwal,
 * "Improved Denoising Diffusion Probabilistic Models", ICML 2021, eq. 17 (the cosine schedule).
 * Steps are 0-based: step t in [0, T) is the paper's step t + 1.
 *
 * <pre>
 *   linear:  beta_t = beta_start + t (beta_end - beta_start) / (T - 1)     (T evenly spaced values)
 *   cosine:  f(s) = cos^2(((s / T) + 0.008) / 1.008 * pi / 2),
 *            beta_t = min(1 - f(t + 1) / f(t), 0.999)                       (Nichol-Dhariwal eq. 17)
 *   alpha_t = 1 - beta_t,   abar_t = prod_{s <= t} alpha_s                  (alphas_cumprod)
 *   q_sample:    x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps              (Ho et al. eq. 4)
 *   q_posterior: mean = beta_t sqrt(abar_{t-1}) / (1 - abar_t) x_0
 *                      + (1 - abar_{t-1}) sqrt(alpha_t) / (1 - abar_t) x_t   (eq. 7)
 *                var  = (1 - abar_{t-1}) / (1 - abar_t) beta_t,  abar_{-1} = 1
 * </pre>
 *
 * Arrays of examples are (N, D) with one step t[n] per row. Cost: O(T) for the schedule, O(N D) for
 * sampling and the posterior (the posterior recomputes abar in O(T)). Stateless and thread-safe.
 */
public final class DdpmSchedule {
  /** The cosine schedule's offset s of Nichol and Dhariwal, eq. 17. */
  private static final double COSINE_OFFSET = 0.008;

  /** The cosine schedule's cap on beta, which avoids a singular last step. */
  private static final double MAX_BETA = 0.999;

  private DdpmSchedule() {}

  /** The T betas and their cumulative products of (1 - beta); accessors return copies. */
  public static final class Schedule {
    private final double[] betas;
    private final double[] alphasCumprod;

    Schedule(double[] betas, double[] alphasCumprod) {
      this.betas = betas;
      this.alphasCumprod = alphasCumprod;
    }

    public double[] betas() {
      return betas.clone();
    }

    public double[] alphasCumprod() {
      return alphasCumprod.clone();
    }
  }

  /** The mean (N, D) and variance (N) of q(x_{t-1} | x_t, x_0); accessors return copies. */
  public static final class Posterior {
    private final double[][] mean;
    private final double[] variance;

    Posterior(double[][] mean, double[] variance) {
      this.mean = mean;
      this.variance = variance;
    }

    public double[][] mean() {
      double[][] copy = new double[mean.length][];
      for (int i = 0; i < mean.length; i++) {
        copy[i] = mean[i].clone();
      }
      return copy;
    }

    public double[] variance() {
      return variance.clone();
    }
  }

  /** {@code kind} is "linear" or "cosine"; the cosine schedule ignores the two beta bounds. */
  public static Schedule schedule(int steps, String kind, double betaStart, double betaEnd) {
    if (steps < 1) {
      throw new IllegalArgumentException("T must be at least 1, got " + steps);
    }
    double[] betas =
        switch (kind) {
          case "linear" -> linearBetas(steps, betaStart, betaEnd);
          case "cosine" -> cosineBetas(steps);
          default -> throw new IllegalArgumentException("unknown schedule '" + kind + "'");
        };
    return new Schedule(betas, alphasCumprod(betas));
  }

  /** Eq. 4 of Ho et al.: x_t for each row n at its own step t[n]. */
  public static double[][] qSample(
      double[][] x0, long[] t, double[][] noise, double[] alphasCumprod) {
    double[][] out = new double[x0.length][];
    for (int n = 0; n < x0.length; n++) {
      double abar = alphasCumprod[Math.toIntExact(t[n])];
      double signal = Math.sqrt(abar);
      double spread = Math.sqrt(1 - abar);
      out[n] = new double[x0[n].length];
      for (int j = 0; j < x0[n].length; j++) {
        out[n][j] = signal * x0[n][j] + spread * noise[n][j];
      }
    }
    return out;
  }

  /** Eqs. 6-7 of Ho et al., with abar_{-1} = 1 so that step 0 returns mean x_0, variance 0. */
  public static Posterior qPosterior(double[][] x0, double[][] xT, long[] t, double[] betas) {
    double[] abar = alphasCumprod(betas);
    double[][] mean = new double[x0.length][];
    double[] variance = new double[x0.length];
    for (int n = 0; n < x0.length; n++) {
      int step = Math.toIntExact(t[n]);
      double beta = betas[step];
      double prev = step == 0 ? 1.0 : abar[step - 1];
      double denom = 1 - abar[step];
      double c0 = beta * Math.sqrt(prev) / denom;
      double ct = (1 - prev) * Math.sqrt(1 - beta) / denom;
      mean[n] = new double[x0[n].length];
      for (int j = 0; j < x0[n].length; j++) {
        mean[n][j] = c0 * x0[n][j] + ct * xT[n][j];
      }
      variance[n] = (1 - prev) / denom * beta;
    }
    return new Posterior(mean, variance);
  }

  /** T values from start to end inclusive, as numpy.linspace (a single value is start). */
  static double[] linearBetas(int steps, double start, double end) {
    double[] b = new double[steps];
    if (steps == 1) {
      b[0] = start;
      return b;
    }
    double step = (end - start) / (steps - 1);
    for (int i = 0; i < steps; i++) {
      b[i] = start + i * step;
    }
    b[steps - 1] = end;
    return b;
  }

  /** Nichol and Dhariwal eq. 17, with t 0-based and the clip at 0.999. */
  static double[] cosineBetas(int steps) {
    double[] b = new double[steps];
    for (int i = 0; i < steps; i++) {
      b[i] = Math.min(1 - cosineF((i + 1.0) / steps) / cosineF((double) i / steps), MAX_BETA);
    }
    return b;
  }

  private static double cosineF(double fraction) {
    double c = Math.cos((fraction + COSINE_OFFSET) / (1 + COSINE_OFFSET) * Math.PI / 2);
    return c * c;
  }

  /** abar_t = prod_{s <= t} (1 - beta_s). */
  static double[] alphasCumprod(double[] betas) {
    double[] out = new double[betas.length];
    double running = 1.0;
    for (int i = 0; i < betas.length; i++) {
      running *= 1 - betas[i];
      out[i] = running;
    }
    return out;
  }
}
