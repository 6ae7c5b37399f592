/** Wrong answer (Java): dot products of the raw rows stand in for cosine similarities. */
public class Solution {
  public static double ntXentLoss(double[][] z1, double[][] z2, double temperature) {
    double[][] z = stack(z1, z2);
    double[][] s = similarities(z, temperature);
    int n2 = z.length;
    double total = 0;
    for (int i = 0; i < n2; i++) {
      total += logSumExpWithoutSelf(s[i], i) - s[i][(i + n2 / 2) % n2];
    }
    return total / n2;
  }

  public static Object[] ntXentGrad(double[][] z1, double[][] z2, double temperature) {
    double[][] z = stack(z1, z2);
    double[][] s = similarities(z, temperature);
    int n2 = z.length;
    int d = z[0].length;
    double[][] dz = new double[n2][d];
    for (int i = 0; i < n2; i++) {
      double lse = logSumExpWithoutSelf(s[i], i);
      for (int k = 0; k < n2; k++) {
        if (k == i) {
          continue;
        }
        double g = Math.exp(s[i][k] - lse) - (k == (i + n2 / 2) % n2 ? 1 : 0);
        g /= n2 * temperature;
        for (int c = 0; c < d; c++) {
          dz[i][c] += g * z[k][c];
          dz[k][c] += g * z[i][c];
        }
      }
    }
    return new Object[] {
      java.util.Arrays.copyOfRange(dz, 0, n2 / 2), java.util.Arrays.copyOfRange(dz, n2 / 2, n2)
    };
  }

  private static double[][] stack(double[][] z1, double[][] z2) {
    double[][] z = new double[2 * z1.length][];
    for (int i = 0; i < z1.length; i++) {
      z[i] = z1[i];
      z[i + z1.length] = z2[i];
    }
    return z;
  }

  private static double[][] similarities(double[][] z, double temperature) {
    double[][] s = new double[z.length][z.length];
    for (int i = 0; i < z.length; i++) {
      for (int k = 0; k < z.length; k++) {
        double dot = 0;
        for (int c = 0; c < z[i].length; c++) {
          dot += z[i][c] * z[k][c];
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
