package dev.allclose.reference.divergence;

import dev.allclose.numeric.NdArray;
import dev.allclose.reference.gaussian.Cholesky;
import java.util.Arrays;

/**
 * Kullback-Leibler divergences KL(P || Q) = E_P[log P - log Q], in nats: between categorical
 * distributions along the last axis of two arrays, and between two multivariate normal
 * distributions in closed form.
 *
 * <p>Categorical, for probability vectors p and q over K outcomes (S. Kullback and R. A. Leibler,
 * "On Information and Sufficiency", Ann. Math. Statist. 22(1), 1951; T. M. Cover and J. A. Thomas,
 * "Elements of Information Theory", 2nd ed., Wiley 2006, section 2.3, with its conventions 0 log
 * (0/q) = 0 and p log (p/0) = +inf for p > 0):
 *
 * <pre>
 *   KL(p || q) = sum_{k : p_k > 0} p_k (log p_k - log q_k)
 * </pre>
 *
 * Each term is written as a difference of logarithms, so no ratio p / q is formed that could
 * overflow; a term with p_k = 0 is skipped (never 0 * log 0 = NaN), and a term with q_k = 0 < p_k
 * makes the divergence +inf.
 *
 * <p>Gaussian, for N(mu1, S1) and N(mu2, S2) in d dimensions with symmetric positive definite
 * covariances, the closed form that follows from E_P[x^T A x] = tr(A S1) + mu1^T A mu1 (the
 * derivation is the problem's derivation.md; torch.distributions computes the same quantity for two
 * MultivariateNormal, the oracle of this class's test):
 *
 * <pre>
 *   KL = 1/2 [ tr(S2^{-1} S1) + (mu2 - mu1)^T S2^{-1} (mu2 - mu1) - d + log det S2 - log det S1 ]
 * </pre>
 *
 * evaluated through the Cholesky factors S1 = L1 L1^T and S2 = L2 L2^T: tr(S2^{-1} S1) = ||L2^{-1}
 * L1||_F^2, the quadratic form is ||L2^{-1} (mu2 - mu1)||^2 and log det S = 2 sum_i log (L)_ii.
 * Nothing is inverted and no determinant is formed, so the result stays finite in dimensions where
 * det S over- or underflows float64. Cost: d^3 / 3 flops per factorisation and d^3 / 2 for the
 * triangular solve of L1's columns.
 *
 * <p>Stateless and thread-safe.
 */
public final class KlDivergence {
  private KlDivergence() {}

  /**
   * KL(p || q) along the last axis.
   *
   * @param p probabilities, shape (..., K), each slice along the last axis summing to 1
   * @param q probabilities of the same shape
   * @return shape (...), the input shape without its last axis (a scalar for vectors)
   */
  public static NdArray categorical(NdArray p, NdArray q) {
    if (!Arrays.equals(p.shape(), q.shape()) || p.rank() == 0) {
      throw new IllegalArgumentException(
          "p and q need one shape with a last axis, got "
              + NdArray.formatShape(p.shape())
              + " and "
              + NdArray.formatShape(q.shape()));
    }
    int k = p.dim(p.rank() - 1);
    int[] outShape = Arrays.copyOf(p.shape(), p.rank() - 1);
    double[] pv = p.toDoubleArray();
    double[] qv = q.toDoubleArray();
    double[] out = new double[NdArray.sizeOf(outShape)];
    for (int i = 0; i < out.length; i++) {
      out[i] = categorical(pv, qv, i * k, k);
    }
    return NdArray.ofDoubles(out, outShape);
  }

  /** KL(p || q) of one pair of probability vectors. */
  public static double categorical(double[] p, double[] q) {
    if (p.length != q.length) {
      throw new IllegalArgumentException("p and q differ in length");
    }
    return categorical(p, q, 0, p.length);
  }

  private static double categorical(double[] p, double[] q, int from, int k) {
    double sum = 0;
    for (int j = from; j < from + k; j++) {
      if (p[j] == 0) {
        continue;
      }
      if (q[j] == 0) {
        return Double.POSITIVE_INFINITY;
      }
      sum += p[j] * (Math.log(p[j]) - Math.log(q[j]));
    }
    return sum;
  }

  /**
   * KL(N(mu1, s1) || N(mu2, s2)).
   *
   * @param mu1 mean of P, (d)
   * @param s1 covariance of P, (d, d), symmetric positive definite
   * @param mu2 mean of Q, (d)
   * @param s2 covariance of Q, (d, d), symmetric positive definite
   */
  public static double gaussian(double[] mu1, double[][] s1, double[] mu2, double[][] s2) {
    int d = mu1.length;
    Cholesky l1 = Cholesky.of(s1);
    Cholesky l2 = Cholesky.of(s2);
    double trace = 0;
    for (int col = 0; col < d; col++) {
      double[] column = new double[d];
      for (int r = 0; r < d; r++) {
        column[r] = l1.factor(r, col);
      }
      trace += squaredNorm(l2.forward(column));
    }
    double[] diff = new double[d];
    for (int i = 0; i < d; i++) {
      diff[i] = mu2[i] - mu1[i];
    }
    double quadratic = l2.quadraticForm(diff);
    double logDetRatio = l2.logDet() - l1.logDet();
    return 0.5 * (trace + quadratic - d + logDetRatio);
  }

  private static double squaredNorm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return s;
  }
}
