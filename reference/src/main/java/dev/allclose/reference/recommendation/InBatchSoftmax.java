package dev.allclose.reference.recommendation;

import dev.allclose.numeric.Matrices;
import dev.allclose.reference.loss.SoftmaxCrossEntropy;

/**
 * The in-batch softmax loss of a two-tower (dual-encoder) retrieval model and its gradients with
 * respect to the query and document embeddings, before their normalisation.
 *
 * <p>Sources: X. Yi et al., "Sampling-Bias-Corrected Neural Modeling for Large Corpus Item
 * Recommendations", RecSys 2019 (the batch softmax of a two-tower model, with L2-normalised
 * embeddings and a temperature; its log-frequency correction is not applied here); V. Karpukhin et
 * al., "Dense Passage Retrieval for Open-Domain Question Answering", EMNLP 2020 (in-batch negatives
 * with raw dot products, the normalize = false case).
 *
 * <p>For queries q (B, D) and documents d (B, D), row b of each a positive pair:
 *
 * <pre>
 *   qn_b = q_b / |q_b|, dn_b = d_b / |d_b|   when normalize, else qn = q, dn = d
 *   S    = qn dn^T / tau                                 (B, B) logits; column b is row b's positive
 *   L    = (1/B) sum_b (logsumexp_c S_bc - S_bb)         (cross-entropy with diagonal targets)
 *   G    = dL/dS = (softmax_rows(S) - I) / B
 *   dqn  = G dn / tau,  ddn = G^T qn / tau
 *   dq_b = (dqn_b - qn_b (qn_b . dqn_b)) / |q_b|          (through the normalisation, when on)
 * </pre>
 *
 * The cross-entropy and G come from {@link SoftmaxCrossEntropy}, which shifts every row by its
 * maximum, so logits in the thousands (a small tau on unnormalised embeddings) stay finite. Rows
 * must be non-zero when normalize is on.
 *
 * <p>Cost: 2 B^2 D flops for S and 4 B^2 D for the gradients, O(B^2) memory. Stateless and
 * thread-safe.
 */
public final class InBatchSoftmax {
  private InBatchSoftmax() {}

  /** The mean loss and its gradients with respect to the raw q and d. */
  public static final class Result {
    private final double loss;
    private final double[][] dq;
    private final double[][] dd;

    Result(double loss, double[][] dq, double[][] dd) {
      this.loss = loss;
      this.dq = dq;
      this.dd = dd;
    }

    public double loss() {
      return loss;
    }

    public double[][] dq() {
      return dq;
    }

    public double[][] dd() {
      return dd;
    }
  }

  /**
   * @param q query embeddings (B, D), B >= 1
   * @param d document embeddings (B, D); d_b is the positive of q_b
   * @param temperature tau > 0; the logits are divided by it
   * @param normalize whether rows are L2-normalised before the dot products
   */
  public static Result of(double[][] q, double[][] d, double temperature, boolean normalize) {
    if (q.length == 0 || q.length != d.length) {
      throw new IllegalArgumentException(
          "q and d need the same, non-zero number of rows: " + q.length + ", " + d.length);
    }
    int b = q.length;
    double[] qNorms = normalize ? norms(q) : ones(b);
    double[] dNorms = normalize ? norms(d) : ones(b);
    double[][] qn = divideRows(q, qNorms);
    double[][] dn = divideRows(d, dNorms);
    double[][] logits = Matrices.matmul(qn, Matrices.transpose(dn));
    for (double[] row : logits) {
      for (int c = 0; c < b; c++) {
        row[c] /= temperature;
      }
    }
    long[] diagonal = new long[b];
    for (int r = 0; r < b; r++) {
      diagonal[r] = r;
    }
    SoftmaxCrossEntropy.Result ce = SoftmaxCrossEntropy.of(logits, diagonal);
    double[][] g = ce.dlogits();
    double[][] dqn = scale(Matrices.matmul(g, dn), 1 / temperature);
    double[][] ddn = scale(Matrices.matmul(Matrices.transpose(g), qn), 1 / temperature);
    if (!normalize) {
      return new Result(ce.loss(), dqn, ddn);
    }
    return new Result(
        ce.loss(), throughNormalisation(dqn, qn, qNorms), throughNormalisation(ddn, dn, dNorms));
  }

  /** d/dx of f(x / |x|), row by row, given g = df/du at u = x / |x|: (g - u (u . g)) / |x|. */
  private static double[][] throughNormalisation(double[][] g, double[][] unit, double[] norms) {
    double[][] out = new double[g.length][];
    for (int r = 0; r < g.length; r++) {
      double along = 0;
      for (int c = 0; c < g[r].length; c++) {
        along += unit[r][c] * g[r][c];
      }
      out[r] = new double[g[r].length];
      for (int c = 0; c < g[r].length; c++) {
        out[r][c] = (g[r][c] - unit[r][c] * along) / norms[r];
      }
    }
    return out;
  }

  private static double[] norms(double[][] x) {
    double[] out = new double[x.length];
    for (int r = 0; r < x.length; r++) {
      double sq = 0;
      for (double v : x[r]) {
        sq += v * v;
      }
      out[r] = Math.sqrt(sq);
    }
    return out;
  }

  private static double[] ones(int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, 1.0);
    return out;
  }

  private static double[][] divideRows(double[][] x, double[] by) {
    double[][] out = new double[x.length][];
    for (int r = 0; r < x.length; r++) {
      out[r] = new double[x[r].length];
      for (int c = 0; c < x[r].length; c++) {
        out[r][c] = x[r][c] / by[r];
      }
    }
    return out;
  }

  private static double[][] scale(double[][] x, double factor) {
    for (double[] row : x) {
      for (int c = 0; c < row.length; c++) {
        row[c] *= factor;
      }
    }
    return x;
  }
}
