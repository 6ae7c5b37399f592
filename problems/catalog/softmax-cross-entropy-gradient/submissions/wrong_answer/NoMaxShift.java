/** Wrong answer (Java): exponentiates the raw logits, so exp(1e4) = Infinity and inf / inf = NaN. */
public class Solution {
  public record Result(double loss, double[][] dlogits) {}

  public static Result softmaxCrossEntropy(double[][] logits, long[] labels) {
    int n = logits.length;
    double total = 0;
    double[][] grad = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] z = logits[i];
      int y = (int) labels[i];
      double sum = 0;
      for (double v : z) {
        sum += Math.exp(v);
      }
      total += Math.log(sum) - z[y];
      grad[i] = new double[z.length];
      for (int c = 0; c < z.length; c++) {
        grad[i][c] = (Math.exp(z[c]) / sum - (c == y ? 1.0 : 0.0)) / n;
      }
    }
    return new Result(total / n, grad);
  }
}
