import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Wrong answer: fixes each node's distance when an edge first reaches it (first-discovery-trap). */
public class Solution {
  public record ShortestPaths(double[] dist, long[] pred) {}

  public static ShortestPaths dijkstra(int n, double[][] edges, int source) {
    List<List<double[]>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (double[] e : edges) {
      if (e[2] < 0) {
        throw new IllegalArgumentException("negative weight");
      }
      out.get((int) e[0]).add(e);
    }
    double[] dist = new double[n];
    long[] pred = new long[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(pred, -1);
    dist[source] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(source);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (double[] e : out.get(u)) {
        int v = (int) e[1];
        if (v != source && dist[v] == Double.POSITIVE_INFINITY) {
          dist[v] = dist[u] + e[2];
          pred[v] = u;
          queue.add(v);
        }
      }
    }
    return new ShortestPaths(dist, pred);
  }
}
