import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/** Accepted: java.util.PriorityQueue with lazy deletion (stale entries skipped). */
public class Solution {
  public record ShortestPaths(double[] dist, long[] pred) {}

  private record Entry(double d, int node) {}

  public static ShortestPaths dijkstra(int n, double[][] edges, int source) {
    List<List<double[]>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (double[] e : edges) {
      if (!(e[2] >= 0)) {
        throw new IllegalArgumentException("negative weight " + e[2]);
      }
      out.get((int) e[0]).add(e);
    }
    double[] dist = new double[n];
    long[] pred = new long[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(pred, -1);
    boolean[] settled = new boolean[n];
    dist[source] = 0;
    PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> Double.compare(a.d(), b.d()));
    queue.add(new Entry(0, source));
    while (!queue.isEmpty()) {
      int u = queue.poll().node();
      if (settled[u]) {
        continue;
      }
      settled[u] = true;
      for (double[] e : out.get(u)) {
        int v = (int) e[1];
        double d = dist[u] + e[2];
        if (d < dist[v]) {
          dist[v] = d;
          pred[v] = u;
          queue.add(new Entry(d, v));
        }
      }
    }
    return new ShortestPaths(dist, pred);
  }
}
