package dev.allclose.reference.attention;

import dev.allclose.numeric.Matrices;

/**
 * Grouped-query self-attention: H query heads share H_kv key/value heads, each kv head serving a
 * group of H / H_kv consecutive query heads.
 *
 * <p>Source: J. Ainslie, J. Lee-Thorp, M. de Jong, Y. Zemlyanskiy, F. Lebrón and S. Sanghai, "GQA:
 * Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints", EMNLP 2023,
 * section 2.2 (grouped-query attention); H_kv = 1 is the multi-query attention of N. Shazeer, "Fast
 * Transformer Decoding: One Write-Head is All You Need", arXiv:1911.02150, 2019, and H_kv = H is
 * the multi-head attention of Vaswani et al. (2017). Conventions of the Allclose contract:
 * projections are right-multiplied; head h owns columns {@code h*d_k .. (h+1)*d_k - 1}; with {@code
 * causal}, query i attends to keys j <= i.
 *
 * <p>For X (B, T, D), W_Q (D, H d_k), W_K and W_V (D, H_kv d_k), W_O (H d_k, D), with d_k = W_Q
 * columns / H (not D / H) and g = H / H_kv:
 *
 * <pre>
 *   Q = X W_Q,  K = X W_K,  V = X W_V                     (projections)
 *   kv(h) = floor(h / g)                                   (sec. 2.2: group h / g shares a head)
 *   S_h = Q_h K_kv(h)^T / sqrt(d_k)                        (scaled scores, (T, T))
 *   head_h = softmax_rows(S_h) V_kv(h)                     ((T, d_k))
 *   out = concat(head_0, ..., head_{H-1}) W_O              ((T, D))
 * </pre>
 *
 * Cost per batch element: 2 T D d_k (2 H + 2 H_kv) flops for the projections plus 4 T^2 H d_k for
 * scores and mixing; the kv projections are H / H_kv times smaller than in multi-head attention.
 * Stateless and thread-safe.
 */
public final class GroupedQueryAttention {
  private GroupedQueryAttention() {}

  public static double[][][] forward(
      double[][][] x,
      double[][] wQ,
      double[][] wK,
      double[][] wV,
      double[][] wO,
      int nHeads,
      int nKvHeads,
      boolean causal) {
    int width = wQ[0].length;
    if (nHeads <= 0 || width % nHeads != 0) {
      throw new IllegalArgumentException(
          "n_heads=" + nHeads + " does not divide the " + width + " columns of W_Q");
    }
    if (nKvHeads <= 0 || nHeads % nKvHeads != 0) {
      throw new IllegalArgumentException(
          "n_kv_heads=" + nKvHeads + " does not divide n_heads=" + nHeads);
    }
    int dk = width / nHeads;
    if (wK[0].length != nKvHeads * dk || wV[0].length != nKvHeads * dk) {
      throw new IllegalArgumentException("W_K and W_V must have n_kv_heads * d_k columns");
    }
    double[][][] out = new double[x.length][][];
    for (int b = 0; b < x.length; b++) {
      out[b] = forwardOne(x[b], wQ, wK, wV, wO, nHeads, nKvHeads, causal);
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
      int nKvHeads,
      boolean causal) {
    int dk = wQ[0].length / nHeads;
    int group = nHeads / nKvHeads;
    double[][] q = Matrices.matmul(x, wQ);
    double[][] k = Matrices.matmul(x, wK);
    double[][] v = Matrices.matmul(x, wV);
    double[][] concat = new double[x.length][nHeads * dk];
    for (int h = 0; h < nHeads; h++) {
      int kvFrom = (h / group) * dk;
      attendOneHead(
          Matrices.columns(q, h * dk, (h + 1) * dk),
          Matrices.columns(k, kvFrom, kvFrom + dk),
          Matrices.columns(v, kvFrom, kvFrom + dk),
          causal,
          concat,
          h * dk);
    }
    return Matrices.matmul(concat, wO);
  }

  /** softmax(Q K^T / sqrt(d_k)) V for one head, written into columns {@code to..} of out. */
  private static void attendOneHead(
      double[][] q, double[][] k, double[][] v, boolean causal, double[][] out, int to) {
    int t = q.length;
    int dk = q[0].length;
    double scale = 1.0 / Math.sqrt(dk);
    for (int i = 0; i < t; i++) {
      int visible = causal ? i + 1 : t;
      double[] scores = new double[visible];
      for (int j = 0; j < visible; j++) {
        double dot = 0;
        for (int c = 0; c < dk; c++) {
          dot += q[i][c] * k[j][c];
        }
        scores[j] = dot * scale;
      }
      Matrices.softmaxInPlace(scores);
      for (int j = 0; j < visible; j++) {
        for (int c = 0; c < dk; c++) {
          out[i][to + c] += scores[j] * v[j][c];
        }
      }
    }
  }
}
