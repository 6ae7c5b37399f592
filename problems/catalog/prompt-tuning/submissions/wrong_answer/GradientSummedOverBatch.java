/**
 * Wrong answer (Java): a correct forward pass and loss, but dP adds every sequence's gradient
 * without the 1/B of the batch mean.
 */
public class Solution {
  public static Object[] promptTuningLossAndGrad(
      double[][] P, long[][] tokenIds, long[] labels, double[][] E, double[][] Pos, double[][] W,
      double[] b) {
    int n = P.length;
    int d = P[0].length;
    int batch = tokenIds.length;
    int len = n + tokenIds[0].length;
    double[][] dP = new double[n][d];
    double loss = 0;
    for (int s = 0; s < batch; s++) {
      double[][] a = new double[len][d];
      double[] h = new double[d];
      for (int t = 0; t < len; t++) {
        double[] row = t < n ? P[t] : E[(int) tokenIds[s][t - n]];
        for (int k = 0; k < d; k++) {
          a[t][k] = Math.tanh(row[k] + Pos[t][k]);
          h[k] += a[t][k] / len;
        }
      }
      double[] z = b.clone();
      for (int k = 0; k < d; k++) {
        for (int c = 0; c < z.length; c++) {
          z[c] += h[k] * W[k][c];
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double v : z) {
        max = Math.max(max, v);
      }
      double sum = 0;
      for (double v : z) {
        sum += Math.exp(v - max);
      }
      double lse = max + Math.log(sum);
      int label = (int) labels[s];
      loss += lse - z[label];
      for (int k = 0; k < d; k++) {
        double dh = 0;
        for (int c = 0; c < z.length; c++) {
          dh += W[k][c] * (Math.exp(z[c] - lse) - (c == label ? 1 : 0));
        }
        for (int t = 0; t < n; t++) {
          dP[t][k] += dh * (1 - a[t][k] * a[t][k]) / len;
        }
      }
    }
    return new Object[] {loss / batch, dP};
  }
}
