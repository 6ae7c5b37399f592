/** Accepted: quickselect with random pivots on an index array, then a heapsort of the k winners. */
public class Solution {
  public static int[] topK(double[] x, int k) {
    int[] idx = new int[x.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Random rng = new java.util.Random(25);
    int lo = 0;
    int hi = idx.length - 1;
    while (k > 0 && lo < hi) {
      int p = partition(x, idx, lo, hi, lo + rng.nextInt(hi - lo + 1));
      if (p == k - 1) {
        break;
      } else if (p < k - 1) {
        lo = p + 1;
      } else {
        hi = p - 1;
      }
    }
    heapOrder(x, idx, k);
    return java.util.Arrays.copyOf(idx, k);
  }

  static boolean before(double[] x, int a, int b) {
    return x[a] > x[b] || (x[a] == x[b] && a < b);
  }

  static int partition(double[] x, int[] idx, int lo, int hi, int pivotAt) {
    swap(idx, pivotAt, hi);
    int store = lo;
    for (int i = lo; i < hi; i++) {
      if (before(x, idx[i], idx[hi])) {
        swap(idx, i, store++);
      }
    }
    swap(idx, store, hi);
    return store;
  }

  /** Orders idx[0..k) best first with a heap whose root is the worst winner. */
  static void heapOrder(double[] x, int[] idx, int k) {
    for (int i = k / 2 - 1; i >= 0; i--) {
      sift(x, idx, i, k);
    }
    for (int end = k - 1; end > 0; end--) {
      swap(idx, 0, end);
      sift(x, idx, 0, end);
    }
  }

  static void sift(double[] x, int[] idx, int i, int size) {
    for (int c = 2 * i + 1; c < size; i = c, c = 2 * i + 1) {
      if (c + 1 < size && before(x, idx[c], idx[c + 1])) {
        c++;
      }
      if (!before(x, idx[i], idx[c])) {
        return;
      }
      swap(idx, i, c);
    }
  }

  static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
