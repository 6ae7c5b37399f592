import java.util.Arrays;

/** Accepted: plain arrays, a record for the three results of kmeans. */
public class Solution {
  public record Clustering(double[][] centroids, long[] labels, int nIter) {}

  public static Clustering kmeans(double[][] X, double[][] init, int maxIter) {
    int k = init.length;
    int d = init[0].length;
    double[][] c = new double[k][];
    for (int j = 0; j < k; j++) {
      c[j] = init[j].clone();
    }
    long[] labels = new long[X.length];
    Arrays.fill(labels, -1);
    for (int it = 1; it <= maxIter; it++) {
      boolean changed = false;
      for (int i = 0; i < X.length; i++) {
        int best = 0;
        for (int j = 1; j < k; j++) {
          if (dist(X[i], c[j]) < dist(X[i], c[best])) {
            best = j;
          }
        }
        changed |= labels[i] != best;
        labels[i] = best;
      }
      if (!changed) {
        return new Clustering(c, labels, it);
      }
      double[][] sum = new double[k][d];
      int[] count = new int[k];
      for (int i = 0; i < X.length; i++) {
        int j = (int) labels[i];
        count[j]++;
        for (int q = 0; q < d; q++) {
          sum[j][q] += X[i][q];
        }
      }
      for (int j = 0; j < k; j++) {
        for (int q = 0; q < d && count[j] > 0; q++) {
          c[j][q] = sum[j][q] / count[j];
        }
      }
    }
    return new Clustering(c, labels, maxIter);
  }

  public static long[] kmeansPlusPlus(double[][] X, int k, double[] u) {
    int n = X.length;
    long[] chosen = new long[k];
    double[] w = new double[n];
    Arrays.fill(w, Double.POSITIVE_INFINITY);
    for (int t = 0; t < k; t++) {
      int pick = (int) Math.floor(u[t] * n);
      if (t > 0) {
        double total = 0;
        for (double v : w) {
          total += v;
        }
        if (total > 0) {
          double run = 0;
          for (int i = 0; i < n; i++) {
            run += w[i];
            if (run / total > u[t]) {
              pick = i;
              break;
            }
          }
        }
      }
      chosen[t] = pick;
      for (int i = 0; i < n; i++) {
        w[i] = Math.min(w[i], dist(X[i], X[pick]));
      }
    }
    return chosen;
  }

  private static double dist(double[] a, double[] b) {
    double s = 0;
    for (int q = 0; q < a.length; q++) {
      s += (a[q] - b[q]) * (a[q] - b[q]);
    }
    return s;
  }
}
