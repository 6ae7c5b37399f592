/**
 * Accepted (Java): the loss row by row with a shifted log-sum-exp, the normalisation's Jacobian
 * as a projection; recall by counting the documents ranked ahead of the relevant one.
 */
public class Solution {
  public static Object[] inBatchSoftmaxLoss(
      double[][] q, double[][] d, double temperature, boolean normalize) {
    int b = q.length;
    int dim = q[0].length;
    double[] qNorm = normalize ? norms(q) : ones(b);
    double[] dNorm = normalize ? norms(d) : ones(b);
    double[][] qn = divide(q, qNorm);
    double[][] dn = divide(d, dNorm);
    double[][] dqn = new double[b][dim];
    double[][] ddn = new double[b][dim];
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
          dqn[i][x] += g * dn[c][x];
          ddn[c][x] += g * qn[i][x];
        }
      }
    }
    if (!normalize) {
      return new Object[] {loss, dqn, ddn};
    }
    return new Object[] {loss, project(dqn, qn, qNorm), project(ddn, dn, dNorm)};
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

  private static double[][] project(double[][] g, double[][] unit, double[] norm) {
    double[][] out = new double[g.length][];
    for (int i = 0; i < g.length; i++) {
      double along = dot(unit[i], g[i]);
      out[i] = new double[g[i].length];
      for (int x = 0; x < g[i].length; x++) {
        out[i][x] = (g[i][x] - unit[i][x] * along) / norm[i];
      }
    }
    return out;
  }

  private static double[] norms(double[][] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = Math.sqrt(dot(a[i], a[i]));
    }
    return out;
  }

  private static double[] ones(int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, 1.0);
    return out;
  }

  private static double[][] divide(double[][] a, double[] by) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = new double[a[i].length];
      for (int x = 0; x < a[i].length; x++) {
        out[i][x] = a[i][x] / by[i];
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
