package dev.allclose.reference.graph;

import java.util.Arrays;

/**
 * Single-source shortest paths on a directed graph with non-negative edge weights, by Dijkstra's
 * algorithm with a decrease-key priority queue.
 *
 * <p>Source: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische
 * Mathematik 1:269-271, 1959; the binary heap with decrease-key follows Cormen, Leiserson, Rivest
 * and Stein, Introduction to Algorithms (3rd ed.), sections 6.5 and 24.3.
 *
 * <p>Input: n nodes {@code 0..n-1}, edges as rows {@code (u, v, w)} of a directed edge u -> v of
 * weight w (u and v integer-valued doubles, w >= 0; parallel edges, self-loops and zero weights
 * allowed), and a source s. Output: {@code dist[v]}, the least total weight of a path s -> v
 * ({@code +inf} when there is none), and {@code pred[v]}, the node before v on one such path
 * ({@code -1} for s and for unreachable nodes). Every reachable v != s satisfies
 *
 * <pre>
 *   dist[v] = min over edges (u, v, w) of dist[u] + w,    dist[s] = 0          (1)
 * </pre>
 *
 * and pred[v] is the tail of an edge attaining (1), first found in the order nodes are settled.
 *
 * <p>Method: an indexed binary min-heap of tentative distances keyed by node; settling the minimum
 * u relaxes every edge u -> v, and a strictly shorter dist[u] + w lowers v's key in place
 * (decrease-key). Ties in the heap go to the lower node index, so the tree is reproducible. Cost:
 * O((V + E) log V) time, O(V + E) memory for the adjacency arrays. Stateless and thread-safe.
 */
public final class Dijkstra {
  private Dijkstra() {}

  /** Shortest-path distances and one shortest-path tree, as {@link Dijkstra} describes. */
  public static final class ShortestPaths {
    private final double[] dist;
    private final long[] pred;

    ShortestPaths(double[] dist, long[] pred) {
      this.dist = dist;
      this.pred = pred;
    }

    /** The least path weight from the source to each node, +inf where none exists. */
    public double[] dist() {
      return dist.clone();
    }

    /** Each node's predecessor on a shortest path, -1 for the source and unreachable nodes. */
    public long[] pred() {
      return pred.clone();
    }
  }

  /**
   * Runs Dijkstra's algorithm from {@code source}.
   *
   * @param n the number of nodes, at least 1
   * @param edges (E, 3) rows u, v, w
   * @throws IllegalArgumentException for a negative or NaN weight, an endpoint that is not a node
   *     index, or a source outside [0, n)
   */
  public static ShortestPaths dijkstra(int n, double[][] edges, int source) {
    if (n < 1 || source < 0 || source >= n) {
      throw new IllegalArgumentException("source " + source + " is not a node of 0.." + (n - 1));
    }
    Adjacency g = Adjacency.of(n, edges);
    double[] dist = new double[n];
    long[] pred = new long[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(pred, -1);
    dist[source] = 0;
    IndexedHeap heap = new IndexedHeap(dist);
    heap.insert(source);
    while (!heap.isEmpty()) {
      int u = heap.popMin();
      for (int e = g.start[u]; e < g.start[u + 1]; e++) {
        int v = g.head[e];
        double d = dist[u] + g.weight[e];
        if (d < dist[v]) {
          dist[v] = d;
          pred[v] = u;
          heap.insertOrDecrease(v);
        }
      }
    }
    return new ShortestPaths(dist, pred);
  }

  /** Out-edges grouped by tail (compressed rows), in input order within a tail. */
  // Private and never compared or hashed, so array components are harmless here.
  @SuppressWarnings("ArrayRecordComponent")
  private record Adjacency(int[] start, int[] head, double[] weight) {
    static Adjacency of(int n, double[][] edges) {
      int[] start = new int[n + 1];
      for (int i = 0; i < edges.length; i++) {
        double[] row = edges[i];
        if (row.length != 3) {
          throw new IllegalArgumentException("edge " + i + " has " + row.length + " fields, not 3");
        }
        node(row[1], n, i);
        if (!(row[2] >= 0)) {
          throw new IllegalArgumentException("edge " + i + " has weight " + row[2] + " < 0");
        }
        start[node(row[0], n, i) + 1]++;
      }
      for (int u = 0; u < n; u++) {
        start[u + 1] += start[u];
      }
      int[] next = Arrays.copyOf(start, n);
      int[] head = new int[edges.length];
      double[] weight = new double[edges.length];
      for (double[] row : edges) {
        int slot = next[(int) row[0]]++;
        head[slot] = (int) row[1];
        weight[slot] = row[2];
      }
      return new Adjacency(start, head, weight);
    }

    private static int node(double x, int n, int edge) {
      if (!(x >= 0 && x < n && x == Math.rint(x))) {
        throw new IllegalArgumentException(
            "edge " + edge + " names node " + x + ", not in 0.." + (n - 1));
      }
      return (int) x;
    }
  }
}
