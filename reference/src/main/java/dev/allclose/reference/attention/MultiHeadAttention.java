package dev.allclose.reference.attention;

import dev.allclose.numeric.Matrices;

/**
 * Multi-head scaled dot-product self-attention.
 *
 * <p>Source: A. Vaswani, N. Shazeer, N. Parmar, J. Uszkoreit, L. Jones, A. N. Gomez, L. Kaiser and
 * I. Polosukhin, "Attention Is All You Need", NeurIPS 2017, section 3.2 (eqs. 1 and the MultiHead
 * definition). Conventions of the Allclose contract: projections are right-multiplied ({@code X
 * W}); head h owns columns {@code h*d_k .. (h+1)*d_k - 1} of each projection; with {@code causal},
 * query i attends to keys j <= i.
 *
 * <p>For X (B, T, D) and n heads with d_k = D / n:
 *
 * <pre>
 *   Q = X W_Q,  K = X W_K,  V = X W_V                        (projections)
 *   S_h = Q_h K_h^T / sqrt(d_k)                               (eq. 1, scaled scores, (T, T))
 *   A_h = softmax_rows(S_h)   (S_h[i, j] = -inf for j > i when causal)
 *   head_h = A_h V_h                                          ((T, d_k))
 *   out = concat(head_1, ..., head_n) W_O                     (MultiHead)
 * </pre>
 *
 * Cost per batch element: 8 T D^2 flops for the four projections plus 4 T^2 D for scores and
 * mixing; memory O(T^2) per head for the score matrix. Stateless and thread-safe.
 */
public final class MultiHeadAttention {
  private MultiHeadAttention() {}

  public static double[][][] forward(
      double[][][] x,
      double[][] wQ,
      double[][] wK,
      double[][] wV,
      double[][] wO,
      int nHeads,
      boolean causal) {
    int d = wQ.length;
    if (nHeads <= 0 || d % nHeads != 0) {
      throw new IllegalArgumentException("n_heads=" + nHeads + " does not divide D=" + d);
    }
    double[][][] out = new double[x.length][][];
    for (int b = 0; b < x.length; b++) {
      out[b] = forwardOne(x[b], wQ, wK, wV, wO, nHeads, causal);
    }
    return out;
  }

  private static double[][] forwardOne(
      double[][] x,
      double[][] wQ,
      double[][] wK,
      double[][] wV,
      double[][] wO,
      int nHeads,
      boolean causal) {
    int t = x.length;
    int d = wQ.length;
    int dk = d / nHeads;
    double[][] q = Matrices.matmul(x, wQ);
    double[][] k = Matrices.matmul(x, wK);
    double[][] v = Matrices.matmul(x, wV);
    double[][] concat = new double[t][d];
    double scale = 1.0 / Math.sqrt(dk);
    for (int h = 0; h < nHeads; h++) {
      int from = h * dk;
      double[][] kh = Matrices.columns(k, from, from + dk);
      double[][] vh = Matrices.columns(v, from, from + dk);
      for (int i = 0; i < t; i++) {
        double[] scores = new double[t];
        for (int j = 0; j < t; j++) {
          if (causal && j > i) {
            scores[j] = Double.NEGATIVE_INFINITY;
            continue;
          }
          double dot = 0;
          for (int c = 0; c < dk; c++) {
            dot += q[i][from + c] * kh[j][c];
          }
          scores[j] = dot * scale;
        }
        Matrices.softmaxInPlace(scores);
        for (int j = 0; j < t; j++) {
          double a = scores[j];
          if (a != 0) {
            for (int c = 0; c < dk; c++) {
              concat[i][from + c] += a * vh[j][c];
            }
          }
        }
      }
    }
    return Matrices.matmul(concat, wO);
  }
}
