import java.util.PriorityQueue;

/** Wrong answer (Java): the queue's tie-break keeps the higher index among equal values. */
public class Solution {
  public static int[] topK(double[] x, int k) {
    PriorityQueue<Integer> heap =
        new PriorityQueue<>(
            Math.max(1, k), (a, b) -> x[a] < x[b] ? -1 : x[a] > x[b] ? 1 : Integer.compare(a, b));
    for (int i = 0; i < x.length; i++) {
      if (heap.size() < k) {
        heap.add(i);
      } else if (x[i] >= x[heap.peek()]) {
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
}
