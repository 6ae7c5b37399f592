/** Accepted: results returned as Object[] in contract order, the schedule built incrementally. */
public class Solution {
  public static Object[] ddpmSchedule(int T, String schedule, double betaStart, double betaEnd) {
    double[] betas = new double[T];
    double[] abar = new double[T];
    double running = 1.0;
    for (int i = 0; i < T; i++) {
      betas[i] = schedule.equals("cosine") ? cosineBeta(i, T) : linearBeta(i, T, betaStart, betaEnd);
      running *= 1 - betas[i];
      abar[i] = running;
    }
    return new Object[] {betas, abar};
  }

  private static double linearBeta(int i, int T, double start, double end) {
    return T == 1 ? start : start + (end - start) * i / (T - 1);
  }

  private static double cosineBeta(int i, int T) {
    double now = Math.cos(((double) i / T + 0.008) / 1.008 * Math.PI / 2);
    double next = Math.cos(((double) (i + 1) / T + 0.008) / 1.008 * Math.PI / 2);
    return Math.min(1 - (next * next) / (now * now), 0.999);
  }

  public static double[][] qSample(
      double[][] x0, long[] t, double[][] noise, double[] alphasCumprod) {
    double[][] out = new double[x0.length][];
    for (int n = 0; n < x0.length; n++) {
      double a = alphasCumprod[(int) t[n]];
      out[n] = new double[x0[n].length];
      for (int j = 0; j < out[n].length; j++) {
        out[n][j] = Math.sqrt(a) * x0[n][j] + Math.sqrt(1 - a) * noise[n][j];
      }
    }
    return out;
  }

  public static Object[] qPosterior(double[][] x0, double[][] xT, long[] t, double[] betas) {
    double[][] mean = new double[x0.length][];
    double[] variance = new double[x0.length];
    for (int n = 0; n < x0.length; n++) {
      int k = (int) t[n];
      double prev = 1.0;
      for (int s = 0; s < k; s++) {
        prev *= 1 - betas[s];
      }
      double abar = prev * (1 - betas[k]);
      mean[n] = new double[x0[n].length];
      for (int j = 0; j < mean[n].length; j++) {
        mean[n][j] =
            (betas[k] * Math.sqrt(prev) * x0[n][j] + (1 - prev) * Math.sqrt(1 - betas[k]) * xT[n][j])
                / (1 - abar);
      }
      variance[n] = betas[k] * (1 - prev) / (1 - abar);
    }
    return new Object[] {mean, variance};
  }
}
