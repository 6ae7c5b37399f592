/** Accepted: loops over steps and examples, results returned as records. */
public class Solution {
  public record Schedule(double[] betas, double[] alphasCumprod) {}

  public record Posterior(double[][] mean, double[] variance) {}

  public static Schedule ddpmSchedule(int T, String schedule, double betaStart, double betaEnd) {
    double[] betas = new double[T];
    for (int i = 0; i < T; i++) {
      if (schedule.equals("cosine")) {
        betas[i] = Math.min(1 - f(i + 1, T) / f(i, T), 0.999);
      } else {
        betas[i] = T == 1 ? betaStart : betaStart + i * (betaEnd - betaStart) / (T - 1);
      }
    }
    return new Schedule(betas, cumprod(betas));
  }

  public static double[][] qSample(
      double[][] x0, long[] t, double[][] noise, double[] alphasCumprod) {
    double[][] out = new double[x0.length][x0[0].length];
    for (int n = 0; n < x0.length; n++) {
      double abar = alphasCumprod[(int) t[n]];
      for (int j = 0; j < x0[n].length; j++) {
        out[n][j] = Math.sqrt(abar) * x0[n][j] + Math.sqrt(1 - abar) * noise[n][j];
      }
    }
    return out;
  }

  public static Posterior qPosterior(double[][] x0, double[][] xT, long[] t, double[] betas) {
    double[] abar = cumprod(betas);
    double[][] mean = new double[x0.length][x0[0].length];
    double[] variance = new double[x0.length];
    for (int n = 0; n < x0.length; n++) {
      int k = (int) t[n];
      double prev = k == 0 ? 1.0 : abar[k - 1];
      double denom = 1 - abar[k];
      for (int j = 0; j < x0[n].length; j++) {
        mean[n][j] =
            betas[k] * Math.sqrt(prev) / denom * x0[n][j]
                + (1 - prev) * Math.sqrt(1 - betas[k]) / denom * xT[n][j];
      }
      variance[n] = (1 - prev) / denom * betas[k];
    }
    return new Posterior(mean, variance);
  }

  private static double f(int step, int total) {
    double c = Math.cos(((double) step / total + 0.008) / 1.008 * Math.PI / 2);
    return c * c;
  }

  private static double[] cumprod(double[] betas) {
    double[] out = new double[betas.length];
    double running = 1.0;
    for (int i = 0; i < betas.length; i++) {
      running *= 1 - betas[i];
      out[i] = running;
    }
    return out;
  }
}
