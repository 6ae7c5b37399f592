package dev.allclose.reference.divergence;

/**
 * The Cholesky factorisation S = L L^T of a symmetric positive definite matrix, with the two uses
 * the Gaussian divergence needs: forward substitution with L and log det S = 2 sum log L_ii.
 *
 * <p>Cholesky-Banachiewicz order, row by row, reading the lower triangle of S only (G. H. Golub and
 * C. F. Van Loan, "Matrix Computations", 4th ed., section 4.2). Backward stable without pivoting
 * for positive definite input; d^3 / 3 flops.
 */
final class Cholesky {
  private Cholesky() {}

  /**
   * @throws IllegalArgumentException when s is not square or not positive definite
   */
  static double[][] factor(double[][] s) {
    int d = s.length;
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      if (s[i].length != d) {
        throw new IllegalArgumentException(
            "a covariance must be square, got a row of " + s[i].length);
      }
      for (int j = 0; j <= i; j++) {
        double sum = s[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new IllegalArgumentException("the covariance is not positive definite");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    return l;
  }

  /** x with L x = b, L lower triangular. */
  static double[] solveLower(double[][] l, double[] b) {
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

  /** log det (L L^T) = 2 sum_i log L_ii. */
  static double logDet(double[][] l) {
    double s = 0;
    for (int i = 0; i < l.length; i++) {
      s += Math.log(l[i][i]);
    }
    return 2 * s;
  }
}
