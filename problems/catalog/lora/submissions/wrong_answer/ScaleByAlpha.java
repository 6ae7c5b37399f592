/** Wrong answer (Java): the update is multiplied by alpha, not alpha / r. */
public class Solution {
  public record Grads(double[][] dA, double[][] dB) {}

  public static double[][] loraForward(
      double[][] x, double[][] W, double[] b, double[][] A, double[][] B, double alpha) {
    double[][] merged = loraMerge(W, A, B, alpha);
    double[][] y = new double[x.length][W.length];
    for (int n = 0; n < x.length; n++) {
      for (int o = 0; o < W.length; o++) {
        double sum = b[o];
        for (int i = 0; i < x[n].length; i++) {
          sum += x[n][i] * merged[o][i];
        }
        y[n][o] = sum;
      }
    }
    return y;
  }

  public static double[][] loraMerge(double[][] W, double[][] A, double[][] B, double alpha) {
    double[][] merged = new double[W.length][];
    for (int o = 0; o < W.length; o++) {
      merged[o] = W[o].clone();
      for (int k = 0; k < A.length; k++) {
        for (int i = 0; i < W[o].length; i++) {
          merged[o][i] += alpha * B[o][k] * A[k][i];
        }
      }
    }
    return merged;
  }

  public static Grads loraBackward(
      double[][] x, double[][] A, double[][] B, double alpha, double[][] gradY) {
    int r = A.length;
    double[][] dA = new double[r][x[0].length];
    double[][] dB = new double[B.length][r];
    for (int s = 0; s < x.length; s++) {
      for (int k = 0; k < r; k++) {
        double hidden = 0;
        for (int i = 0; i < x[s].length; i++) {
          hidden += x[s][i] * A[k][i];
        }
        double gradHidden = 0;
        for (int o = 0; o < B.length; o++) {
          gradHidden += gradY[s][o] * B[o][k];
          dB[o][k] += alpha * gradY[s][o] * hidden;
        }
        for (int i = 0; i < x[s].length; i++) {
          dA[k][i] += alpha * gradHidden * x[s][i];
        }
      }
    }
    return new Grads(dA, dB);
  }
}
