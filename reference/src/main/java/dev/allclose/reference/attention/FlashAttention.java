package dev.allclose.reference.attention;

import dev.allclose.numeric.Matrices;

/**
 * Exact scaled dot-product attention computed one tile at a time with the online softmax, never
 * holding a T x T score matrix.
 *
 * <p>Source: T. Dao, D. Y. Fu, S. Ermon, A. Rudra and C. Ré, "FlashAttention: Fast and
 * Memory-Efficient Exact Attention with IO-Awareness", NeurIPS 2022, section 3.1 and Algorithm 1;
 * the rescaled running sum is the online normaliser of M. Milakov and N. Gimelshein, "Online
 * normalizer calculation for softmax", arXiv:1805.02867, 2018. The loop order (query blocks
 * outside, key blocks inside, division by the normaliser once at the end) is the one of
 * FlashAttention-2 (T. Dao, 2023); it performs the same updates.
 *
 * <p>For one head with Q, K, V of shape (T, d), scale 1/sqrt(d), and blocks of {@code block_size}
 * rows (the last block may be shorter), a query block i keeps per row a running maximum m, a
 * running normaliser l and an unnormalised output U. For each key block j it visits:
 *
 * <pre>
 *   S    = Q_i K_j^T / sqrt(d)       (S[r, c] = -inf where key c > query r, if causal)
 *   m'   = max(m, rowmax S)                                   (sec. 3.1, m(x) of a concatenation)
 *   P    = exp(S - m')
 *   l    = exp(m - m') l + rowsum P                           (sec. 3.1, l(x) of a concatenation)
 *   U    = exp(m - m') U + P V_j                              (Alg. 1, line 12, unnormalised)
 * </pre>
 *
 * and at the end O_i = U / l and L_i = m + log l, the log-sum-exp of the row's (masked) scores.
 * With {@code causal}, key blocks that start after the query block's last row are skipped and the
 * straddling block is masked entry by entry with global indices.
 *
 * <p>Cost per head: 4 T^2 d flops (half with the mask) and T^2 exponentials; extra memory
 * O(block_size^2 + block_size d) per head besides the O(T d) output. Stateless and thread-safe.
 */
public final class FlashAttention {
  private FlashAttention() {}

  /** O (B, H, T, d) and the row log-sum-exp L (B, H, T); the arrays are not copied. */
  public static final class Output {
    private final double[][][][] o;
    private final double[][][] lse;

    Output(double[][][][] o, double[][][] lse) {
      this.o = o;
      this.lse = lse;
    }

    public double[][][][] o() {
      return o;
    }

    public double[][][] lse() {
      return lse;
    }
  }

  public static Output forward(
      double[][][][] q, double[][][][] k, double[][][][] v, int blockSize, boolean causal) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("block_size must be at least 1, got " + blockSize);
    }
    int b = q.length;
    int h = q[0].length;
    double[][][][] o = new double[b][h][][];
    double[][][] lse = new double[b][h][];
    for (int i = 0; i < b; i++) {
      for (int j = 0; j < h; j++) {
        double[][] qh = q[i][j];
        o[i][j] = new double[qh.length][v[i][j][0].length];
        lse[i][j] = new double[qh.length];
        head(qh, k[i][j], v[i][j], blockSize, causal, o[i][j], lse[i][j]);
      }
    }
    return new Output(o, lse);
  }

  /** One head: every query block against the key blocks it may see. */
  private static void head(
      double[][] q,
      double[][] k,
      double[][] v,
      int blockSize,
      boolean causal,
      double[][] o,
      double[] lse) {
    int t = q.length;
    double scale = 1.0 / Math.sqrt(q[0].length);
    QueryBlock block = new QueryBlock(blockSize, v[0].length);
    for (int qs = 0; qs < t; qs += blockSize) {
      int qe = Math.min(qs + blockSize, t);
      block.reset(qs, qe);
      int lastKey = causal ? qe : t;
      for (int ks = 0; ks < lastKey; ks += blockSize) {
        block.absorb(q, k, v, ks, Math.min(ks + blockSize, t), scale, causal);
      }
      block.finish(o, lse);
    }
  }

  /** The running statistics m, l and U of the rows of one query block, and its score tile. */
  private static final class QueryBlock {
    private final double[] m;
    private final double[] l;
    private final double[][] u;
    private final double[][] tile;
    private int from;
    private int to;

    QueryBlock(int blockSize, int dv) {
      m = new double[blockSize];
      l = new double[blockSize];
      u = new double[blockSize][dv];
      tile = new double[blockSize][blockSize];
    }

    void reset(int from, int to) {
      this.from = from;
      this.to = to;
      for (int r = 0; r < to - from; r++) {
        m[r] = Double.NEGATIVE_INFINITY;
        l[r] = 0;
        java.util.Arrays.fill(u[r], 0);
      }
    }

    /** Folds keys {@code ks .. ke-1} into every row of the block. */
    void absorb(
        double[][] q, double[][] k, double[][] v, int ks, int ke, double scale, boolean causal) {
      for (int r = 0; r < to - from; r++) {
        int row = from + r;
        int visible = causal ? Math.min(ke, row + 1) : ke;
        if (visible <= ks) {
          continue; // every key of this block is in the row's future
        }
        double[] s = tile[r];
        double max = m[r];
        for (int c = ks; c < visible; c++) {
          s[c - ks] = Matrices.dot(q[row], k[c]) * scale;
          max = Math.max(max, s[c - ks]);
        }
        double correction = Math.exp(m[r] - max); // 0 on the first block, where m = -inf
        l[r] *= correction;
        scaleRow(u[r], correction);
        for (int c = ks; c < visible; c++) {
          double p = Math.exp(s[c - ks] - max);
          l[r] += p;
          addScaled(u[r], p, v[c]);
        }
        m[r] = max;
      }
    }

    void finish(double[][] o, double[] lse) {
      for (int r = 0; r < to - from; r++) {
        double inv = 1.0 / l[r];
        for (int c = 0; c < u[r].length; c++) {
          o[from + r][c] = u[r][c] * inv;
        }
        lse[from + r] = m[r] + Math.log(l[r]);
      }
    }
  }

  private static void scaleRow(double[] a, double factor) {
    for (int i = 0; i < a.length; i++) {
      a[i] *= factor;
    }
  }

  private static void addScaled(double[] acc, double factor, double[] x) {
    for (int i = 0; i < acc.length; i++) {
      acc[i] += factor * x[i];
    }
  }
}
