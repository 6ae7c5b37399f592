package dev.allclose.reference.loss;

/**
 * Mean softmax cross-entropy of a batch of logits against integer labels, and its gradient with
 * respect to the logits.
 *
 * <p>For logits z (N, C) and labels y (N) with 0 <= y_n < C:
 *
 * <pre>
 *   lse_n   = m_n + log sum_c exp(z_nc - m_n),   m_n = max_c z_nc     (shift by the row maximum)
 *   loss    = (1/N) sum_n (lse_n - z_{n,y_n})                         (mean negative log-likelihood)
 *   p_nc    = exp(z_nc - lse_n)                                       (softmax of row n)
 *   dlogits = (p - onehot(y)) / N                                     (d loss / d z)
 * </pre>
 *
 * The shift by m_n is exact (softmax and log-sum-exp are invariant to adding a constant to a row up
 * to that constant) and keeps every exponent at or below 0, so nothing overflows for logits of any
 * size, and the largest term of each sum is exactly 1, so the logarithm never sees 0. The loss of a
 * row is written (m_n - z_{n,y_n}) + log sum: for a label far below its row's maximum it is large
 * and finite, never the log of an underflowed probability.
 *
 * <p>Sources: C. M. Bishop, "Pattern Recognition and Machine Learning", Springer 2006, section
 * 4.3.4 (multiclass logistic regression: the cross-entropy of a softmax has gradient y - t with
 * respect to the activations); I. Goodfellow, Y. Bengio and A. Courville, "Deep Learning", MIT
 * Press 2016, section 6.2.2.3 (softmax units, and the shift by the maximum that keeps them stable).
 * The batch mean is the reduction of PyTorch's {@code F.cross_entropy} by default.
 *
 * <p>Cost: 3 N C exponentials-and-adds. Stateless and thread-safe.
 */
public final class SoftmaxCrossEntropy {
  private SoftmaxCrossEntropy() {}

  /** The mean loss and the (N, C) gradient with respect to the logits. */
  public static final class Result {
    private final double loss;
    private final double[][] dlogits;

    Result(double loss, double[][] dlogits) {
      this.loss = loss;
      this.dlogits = dlogits;
    }

    public double loss() {
      return loss;
    }

    public double[][] dlogits() {
      return dlogits;
    }
  }

  /**
   * @param logits (N, C), N >= 1, C >= 1, finite
   * @param labels (N), each in [0, C)
   */
  public static Result of(double[][] logits, long[] labels) {
    int n = logits.length;
    if (n == 0 || labels.length != n) {
      throw new IllegalArgumentException(
          "need N >= 1 rows and one label per row, got "
              + n
              + " rows, "
              + labels.length
              + " labels");
    }
    double total = 0;
    double[][] grad = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] z = logits[i];
      int label = Math.toIntExact(labels[i]);
      if (label < 0 || label >= z.length) {
        throw new IllegalArgumentException("label " + label + " of row " + i + " is not a class");
      }
      double max = max(z);
      double sum = 0;
      for (double v : z) {
        sum += Math.exp(v - max);
      }
      double logSum = Math.log(sum);
      total += (max - z[label]) + logSum;
      grad[i] = new double[z.length];
      for (int c = 0; c < z.length; c++) {
        double p = Math.exp((z[c] - max) - logSum);
        grad[i][c] = (c == label ? p - 1.0 : p) / n;
      }
    }
    return new Result(total / n, grad);
  }

  private static double max(double[] row) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : row) {
      m = Math.max(m, v);
    }
    return m;
  }
}
