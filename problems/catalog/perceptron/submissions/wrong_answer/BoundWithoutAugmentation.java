/** Wrong answer (Java): the bound on the raw x and wStar, without the constant 1 and bStar. */
public class Solution {
  public record Training(double[] w, double b, int[] mistakesPerEpoch) {}

  public static Training perceptronTrain(double[][] X, long[] y, int maxEpochs) {
    double[] w = new double[X[0].length];
    double b = 0;
    int[] counts = new int[maxEpochs];
    int epochs = 0;
    while (epochs < maxEpochs) {
      int mistakes = 0;
      for (int i = 0; i < X.length; i++) {
        if (y[i] * (dot(w, X[i]) + b) <= 0) {
          for (int j = 0; j < w.length; j++) {
            w[j] += y[i] * X[i][j];
          }
          b += y[i];
          mistakes++;
        }
      }
      counts[epochs++] = mistakes;
      if (mistakes == 0) {
        break;
      }
    }
    return new Training(w, b, java.util.Arrays.copyOf(counts, epochs));
  }

  public static double mistakeBound(double[][] X, long[] y, double[] wStar, double bStar) {
    double worst = Double.POSITIVE_INFINITY;
    double radiusSq = 0;
    for (int i = 0; i < X.length; i++) {
      worst = Math.min(worst, y[i] * (dot(wStar, X[i]) + bStar));
      radiusSq = Math.max(radiusSq, dot(X[i], X[i]));
    }
    if (worst <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double gamma = worst / Math.sqrt(dot(wStar, wStar));
    return radiusSq / (gamma * gamma);
  }

  private static double dot(double[] a, double[] c) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * c[j];
    }
    return s;
  }
}
