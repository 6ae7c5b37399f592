import java.util.Arrays;

/** Banned call (Java): every index boxed and sorted with Arrays.sort, O(n log n). */
public class Solution {
  public static int[] topK(double[] x, int k) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> x[a] > x[b] ? -1 : x[a] < x[b] ? 1 : Integer.compare(a, b));
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
