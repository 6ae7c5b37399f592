/** Accepted: plain loops, the adapter kept factored. */
public class Solution {
  public record Grads(double[][] dA, double[][] dB) {}

  public static double[][] loraForward(
      double[][] x, double[][] W, double[] b, double[][] A, double[][] B, double alpha) {
    double scale = alpha / A.length;
    double[][] hidden = matmulTransposed(x, A); // (N, r)
    double[][] base = matmulTransposed(x, W); // (N, d_out)
    double[][] update = matmulTransposed(hidden, B); // (N, d_out)
    for (int n = 0; n < base.length; n++) {
      for (int o = 0; o < base[n].length; o++) {
        base[n][o] += b[o] + scale * update[n][o];
      }
    }
    return base;
  }

  public static double[][] loraMerge(double[][] W, double[][] A, double[][] B, double alpha) {
    double scale = alpha / A.length;
    double[][] merged = new double[W.length][W[0].length];
    for (int o = 0; o < W.length; o++) {
      for (int i = 0; i < W[0].length; i++) {
        double sum = 0;
        for (int k = 0; k < A.length; k++) {
          sum += B[o][k] * A[k][i];
        }
        merged[o][i] = W[o][i] + scale * sum;
      }
    }
    return merged;
  }

  public static Grads loraBackward(
      double[][] x, double[][] A, double[][] B, double alpha, double[][] gradY) {
    double scale = alpha / A.length;
    int n = x.length;
    int r = A.length;
    double[][] hidden = matmulTransposed(x, A); // (N, r)
    double[][] gradHidden = new double[n][r]; // gradY @ B, (N, r)
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < r; k++) {
        for (int o = 0; o < B.length; o++) {
          gradHidden[s][k] += gradY[s][o] * B[o][k];
        }
      }
    }
    double[][] dA = new double[r][x[0].length];
    double[][] dB = new double[B.length][r];
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < r; k++) {
        for (int i = 0; i < x[0].length; i++) {
          dA[k][i] += scale * gradHidden[s][k] * x[s][i];
        }
        for (int o = 0; o < B.length; o++) {
          dB[o][k] += scale * gradY[s][o] * hidden[s][k];
        }
      }
    }
    return new Grads(dA, dB);
  }

  /** a @ m.T for a (p, q) and m (s, q). */
  private static double[][] matmulTransposed(double[][] a, double[][] m) {
    double[][] c = new double[a.length][m.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < m.length; j++) {
        double sum = 0;
        for (int k = 0; k < m[j].length; k++) {
          sum += a[i][k] * m[j][k];
        }
        c[i][j] = sum;
      }
    }
    return c;
  }
}
