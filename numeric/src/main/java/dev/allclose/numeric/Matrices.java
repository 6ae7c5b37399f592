package dev.allclose.numeric;

/**
 * Dense kernels on {@code double[][]} row-major matrices shared by the reference implementations.
 * Plain loops in i-k-j order (unit stride in the inner loop); no blocking, as reference sizes stay
 * small. Inputs are never modified unless the name ends in {@code InPlace}.
 */
public final class Matrices {
  private Matrices() {}

  /** a . b, summed left to right (the order every reference relies on for exact agreement). */
  public static double dot(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("lengths differ: " + a.length + " vs " + b.length);
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** C = A B for A (m, k) and B (k, n); 2mkn flops. */
  public static double[][] matmul(double[][] a, double[][] b) {
    int m = a.length;
    int k = b.length;
    int n = k == 0 ? 0 : b[0].length;
    if (m > 0 && a[0].length != k) {
      throw new IllegalArgumentException("inner dimensions differ: " + a[0].length + " vs " + k);
    }
    double[][] c = new double[m][n];
    for (int i = 0; i < m; i++) {
      double[] ci = c[i];
      for (int p = 0; p < k; p++) {
        double aip = a[i][p];
        double[] bp = b[p];
        for (int j = 0; j < n; j++) {
          ci[j] += aip * bp[j];
        }
      }
    }
    return c;
  }

  public static double[][] transpose(double[][] a) {
    int m = a.length;
    int n = m == 0 ? 0 : a[0].length;
    double[][] t = new double[n][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  /** Columns {@code from} (inclusive) to {@code to} (exclusive) of every row. */
  public static double[][] columns(double[][] a, int from, int to) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = java.util.Arrays.copyOfRange(a[i], from, to);
    }
    return out;
  }

  /**
   * Softmax of one row, in place, stabilised by subtracting the row maximum so that no exponent is
   * positive: softmax(s)_j = exp(s_j - max s) / sum_k exp(s_k - max s). Entries equal to negative
   * infinity (masked) get probability 0; a row that is all negative infinity is left as NaN, as it
   * has no defined softmax.
   */
  public static void softmaxInPlace(double[] row) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : row) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int j = 0; j < row.length; j++) {
      row[j] = Math.exp(row[j] - max);
      sum += row[j];
    }
    for (int j = 0; j < row.length; j++) {
      row[j] /= sum;
    }
  }

  /** log(sum_j exp(row_j)) computed as max + log(sum_j exp(row_j - max)). */
  public static double logSumExp(double[] row) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : row) {
      max = Math.max(max, v);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double v : row) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }
}
