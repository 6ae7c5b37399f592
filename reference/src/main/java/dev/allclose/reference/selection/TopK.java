package dev.allclose.reference.selection;

import java.util.SplittableRandom;

/**
 * The indices of the k largest entries of a vector, best first, found without sorting the vector.
 *
 * <p>Source: C. A. R. Hoare, "Algorithm 65: Find", Communications of the ACM 4(7):321-322, 1961
 * (selection by partitioning, "quickselect"), and J. W. J. Williams, "Algorithm 232: Heapsort",
 * Communications of the ACM 7(6):347-348, 1964 (ordering the k winners).
 *
 * <p>The ranking is a strict total order on indices: entry a precedes entry b when
 *
 * <pre>
 *   x[a] > x[b]  or  (x[a] == x[b] and a < b)                              (1)
 * </pre>
 *
 * so ties go to the lower index; values compare as numbers ({@code -0.0 == 0.0}), NaN is not
 * allowed. The result r has length k and satisfies, for every i < k - 1, that r[i] precedes r[i +
 * 1] under (1), and every index outside r is preceded by all of r.
 *
 * <p>Method: a quickselect with uniformly drawn pivots (Hoare 1961) partitions an index array under
 * (1) until the k best occupy its first k positions, in expected O(n) comparisons; a heapsort
 * (Williams 1964) of those k positions orders them in O(k log k). Total: expected O(n + k log k)
 * time, O(n) extra memory for the index array. Because (1) has no ties, all-equal inputs partition
 * as evenly as distinct ones. The pivot stream has a fixed seed, so results and running times are
 * reproducible. Stateless and thread-safe.
 */
public final class TopK {
  private static final long PIVOT_SEED = 0x5EEDL;

  private TopK() {}

  /**
   * Returns the indices of the k largest entries of x, best first, ties to the lower index.
   *
   * @param x the values, no NaN
   * @param k how many, 0 <= k <= x.length
   */
  public static int[] select(double[] x, int k) {
    if (k < 0 || k > x.length) {
      throw new IllegalArgumentException("k=" + k + " is outside [0, " + x.length + "]");
    }
    for (double v : x) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("x holds NaN, which has no rank");
      }
    }
    int[] idx = new int[x.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    if (k > 0) {
      partitionAround(x, idx, k - 1);
      heapSortPrefix(x, idx, k);
    }
    int[] out = new int[k];
    System.arraycopy(idx, 0, out, 0, k);
    return out;
  }

  /** Whether entry a precedes entry b under (1). */
  static boolean precedes(double[] x, int a, int b) {
    return x[a] > x[b] || (x[a] == x[b] && a < b);
  }

  /**
   * Quickselect: rearranges idx so that position {@code target} holds the entry of that rank and
   * every entry before it precedes it (Hoare 1961).
   */
  private static void partitionAround(double[] x, int[] idx, int target) {
    SplittableRandom rng = new SplittableRandom(PIVOT_SEED);
    int lo = 0;
    int hi = idx.length - 1;
    while (lo < hi) {
      int p = partition(x, idx, lo, hi, lo + rng.nextInt(hi - lo + 1));
      if (p == target) {
        return;
      }
      if (p < target) {
        lo = p + 1;
      } else {
        hi = p - 1;
      }
    }
  }

  /**
   * Lomuto's scheme: puts the entries of idx[lo..hi] that precede the pivot to its left, the rest
   * to its right, and returns the pivot's final position.
   */
  private static int partition(double[] x, int[] idx, int lo, int hi, int pivotAt) {
    swap(idx, pivotAt, hi);
    int pivot = idx[hi];
    int store = lo;
    for (int i = lo; i < hi; i++) {
      if (precedes(x, idx[i], pivot)) {
        swap(idx, i, store++);
      }
    }
    swap(idx, store, hi);
    return store;
  }

  /**
   * Heapsort of idx[0..k) into rank order (Williams 1964): a heap whose root is the entry ranked
   * last, repeatedly moved to the end of the shrinking prefix.
   */
  private static void heapSortPrefix(double[] x, int[] idx, int k) {
    for (int i = k / 2 - 1; i >= 0; i--) {
      siftDown(x, idx, i, k);
    }
    for (int end = k - 1; end > 0; end--) {
      swap(idx, 0, end);
      siftDown(x, idx, 0, end);
    }
  }

  private static void siftDown(double[] x, int[] idx, int node, int size) {
    int i = node;
    while (2 * i + 1 < size) {
      int child = 2 * i + 1;
      if (child + 1 < size && precedes(x, idx[child], idx[child + 1])) {
        child++;
      }
      if (!precedes(x, idx[i], idx[child])) {
        return;
      }
      swap(idx, i, child);
      i = child;
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
