package dev.allclose.reference.attention;

import dev.allclose.numeric.Matrices;

/**
 * The backward pass of scaled dot-product attention: the gradients of a scalar loss with respect to
 * Q, K and V, given its gradient dO with respect to the output.
 *
 * <p>Source: A. Vaswani et al., "Attention Is All You Need", NeurIPS 2017, eq. 1 (the forward
 * pass); the backward pass is the chain rule through it, written in the form of T. Dao, D. Y. Fu,
 * S. Ermon, A. Rudra and C. Ré, "FlashAttention: Fast and Memory-Efficient Exact Attention with
 * IO-Awareness", NeurIPS 2022, appendix B.2 (eqs. for dV, dP, dS, dQ, dK). For one head with Q, K,
 * V, dO of shape (T, d) and c = 1/sqrt(d):
 *
 * <pre>
 *   S  = c Q K^T               (S[i, j] = -inf for j > i when causal)
 *   P  = softmax(S) by rows,   O = P V
 *   dV = P^T dO
 *   dP = dO V^T
 *   dS = P * (dP - rowsum(dP * P))      (softmax Jacobian diag(p) - p p^T, row by row)
 *   dQ = c dS K,   dK = c dS^T Q
 * </pre>
 *
 * Masked entries have P = 0, so dS is 0 there and the mask needs no other treatment. The softmax
 * subtracts the row maximum before exponentiating (the gradient is unchanged by that shift), so
 * scores in the thousands do not overflow. The leading axes (B, H) are independent heads.
 *
 * <p>Cost per head: 8 T^2 d flops (the forward pass recomputed, then four T x T x d products) and
 * T^2 exponentials; O(T^2) extra memory for P. Stateless and thread-safe.
 */
public final class AttentionBackward {
  private AttentionBackward() {}

  /** dQ, dK, dV, each shaped like Q; the arrays are not copied. */
  public static final class Gradients {
    private final double[][][][] dQ;
    private final double[][][][] dK;
    private final double[][][][] dV;

    Gradients(double[][][][] dQ, double[][][][] dK, double[][][][] dV) {
      this.dQ = dQ;
      this.dK = dK;
      this.dV = dV;
    }

    public double[][][][] dQ() {
      return dQ;
    }

    public double[][][][] dK() {
      return dK;
    }

    public double[][][][] dV() {
      return dV;
    }
  }

  /** The gradients for Q, K, V, dO of shape (B, H, T, d). */
  public static Gradients gradients(
      double[][][][] q, double[][][][] k, double[][][][] v, double[][][][] dO, boolean causal) {
    int b = q.length;
    int h = b == 0 ? 0 : q[0].length;
    double[][][][] dQ = new double[b][h][][];
    double[][][][] dK = new double[b][h][][];
    double[][][][] dV = new double[b][h][][];
    for (int i = 0; i < b; i++) {
      for (int j = 0; j < h; j++) {
        double[][][] g = head(q[i][j], k[i][j], v[i][j], dO[i][j], causal);
        dQ[i][j] = g[0];
        dK[i][j] = g[1];
        dV[i][j] = g[2];
      }
    }
    return new Gradients(dQ, dK, dV);
  }

  /** {dQ, dK, dV} of one head, Q, K, V, dO of shape (T, d). */
  public static double[][][] head(
      double[][] q, double[][] k, double[][] v, double[][] dO, boolean causal) {
    int t = q.length;
    int d = t == 0 ? 0 : q[0].length;
    double c = 1.0 / Math.sqrt(d);
    double[][] p = probabilities(q, k, c, causal);
    double[][] dQ = new double[t][d];
    double[][] dK = new double[t][d];
    double[][] dV = new double[t][d];
    for (int i = 0; i < t; i++) {
      double[] dP = new double[t];
      double weighted = 0; // rowsum(dP * P)
      for (int j = 0; j < t; j++) {
        dP[j] = Matrices.dot(dO[i], v[j]);
        weighted += dP[j] * p[i][j];
      }
      for (int j = 0; j < t; j++) {
        double dS = p[i][j] * (dP[j] - weighted);
        for (int e = 0; e < d; e++) {
          dV[j][e] += p[i][j] * dO[i][e];
          dQ[i][e] += c * dS * k[j][e];
          dK[j][e] += c * dS * q[i][e];
        }
      }
    }
    return new double[][][] {dQ, dK, dV};
  }

  /** P = softmax(c Q K^T) by rows, masked entries exactly 0, the row maximum subtracted first. */
  static double[][] probabilities(double[][] q, double[][] k, double c, boolean causal) {
    int t = q.length;
    double[][] p = new double[t][t];
    for (int i = 0; i < t; i++) {
      int visible = causal ? i + 1 : t;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < visible; j++) {
        p[i][j] = c * Matrices.dot(q[i], k[j]);
        max = Math.max(max, p[i][j]);
      }
      double sum = 0;
      for (int j = 0; j < visible; j++) {
        p[i][j] = Math.exp(p[i][j] - max);
        sum += p[i][j];
      }
      for (int j = 0; j < visible; j++) {
        p[i][j] /= sum;
      }
    }
    return p;
  }
}
