/** Wrong answer (Java): the upper bound without the mixing entropy H(w). */
public class Solution {
  public record Bounds(double lower, double upper) {}

  public static double mogEntropyMc(
      double[] w, double[][] means, double[][][] covs, double[][] samples) {
    int k = w.length;
    double[][][] factors = new double[k][][];
    for (int i = 0; i < k; i++) {
      factors[i] = cholesky(covs[i]);
    }
    double total = 0;
    for (double[] x : samples) {
      double[] a = new double[k];
      for (int i = 0; i < k; i++) {
        a[i] = Math.log(w[i]) + logNormal(x, means[i], factors[i]);
      }
      total += logSumExp(a);
    }
    return -total / samples.length;
  }

  public static Bounds mogEntropyBounds(double[] w, double[][] means, double[][][] covs) {
    int k = w.length;
    int d = means[0].length;
    double upper = 0;
    for (int i = 0; i < k; i++) {
      double entropy = 0.5 * (d * Math.log(2 * Math.PI * Math.E) + logDet(cholesky(covs[i])));
      upper += w[i] * entropy;
    }
    double lower = 0;
    for (int i = 0; i < k; i++) {
      double[] a = new double[k];
      for (int j = 0; j < k; j++) {
        double[][] sum = new double[d][d];
        for (int r = 0; r < d; r++) {
          for (int c = 0; c < d; c++) {
            sum[r][c] = covs[i][r][c] + covs[j][r][c];
          }
        }
        a[j] = Math.log(w[j]) + logNormal(means[i], means[j], cholesky(sum));
      }
      lower -= w[i] * logSumExp(a);
    }
    return new Bounds(lower, upper);
  }

  private static double logNormal(double[] x, double[] mu, double[][] l) {
    int d = x.length;
    double[] y = new double[d];
    double quad = 0;
    for (int r = 0; r < d; r++) {
      double s = x[r] - mu[r];
      for (int t = 0; t < r; t++) {
        s -= l[r][t] * y[t];
      }
      y[r] = s / l[r][r];
      quad += y[r] * y[r];
    }
    return -0.5 * (d * Math.log(2 * Math.PI) + logDet(l) + quad);
  }

  private static double logSumExp(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    double s = 0;
    for (double v : a) {
      s += Math.exp(v - max);
    }
    return max + Math.log(s);
  }

  private static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int t = 0; t < j; t++) {
          s -= l[i][t] * l[j][t];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    return l;
  }

  private static double logDet(double[][] l) {
    double s = 0;
    for (int i = 0; i < l.length; i++) {
      s += 2 * Math.log(l[i][i]);
    }
    return s;
  }
}
