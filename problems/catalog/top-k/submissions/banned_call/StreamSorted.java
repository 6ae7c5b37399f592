import java.util.stream.IntStream;

/** Banned call (Java): a stream of all indices through sorted() is still a full sort. */
public class Solution {
  public static int[] topK(double[] x, int k) {
    return IntStream.range(0, x.length)
        .boxed()
        .sorted((a, b) -> x[a] > x[b] ? -1 : x[a] < x[b] ? 1 : Integer.compare(a, b))
        .limit(k)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
