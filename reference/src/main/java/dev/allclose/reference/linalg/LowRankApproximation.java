package dev.allclose.reference.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The best rank-k approximation of a matrix in the Frobenius norm, and its error.
 *
 * <p>Source: C. Eckart and G. Young, "The approximation of one matrix by another of lower rank",
 * Psychometrika 1(3), 211-218, 1936 (the theorem for the Frobenius norm); L. Mirsky, "Symmetric
 * gauge functions and unitarily invariant norms", Quarterly J. Math. 11, 50-59, 1960 (every
 * unitarily invariant norm); G. H. Golub and C. F. Van Loan, "Matrix Computations", 4th ed., 2013,
 * theorem 2.4.8. For A (m, n) with the thin SVD A = U diag(sigma) V^T, sigma_1 >= ... >= sigma_p >=
 * 0, p = min(m, n), and 0 <= k <= p:
 *
 * <pre>
 *   A_k = sum_{i <= k} sigma_i u_i v_i^T                  (truncated SVD, (m, n), rank <= k)
 *   min_{rank B <= k} ||A - B||_F = ||A - A_k||_F = sqrt(sum_{i > k} sigma_i^2)   (Eckart-Young)
 * </pre>
 *
 * The minimiser is unique exactly when k = 0, k = p, or sigma_k > sigma_{k+1}; when sigma_k =
 * sigma_{k+1} any choice of singular vectors for the tied value gives an optimum, and this class
 * returns the one its decomposition found. The SVD is EJML's ({@link DecompositionFactory_DDRM},
 * Householder bidiagonalisation then implicit QR on the bidiagonal: backward stable, about 4 m n^2
 * + 8 n^3 flops for m >= n with both factors), never the eigendecomposition of A^T A, which squares
 * the condition number and loses every singular value below sqrt(machine epsilon) times sigma_1.
 * The error is summed from the discarded singular values, scaled by the largest of them so that
 * squaring cannot overflow or underflow. Stateless and thread-safe.
 */
public final class LowRankApproximation {
  private LowRankApproximation() {}

  /** A_k, (m, n): the truncated SVD keeping the k largest singular values. */
  public static double[][] bestRankK(double[][] a, int k) {
    Svd svd = Svd.of(a);
    checkRank(k, svd.sigma.length);
    int m = a.length;
    int n = a[0].length;
    double[][] out = new double[m][n];
    for (int i = 0; i < k; i++) {
      double s = svd.sigma[i];
      for (int r = 0; r < m; r++) {
        double us = s * svd.u.get(r, i);
        for (int c = 0; c < n; c++) {
          out[r][c] += us * svd.v.get(c, i);
        }
      }
    }
    return out;
  }

  /** sqrt(sum_{i > k} sigma_i^2) = ||A - A_k||_F, the least Frobenius error of a rank-k matrix. */
  public static double rankKError(double[][] a, int k) {
    double[] sigma = singularValues(a);
    checkRank(k, sigma.length);
    return discardedNorm(sigma, k);
  }

  /** The singular values of A, descending, min(m, n) of them. */
  public static double[] singularValues(double[][] a) {
    return Svd.of(a).sigma.clone();
  }

  /** sqrt(sum_{i >= k} sigma_i^2) of a descending list, scaled against overflow. */
  public static double discardedNorm(double[] sigma, int k) {
    double scale = 0;
    for (int i = k; i < sigma.length; i++) {
      scale = Math.max(scale, Math.abs(sigma[i]));
    }
    if (scale == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = k; i < sigma.length; i++) {
      double t = sigma[i] / scale;
      sum += t * t;
    }
    return scale * Math.sqrt(sum);
  }

  private static void checkRank(int k, int p) {
    if (k < 0 || k > p) {
      throw new IllegalArgumentException("k = " + k + " is outside 0..min(m, n) = " + p);
    }
  }

  /** The thin SVD, singular values sorted descending with their vectors. */
  private static final class Svd {
    final DMatrixRMaj u;
    final DMatrixRMaj v;
    final double[] sigma;

    private Svd(DMatrixRMaj u, DMatrixRMaj v, double[] sigma) {
      this.u = u;
      this.v = v;
      this.sigma = sigma;
    }

    static Svd of(double[][] a) {
      if (a.length == 0 || a[0].length == 0) {
        throw new IllegalArgumentException("A must have at least one row and one column");
      }
      DMatrixRMaj m = new DMatrixRMaj(a);
      SingularValueDecomposition_F64<DMatrixRMaj> svd =
          DecompositionFactory_DDRM.svd(m.numRows, m.numCols, true, true, true);
      if (!svd.decompose(m.copy())) {
        throw new ArithmeticException("the SVD did not converge");
      }
      DMatrixRMaj u = svd.getU(null, false);
      DMatrixRMaj w = svd.getW(null);
      DMatrixRMaj v = svd.getV(null, false);
      SingularOps_DDRM.descendingOrder(u, false, w, v, false);
      int p = Math.min(m.numRows, m.numCols);
      double[] sigma = new double[p];
      for (int i = 0; i < p; i++) {
        sigma[i] = w.get(i, i);
      }
      return new Svd(u, v, sigma);
    }
  }
}
