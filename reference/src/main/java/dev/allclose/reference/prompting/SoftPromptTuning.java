package dev.allclose.reference.prompting;

import dev.allclose.numeric.Matrices;

/**
 * The loss of a frozen toy classifier that reads a trainable soft prompt in front of every
 * sequence, and the gradient of that loss with respect to the prompt alone.
 *
 * <p>Source: B. Lester, R. Al-Rfou and N. Constant, "The Power of Scale for Parameter-Efficient
 * Prompt Tuning", EMNLP 2021 (arXiv:2104.08691): n learnable prompt vectors are prepended to the
 * embedded input and only they are trained, the model staying frozen. The model itself (learned
 * positions, tanh, mean pooling, one linear layer) is this project's simplification, not the
 * paper's T5.
 *
 * <p>For a prompt P (n, D), token ids (B, T), embeddings E (V, D), positions Pos (L, D), L >= n +
 * T, a head W (D, C), b (C,) and labels (B,):
 *
 * <pre>
 *   x_b   = [P ; E[ids_b]] + Pos[0 : n+T]          (n+T, D): positions count from the first prompt row
 *   h_b   = (1/(n+T)) sum_s tanh(x_b[s])           (D,)
 *   z_b   = h_b W + b                              (C,)
 *   loss  = (1/B) sum_b (logsumexp(z_b) - z_b[y_b])
 *   dz_b  = (softmax(z_b) - onehot(y_b)) / B
 *   dP[s] = sum_b (1 - tanh(x_b[s])^2) * (W dz_b) / (n+T),   s < n
 * </pre>
 *
 * The log-sum-exp subtracts the row maximum, so logits in the thousands give a finite loss.
 *
 * <p>Cost: about 2 B (n+T) D + 4 B D C flops and B (n+T) D tanh evaluations. Stateless and
 * thread-safe.
 */
public final class SoftPromptTuning {
  private SoftPromptTuning() {}

  /** The mean cross-entropy and its gradient with respect to the prompt (the shape of P). */
  public static final class Result {
    private final double loss;
    private final double[][] dP;

    Result(double loss, double[][] dP) {
      this.loss = loss;
      this.dP = dP;
    }

    public double loss() {
      return loss;
    }

    public double[][] dP() {
      return dP;
    }
  }

  /**
   * @param p the soft prompt (n, D), n >= 1
   * @param tokenIds (B, T), B >= 1, T >= 1, each in [0, V)
   * @param labels (B,), each in [0, C)
   * @param e the frozen embeddings (V, D)
   * @param pos the frozen positions (L, D), L >= n + T
   * @param w the frozen head (D, C)
   * @param b the frozen bias (C,)
   */
  public static Result lossAndGrad(
      double[][] p,
      long[][] tokenIds,
      long[] labels,
      double[][] e,
      double[][] pos,
      double[][] w,
      double[] b) {
    int n = p.length;
    int batch = tokenIds.length;
    if (n == 0 || batch == 0 || labels.length != batch || pos.length < n + tokenIds[0].length) {
      throw new IllegalArgumentException("need n >= 1, B >= 1, B labels and L >= n + T");
    }
    double[][] dP = new double[n][p[0].length];
    double total = 0;
    for (int s = 0; s < batch; s++) {
      double[][] activations = tanhOfInputs(p, tokenIds[s], e, pos);
      double[] logits = logits(mean(activations), w, b);
      int label = index(labels[s], b.length, "label");
      total += Matrices.logSumExp(logits) - logits[label];
      double[] dLogits = logits.clone();
      Matrices.softmaxInPlace(dLogits);
      dLogits[label] -= 1;
      accumulatePromptGradient(dP, activations, w, dLogits, 1.0 / batch);
    }
    return new Result(total / batch, dP);
  }

  /** tanh([P ; E[ids]] + Pos[0 : n+T]), row by row. */
  private static double[][] tanhOfInputs(double[][] p, long[] ids, double[][] e, double[][] pos) {
    int n = p.length;
    double[][] a = new double[n + ids.length][];
    for (int s = 0; s < a.length; s++) {
      double[] row = s < n ? p[s] : e[index(ids[s - n], e.length, "token id")];
      a[s] = new double[row.length];
      for (int d = 0; d < row.length; d++) {
        a[s][d] = Math.tanh(row[d] + pos[s][d]);
      }
    }
    return a;
  }

  private static double[] mean(double[][] rows) {
    double[] h = new double[rows[0].length];
    for (double[] row : rows) {
      for (int d = 0; d < h.length; d++) {
        h[d] += row[d] / rows.length;
      }
    }
    return h;
  }

  private static double[] logits(double[] h, double[][] w, double[] b) {
    double[] z = b.clone();
    for (int d = 0; d < h.length; d++) {
      for (int c = 0; c < z.length; c++) {
        z[c] += h[d] * w[d][c];
      }
    }
    return z;
  }

  /** dP[s] += scale * (1 - a[s]^2) * (W dLogits) / (n+T) for the prompt rows s < n. */
  private static void accumulatePromptGradient(
      double[][] dP, double[][] activations, double[][] w, double[] dLogits, double scale) {
    int positions = activations.length;
    for (int d = 0; d < w.length; d++) {
      double dh = Matrices.dot(w[d], dLogits) * scale / positions;
      for (int s = 0; s < dP.length; s++) {
        double a = activations[s][d];
        dP[s][d] += dh * (1 - a * a);
      }
    }
  }

  private static int index(long value, int size, String what) {
    if (value < 0 || value >= size) {
      throw new IllegalArgumentException(what + " " + value + " is not in [0, " + size + ")");
    }
    return (int) value;
  }
}
