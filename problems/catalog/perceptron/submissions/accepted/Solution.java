import java.util.ArrayList;
import java.util.List;

/** Accepted: loops over plain arrays, the bias as a separate scalar; counts as a List. */
public class Solution {
  public record Training(double[] w, double b, List<Integer> mistakesPerEpoch) {}

  public static Training perceptronTrain(double[][] X, long[] y, int maxEpochs) {
    double[] w = new double[X[0].length];
    double b = 0;
    List<Integer> counts = new ArrayList<>();
    for (int epoch = 0; epoch < maxEpochs; epoch++) {
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
      counts.add(mistakes);
      if (mistakes == 0) {
        break;
      }
    }
    return new Training(w, b, counts);
  }

  public static double mistakeBound(double[][] X, long[] y, double[] wStar, double bStar) {
    double worst = Double.POSITIVE_INFINITY;
    double radiusSq = 0;
    for (int i = 0; i < X.length; i++) {
      worst = Math.min(worst, y[i] * (dot(wStar, X[i]) + bStar));
      radiusSq = Math.max(radiusSq, dot(X[i], X[i]) + 1);
    }
    if (worst <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double gamma = worst / Math.sqrt(dot(wStar, wStar) + bStar * bStar);
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
