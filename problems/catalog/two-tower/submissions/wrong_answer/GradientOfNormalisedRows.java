/**
 * Wrong answer (Java): with normalize on, the gradients stop at the normalised rows: they are
 * dL/d(q / |q|) and dL/d(d / |d|), without the Jacobian (I - u u^T) / |x| of the normalisation.
 */
public class Solution {
  public static Object[] inBatchSoftmaxLoss(
      double[][] q, double[][] d, double temperature, boolean normalize) {
    int b = q.length;
    int dim = q[0].length;
    double[][] qn = normalize ? unitRows(q) : q;
    double[][] dn = normalize ? unitRows(d) : d;
    double[][] dq = new double[b][dim];
    double[][] dd = new double[b][dim];
    double loss = 0;
    for (int i = 0; i < b; i++) {
      double[] logits = new double[b];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < b; c++) {
        logits[c] = dot(qn[i], dn[c]) / temperature;
        max = Math.max(max, logits[c]);
      }
      double sum = 0;
      for (double s : logits) {
        sum += Math.exp(s - max);
      }
      double lse = max + Math.log(sum);
      loss += (lse - logits[i]) / b;
      for (int c = 0; c < b; c++) {
        double g = (Math.exp(logits[c] - lse) - (c == i ? 1 : 0)) / (b * temperature);
        for (int x = 0; x < dim; x++) {
          dq[i][x] += g * dn[c][x];
          dd[c][x] += g * qn[i][x];
        }
      }
    }
    return new Object[] {loss, dq, dd};
  }

  public static double recallAtK(double[][] q, double[][] corpus, long[] relevant, int k) {
    int hits = 0;
    for (int m = 0; m < q.length; m++) {
      int r = (int) relevant[m];
      double target = dot(q[m], corpus[r]);
      int ahead = 0;
      for (int n = 0; n < corpus.length; n++) {
        double s = dot(q[m], corpus[n]);
        if (s > target || (s == target && n < r)) {
          ahead++;
        }
      }
      if (ahead < k) {
        hits++;
      }
    }
    return (double) hits / q.length;
  }

  private static double[][] unitRows(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      double norm = Math.sqrt(dot(a[i], a[i]));
      out[i] = new double[a[i].length];
      for (int x = 0; x < a[i].length; x++) {
        out[i][x] = a[i][x] / norm;
      }
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int x = 0; x < a.length; x++) {
      s += a[x] * b[x];
    }
    return s;
  }
}
