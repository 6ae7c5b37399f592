import java.util.PriorityQueue;

/** Accepted: a priority queue holding the k best indices seen so far, weakest at the head. */
public class Solution {
  public static int[] topK(double[] x, int k) {
    PriorityQueue<Integer> heap =
        new PriorityQueue<>(
            Math.max(1, k),
            (a, b) -> x[a] < x[b] ? -1 : x[a] > x[b] ? 1 : Integer.compare(b, a));
    for (int i = 0; i < x.length; i++) {
      if (heap.size() < k) {
        heap.add(i);
      } else if (k > 0 && beats(x, i, heap.peek())) {
        heap.poll();
        heap.add(i);
      }
    }
    int[] out = new int[k];
    for (int pos = k - 1; pos >= 0; pos--) {
      out[pos] = heap.poll();
    }
    return out;
  }

  private static boolean beats(double[] x, int i, int j) {
    return x[i] > x[j] || (x[i] == x[j] && i < j);
  }
}
