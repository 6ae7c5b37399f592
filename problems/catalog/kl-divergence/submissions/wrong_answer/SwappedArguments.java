/** Wrong answer (Java): sums q log(q / p) and exchanges the Gaussians, i.e. KL(Q || P). */
public class Solution {
  public static double[][] klCategorical(double[][][] p, double[][][] q) {
    double[][] out = new double[p.length][];
    for (int b = 0; b < p.length; b++) {
      out[b] = new double[p[b].length];
      for (int t = 0; t < p[b].length; t++) {
        double sum = 0;
        double[] a = q[b][t];
        double[] c = p[b][t];
        for (int k = 0; k < a.length; k++) {
          if (a[k] == 0) {
            continue;
          }
          sum += c[k] == 0 ? Double.POSITIVE_INFINITY : a[k] * Math.log(a[k] / c[k]);
        }
        out[b][t] = sum;
      }
    }
    return out;
  }

  public static double klGaussian(double[] mu1, double[][] S1, double[] mu2, double[][] S2) {
    return Solution.gaussian(mu2, S2, mu1, S1);
  }

  /** The right formula, called with the arguments exchanged above. */
  private static double gaussian(double[] m1, double[][] s1, double[] m2, double[][] s2) {
    int d = m1.length;
    double[][] inv2 = inverse(s2);
    double trace = 0;
    double quad = 0;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        trace += inv2[i][j] * s1[j][i];
        quad += (m2[i] - m1[i]) * inv2[i][j] * (m2[j] - m1[j]);
      }
    }
    return 0.5 * (trace + quad - d + logDet(s2) - logDet(s1));
  }

  /** Gauss-Jordan with partial pivoting. */
  private static double[][] inverse(double[][] s) {
    int d = s.length;
    double[][] a = new double[d][2 * d];
    for (int i = 0; i < d; i++) {
      System.arraycopy(s[i], 0, a[i], 0, d);
      a[i][d + i] = 1;
    }
    for (int c = 0; c < d; c++) {
      int pivot = c;
      for (int r = c + 1; r < d; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = a[c];
      a[c] = a[pivot];
      a[pivot] = tmp;
      double diag = a[c][c];
      for (int k = 0; k < 2 * d; k++) {
        a[c][k] /= diag;
      }
      for (int r = 0; r < d; r++) {
        if (r != c) {
          double f = a[r][c];
          for (int k = 0; k < 2 * d; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[][] inv = new double[d][d];
    for (int i = 0; i < d; i++) {
      System.arraycopy(a[i], d, inv[i], 0, d);
    }
    return inv;
  }

  /** log det from a Cholesky factor. */
  private static double logDet(double[][] s) {
    int d = s.length;
    double[][] l = new double[d][d];
    double sum = 0;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double v = s[i][j];
        for (int k = 0; k < j; k++) {
          v -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(v) : v / l[j][j];
      }
      sum += 2 * Math.log(l[i][i]);
    }
    return sum;
  }
}
