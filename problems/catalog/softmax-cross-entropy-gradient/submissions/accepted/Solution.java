/** Accepted: loops, each row shifted by its own maximum before exponentiating. */
public class Solution {
  public record Result(double loss, double[][] dlogits) {}

  public static Result softmaxCrossEntropy(double[][] logits, long[] labels) {
    int n = logits.length;
    double total = 0;
    double[][] grad = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] z = logits[i];
      int y = (int) labels[i];
      double max = Double.NEGATIVE_INFINITY;
      for (double v : z) {
        max = Math.max(max, v);
      }
      double sum = 0;
      for (double v : z) {
        sum += Math.exp(v - max);
      }
      double logSum = Math.log(sum); // in [0, log C]: the largest term is exp(0) = 1
      total += (max - z[y]) + logSum;
      grad[i] = new double[z.length];
      for (int c = 0; c < z.length; c++) {
        double p = Math.exp(z[c] - max - logSum);
        grad[i][c] = (p - (c == y ? 1.0 : 0.0)) / n;
      }
    }
    return new Result(total / n, grad);
  }
}
