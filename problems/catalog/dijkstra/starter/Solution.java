public class Solution {
  /** dist[v]: shortest distance (Double.POSITIVE_INFINITY if unreachable); pred[v]: -1 or a node. */
  public record ShortestPaths(double[] dist, long[] pred) {}

  /**
   * Shortest paths from source; edges[i] = {u, v, w} is a directed edge u -> v of weight w.
   *
   * @throws IllegalArgumentException if any weight is negative
   */
  public static ShortestPaths dijkstra(int n, double[][] edges, int source) {
    throw new UnsupportedOperationException("not implemented");
  }
}
