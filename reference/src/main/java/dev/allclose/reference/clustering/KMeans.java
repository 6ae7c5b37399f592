package dev.allclose.reference.clustering;

import java.util.Arrays;

/**
 * Lloyd's algorithm for k-means from given initial centroids, and k-means++ seeding driven by given
 * uniforms, so that both are deterministic functions of their inputs.
 *
 * <p>Sources: S. P. Lloyd, "Least squares quantization in PCM", IEEE Transactions on Information
 * Theory 28(2), 1982 (the alternation of nearest-centre assignment and centroid update); D. Arthur
 * and S. Vassilvitskii, "k-means++: The Advantages of Careful Seeding", SODA 2007 (seeding by
 * D(x)^2 sampling).
 *
 * <p>Lloyd, for points X (n, d) and centroids C (k, d), repeated at most maxIter times:
 *
 * <pre>
 *   assign:  label_i = argmin_j ||x_i - c_j||^2            (ties to the lower j)
 *   stop if no label changed (the first assignment always counts as a change)
 *   update:  c_j = mean of the x_i with label_i = j        (a cluster with no point keeps c_j)
 * </pre>
 *
 * nIter is the number of assignment steps made: the one that changed nothing, or maxIter. The
 * returned centroids are always the update of the returned labels (after a final assignment that
 * changed nothing, the update would give the same centroids again).
 *
 * <p>k-means++, for uniforms u_0 .. u_{k-1} in [0, 1): the first centre is point floor(u_0 n);
 * centre t is the first index i whose normalised cumulative weight S_i / S_{n-1} exceeds u_t, where
 * S_i = sum_{m <= i} D(x_m)^2 and D(x) is the distance to the nearest centre chosen so far. When
 * every D^2 is zero (all points coincide with chosen centres) it falls back to floor(u_t n), as for
 * the first centre.
 *
 * <p>Squared distances are summed coordinate by coordinate of (x - c)^2, means as a left-to-right
 * sum divided by the count; on integer data exact ties stay exact. Cost: O(n k d) per Lloyd
 * iteration and O(n k d) for the whole seeding (one distance per point and new centre). Stateless
 * and thread-safe; inputs are not modified.
 */
public final class KMeans {
  private KMeans() {}

  /** The result of Lloyd's algorithm: centroids (k, d), labels (n), assignment steps made. */
  public static final class Clustering {
    private final double[][] centroids;
    private final long[] labels;
    private final int nIter;

    Clustering(double[][] centroids, long[] labels, int nIter) {
      this.centroids = centroids;
      this.labels = labels;
      this.nIter = nIter;
    }

    public double[][] centroids() {
      double[][] copy = new double[centroids.length][];
      for (int j = 0; j < centroids.length; j++) {
        copy[j] = centroids[j].clone();
      }
      return copy;
    }

    public long[] labels() {
      return labels.clone();
    }

    public int nIter() {
      return nIter;
    }
  }

  /**
   * @param x n points of d coordinates, n >= 1
   * @param init k initial centroids of d coordinates, k >= 1
   * @param maxIter at least 1
   */
  public static Clustering lloyd(double[][] x, double[][] init, int maxIter) {
    checkPoints(x);
    if (init.length == 0 || init[0].length != x[0].length) {
      throw new IllegalArgumentException(
          "need k >= 1 initial centroids of the points' dimension " + x[0].length);
    }
    if (maxIter < 1) {
      throw new IllegalArgumentException("max_iter=" + maxIter + " must be at least 1");
    }
    double[][] centroids = new double[init.length][];
    for (int j = 0; j < init.length; j++) {
      centroids[j] = init[j].clone();
    }
    long[] labels = new long[x.length];
    Arrays.fill(labels, -1);
    for (int iter = 1; iter <= maxIter; iter++) {
      if (!assign(x, centroids, labels)) {
        return new Clustering(centroids, labels, iter);
      }
      update(x, labels, centroids);
    }
    return new Clustering(centroids, labels, maxIter);
  }

  /**
   * k-means++ seeding.
   *
   * @param x n points, n >= 1
   * @param k centres to choose, 1 <= k <= n
   * @param u k uniforms in [0, 1)
   * @return the indices of the chosen points, in the order chosen
   */
  public static long[] plusPlus(double[][] x, int k, double[] u) {
    checkPoints(x);
    int n = x.length;
    if (k < 1 || k > n || u.length != k) {
      throw new IllegalArgumentException(
          "need 1 <= k <= n = " + n + " and k uniforms, got k = " + k + ", " + u.length);
    }
    long[] chosen = new long[k];
    double[] nearest = new double[n];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    for (int t = 0; t < k; t++) {
      int pick = t == 0 ? scaled(u[t], n) : sample(nearest, u[t]);
      chosen[t] = pick;
      for (int i = 0; i < n; i++) {
        nearest[i] = Math.min(nearest[i], squaredDistance(x[i], x[pick]));
      }
    }
    return chosen;
  }

  /** ||a - b||^2, summed over coordinates left to right. */
  public static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      double diff = a[c] - b[c];
      s += diff * diff;
    }
    return s;
  }

  /** Relabels every point by its nearest centroid, lower index on ties; whether any changed. */
  private static boolean assign(double[][] x, double[][] centroids, long[] labels) {
    boolean changed = false;
    for (int i = 0; i < x.length; i++) {
      int best = 0;
      double bestDist = squaredDistance(x[i], centroids[0]);
      for (int j = 1; j < centroids.length; j++) {
        double dist = squaredDistance(x[i], centroids[j]);
        if (dist < bestDist) {
          best = j;
          bestDist = dist;
        }
      }
      changed |= labels[i] != best;
      labels[i] = best;
    }
    return changed;
  }

  /** Moves each centroid to the mean of its points; a centroid with no point stays. */
  private static void update(double[][] x, long[] labels, double[][] centroids) {
    int d = x[0].length;
    double[][] sums = new double[centroids.length][d];
    int[] counts = new int[centroids.length];
    for (int i = 0; i < x.length; i++) {
      int j = (int) labels[i];
      counts[j]++;
      for (int c = 0; c < d; c++) {
        sums[j][c] += x[i][c];
      }
    }
    for (int j = 0; j < centroids.length; j++) {
      if (counts[j] > 0) {
        for (int c = 0; c < d; c++) {
          centroids[j][c] = sums[j][c] / counts[j];
        }
      }
    }
  }

  /** The first index whose cumulative weight, over the total, exceeds u; floor(u n) if all 0. */
  private static int sample(double[] weights, double u) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    if (total == 0) {
      return scaled(u, weights.length);
    }
    double cumulative = 0;
    for (int i = 0; i < weights.length; i++) {
      cumulative += weights[i];
      if (cumulative / total > u) {
        return i;
      }
    }
    return weights.length - 1; // unreachable: the last ratio is total / total = 1 > u
  }

  private static int scaled(double u, int n) {
    if (!(u >= 0 && u < 1)) {
      throw new IllegalArgumentException("uniform " + u + " is not in [0, 1)");
    }
    return Math.min((int) Math.floor(u * n), n - 1); // u n can round up to n for u near 1
  }

  private static void checkPoints(double[][] x) {
    if (x.length == 0 || x[0].length == 0) {
      throw new IllegalArgumentException("need n >= 1 points of d >= 1 coordinates");
    }
  }
}
