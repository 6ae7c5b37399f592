/** Accepted: skips p = 0 terms, returns infinity for q = 0 < p; Cholesky for the Gaussian. */
public class Solution {
  public static double[][] klCategorical(double[][][] p, double[][][] q) {
    double[][] out = new double[p.length][];
    for (int b = 0; b < p.length; b++) {
      out[b] = new double[p[b].length];
      for (int t = 0; t < p[b].length; t++) {
        out[b][t] = kl(p[b][t], q[b][t]);
      }
    }
    return out;
  }

  private static double kl(double[] p, double[] q) {
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      if (p[k] == 0) {
        continue;
      }
      if (q[k] == 0) {
        return Double.POSITIVE_INFINITY;
      }
      sum += p[k] * (Math.log(p[k]) - Math.log(q[k]));
    }
    return sum;
  }

  public static double klGaussian(double[] mu1, double[][] S1, double[] mu2, double[][] S2) {
    int d = mu1.length;
    double[][] l1 = cholesky(S1);
    double[][] l2 = cholesky(S2);
    double trace = 0;
    for (int c = 0; c < d; c++) {
      double[] col = new double[d];
      for (int r = 0; r < d; r++) {
        col[r] = l1[r][c];
      }
      trace += squaredNorm(solveLower(l2, col));
    }
    double[] diff = new double[d];
    for (int i = 0; i < d; i++) {
      diff[i] = mu2[i] - mu1[i];
    }
    double quad = squaredNorm(solveLower(l2, diff));
    double logDetRatio = 0;
    for (int i = 0; i < d; i++) {
      logDetRatio += 2 * (Math.log(l2[i][i]) - Math.log(l1[i][i]));
    }
    return 0.5 * (trace + quad - d + logDetRatio);
  }

  private static double[][] cholesky(double[][] s) {
    int d = s.length;
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = s[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(sum) : sum / l[j][j];
      }
    }
    return l;
  }

  private static double[] solveLower(double[][] l, double[] b) {
    double[] x = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }

  private static double squaredNorm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return s;
  }
}
