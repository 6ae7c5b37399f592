/** Accepted: loops over anchors with a shifted log-sum-exp; the gradient returned as a record. */
public class Solution {
  public record Grads(double[][] dz1, double[][] dz2) {}

  public static double ntXentLoss(double[][] z1, double[][] z2, double temperature) {
    double[][] u = unitRows(z1, z2);
    double[][] s = similarities(u, temperature);
    int n2 = u.length;
    double total = 0;
    for (int i = 0; i < n2; i++) {
      total += logSumExpWithoutSelf(s[i], i) - s[i][(i + n2 / 2) % n2];
    }
    return total / n2;
  }

  public static Grads ntXentGrad(double[][] z1, double[][] z2, double temperature) {
    double[][] u = unitRows(z1, z2);
    double[][] s = similarities(u, temperature);
    int n2 = u.length;
    int d = u[0].length;
    double[][] du = new double[n2][d];
    for (int i = 0; i < n2; i++) {
      double lse = logSumExpWithoutSelf(s[i], i);
      for (int k = 0; k < n2; k++) {
        if (k == i) {
          continue;
        }
        double g = Math.exp(s[i][k] - lse) - (k == (i + n2 / 2) % n2 ? 1 : 0);
        g /= n2 * temperature;
        for (int c = 0; c < d; c++) {
          du[i][c] += g * u[k][c];
          du[k][c] += g * u[i][c];
        }
      }
    }
    double[][] dz1 = new double[n2 / 2][];
    double[][] dz2 = new double[n2 / 2][];
    for (int i = 0; i < n2; i++) {
      double[] row = i < n2 / 2 ? z1[i] : z2[i - n2 / 2];
      double norm = norm(row);
      double dot = 0;
      for (int c = 0; c < d; c++) {
        dot += u[i][c] * du[i][c];
      }
      double[] g = new double[d];
      for (int c = 0; c < d; c++) {
        g[c] = (du[i][c] - u[i][c] * dot) / norm;
      }
      if (i < n2 / 2) {
        dz1[i] = g;
      } else {
        dz2[i - n2 / 2] = g;
      }
    }
    return new Grads(dz1, dz2);
  }

  private static double[][] unitRows(double[][] z1, double[][] z2) {
    int n = z1.length;
    double[][] u = new double[2 * n][];
    for (int i = 0; i < 2 * n; i++) {
      double[] row = i < n ? z1[i] : z2[i - n];
      double norm = norm(row);
      u[i] = new double[row.length];
      for (int c = 0; c < row.length; c++) {
        u[i][c] = row[c] / norm;
      }
    }
    return u;
  }

  private static double norm(double[] row) {
    double sq = 0;
    for (double v : row) {
      sq += v * v;
    }
    return Math.sqrt(sq);
  }

  private static double[][] similarities(double[][] u, double temperature) {
    double[][] s = new double[u.length][u.length];
    for (int i = 0; i < u.length; i++) {
      for (int k = 0; k < u.length; k++) {
        double dot = 0;
        for (int c = 0; c < u[i].length; c++) {
          dot += u[i][c] * u[k][c];
        }
        s[i][k] = dot / temperature;
      }
    }
    return s;
  }

  private static double logSumExpWithoutSelf(double[] row, int self) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < row.length; k++) {
      if (k != self) {
        max = Math.max(max, row[k]);
      }
    }
    double sum = 0;
    for (int k = 0; k < row.length; k++) {
      if (k != self) {
        sum += Math.exp(row[k] - max);
      }
    }
    return max + Math.log(sum);
  }
}
