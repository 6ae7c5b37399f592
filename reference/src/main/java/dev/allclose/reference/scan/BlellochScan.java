package dev.allclose.reference.scan;

import java.util.Arrays;

/**
 * The work-efficient exclusive prefix sum (scan) of Blelloch: an up-sweep that builds a tree of
 * partial sums in place, then a down-sweep that turns the tree into the exclusive scan.
 *
 * <p>Source: G. E. Blelloch, "Prefix Sums and Their Applications", Technical Report CMU-CS-90-190,
 * School of Computer Science, Carnegie Mellon University, 1990 (the up-sweep and down-sweep phases
 * of the tree scan). The contrast is W. D. Hillis and G. L. Steele Jr., "Data Parallel Algorithms",
 * Communications of the ACM 29(12), 1986, whose doubling scan does O(N log N) additions.
 *
 * <p>For x of length N >= 1, let P be the smallest power of two >= N (P = 1 when N = 1) and a the
 * length-P copy of x padded with zeros. With L = log2 P:
 *
 * <pre>
 *   up-sweep:   for d = 0 .. L-1, for k = 0, 2^(d+1), 2^(d+2), ... < P:
 *                 a[k + 2^(d+1) - 1] += a[k + 2^d - 1]                       (reduce)
 *   down-sweep: a[P-1] = 0
 *               for d = L-1 .. 0, for k = 0, 2^(d+1), ... < P:
 *                 t = a[k + 2^d - 1]
 *                 a[k + 2^d - 1] = a[k + 2^(d+1) - 1]
 *                 a[k + 2^(d+1) - 1] += t
 * </pre>
 *
 * After the up-sweep, a[i] holds the sum of the block of x that ends at i and whose length is the
 * largest power of two dividing i + 1 (so a[P-1] is the total); that array is the {@link
 * #upsweepTree}. After the down-sweep, a[i] = x[0] + ... + x[i-1]; the first N entries are the
 * {@link #exclusive} scan. Each phase does P - 1 additions (O(N) work, depth O(log N)); the tree's
 * entries are sums taken in the tree's order, so the exclusive scan can differ from a left-to-right
 * running sum by rounding (never when every partial sum is an integer below 2^53 in magnitude).
 * Stateless and thread-safe; inputs are not modified.
 */
public final class BlellochScan {
  private BlellochScan() {}

  /** The smallest power of two that is at least n (n >= 1). */
  public static int paddedLength(int n) {
    if (n < 1 || n > 1 << 30) {
      throw new IllegalArgumentException("N=" + n + " is outside [1, 2^30]");
    }
    return n == 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
  }

  /** The length-P array after the up-sweep. */
  public static double[] upsweepTree(double[] x) {
    double[] a = Arrays.copyOf(x, paddedLength(x.length));
    upsweep(a);
    return a;
  }

  /** The exclusive scan, length N: entry i is x[0] + ... + x[i-1], entry 0 is 0. */
  public static double[] exclusive(double[] x) {
    double[] a = upsweepTree(x);
    downsweep(a);
    return Arrays.copyOf(a, x.length);
  }

  /** The inclusive scan, length N: entry i is x[0] + ... + x[i], summed left to right. */
  public static double[] inclusive(double[] x) {
    if (x.length == 0) {
      throw new IllegalArgumentException("x is empty; N >= 1");
    }
    double[] out = new double[x.length];
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i];
      out[i] = s;
    }
    return out;
  }

  private static void upsweep(double[] a) {
    for (int half = 1; half < a.length; half <<= 1) {
      for (int k = 0; k < a.length; k += 2 * half) {
        a[k + 2 * half - 1] += a[k + half - 1];
      }
    }
  }

  private static void downsweep(double[] a) {
    a[a.length - 1] = 0;
    for (int half = a.length >> 1; half >= 1; half >>= 1) {
      for (int k = 0; k < a.length; k += 2 * half) {
        double left = a[k + half - 1];
        a[k + half - 1] = a[k + 2 * half - 1];
        a[k + 2 * half - 1] += left;
      }
    }
  }
}
