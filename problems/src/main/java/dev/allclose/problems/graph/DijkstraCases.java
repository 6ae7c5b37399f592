package dev.allclose.problems.graph;

import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.graph.Dijkstra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cases for problem 30, dijkstra, judged by {@link DijkstraChecker}: each stores the reference's
 * distances as {@code dist}; any shortest-path tree passes as {@code pred}.
 *
 * <p>{@code first-discovery-trap} and every random graph catch a node settled when first reached
 * (its first path is not its shortest); {@code one-way-streets} catches edges read as undirected
 * (the reversed edges are shortcuts); the {@code negative-*} cases, one with the negative edge out
 * of the source's reach, catch a solution that accepts negative weights; zero-weight cycles catch a
 * predecessor array that loops instead of reaching the source; parallel edges, self-loops,
 * unreachable nodes, an isolated source and a single node are the degenerate graphs. {@code
 * large-sparse} (1,000,000 nodes, 1,300,000 edges) carries time and memory limits of its own: the
 * time limit a heap meets easily and an O(V^2) scan for the nearest unsettled node cannot; the
 * memory limit room for a Python adjacency list of that size.
 */
public final class DijkstraCases implements CaseGenerator {
  /** Nodes and edges of the large case: sparse, so the V^2 of a linear scan dominates E log V. */
  static final int LARGE_NODES = 1_000_000;

  static final int LARGE_EDGES = 1_300_000;

  /** The large case's time limit; the measurements behind it are in problem.yaml. */
  static final int LARGE_TIME_MS = 60_000;

  /** The large case's memory limit: a Python heap solution peaks at about 600 MB on it. */
  static final int LARGE_MEMORY_MB = 1_536;

  static final String LARGE_RULE =
      "This case has 1,000,000 nodes and 1,300,000 edges: a heap finds each next node in"
          + " O(log V), while a scan over every node per step does about 10^12 comparisons";

  static final String LARGE_MEMORY_RULE =
      "Its memory limit, 1.5 GiB, leaves room for an adjacency list of 1,300,000 edges in Python";

  private static final List<String> ARGS = List.of("n", "edges", "source");

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        solved(
            TestCase.sample("sample-1"),
            "5 nodes; the direct edge 0 -> 4 is not the shortest way",
            5,
            0,
            new EdgeList()
                .add(0, 4, 9)
                .add(0, 1, 2)
                .add(1, 2, 1.5)
                .add(2, 4, 3)
                .add(1, 3, 4)
                .add(3, 4, 0.5)));
    cases.add(
        solved(
            TestCase.sample("sample-2-unreachable"),
            "node 3 has no path from the source",
            4,
            1,
            new EdgeList().add(1, 0, 1).add(0, 2, 2.5).add(1, 2, 4).add(3, 1, 1)));
    cases.add(
        refused(
            TestCase.sample("sample-3-negative-weight"),
            "one negative weight: refuse with ValueError",
            3,
            0,
            new EdgeList().add(0, 1, 2).add(1, 2, -1)));
    cases.add(
        solved(
            TestCase.hidden("first-discovery-trap"),
            "every node is first reached by a long edge from the source and later by a chain",
            8,
            0,
            firstDiscoveryTrap(8)));
    cases.add(
        solved(
            TestCase.hidden("one-way-streets"),
            "a directed cycle with heavy forward edges; reversed, they would be shortcuts",
            6,
            2,
            new EdgeList()
                .add(0, 1, 10)
                .add(1, 2, 10)
                .add(2, 3, 10)
                .add(3, 4, 10)
                .add(4, 5, 10)
                .add(5, 0, 10)
                .add(2, 5, 1)
                .add(3, 1, 1)));
    cases.add(
        solved(
            TestCase.hidden("parallel-edges-and-loops"),
            "several edges between one pair (the lightest counts) and self-loops",
            5,
            0,
            new EdgeList()
                .add(0, 1, 7)
                .add(0, 1, 2)
                .add(0, 1, 4.5)
                .add(1, 1, 0)
                .add(1, 2, 3)
                .add(1, 2, 3)
                .add(2, 2, 1)
                .add(2, 3, 0.25)
                .add(0, 3, 6)
                .add(3, 4, 1)
                .add(3, 4, 0.5)));
    cases.add(
        solved(
            TestCase.hidden("zero-weight-cycles"),
            "cycles of zero-weight edges: pred must still lead back to the source",
            7,
            3,
            new EdgeList()
                .add(3, 0, 1)
                .add(0, 1, 0)
                .add(1, 2, 0)
                .add(2, 0, 0)
                .add(3, 4, 0)
                .add(4, 5, 0)
                .add(5, 4, 0)
                .add(5, 3, 0)
                .add(2, 6, 0)
                .add(6, 1, 0)));
    cases.add(
        solved(
            TestCase.hidden("source-isolated"),
            "the source has no outgoing edge; everything else is unreachable",
            6,
            4,
            new EdgeList().add(0, 1, 1).add(1, 2, 1).add(2, 4, 1).add(3, 5, 2).add(5, 3, 2)));
    cases.add(
        solved(
            TestCase.hidden("single-node"),
            "n = 1 with one self-loop",
            1,
            0,
            new EdgeList().add(0, 0, 3)));
    cases.add(
        refused(
            TestCase.hidden("negative-weight-deep"),
            "a random graph of 200 nodes with one weight of -0.001 among 1000",
            200,
            0,
            random(ctx.rng("negative-weight-deep"), 200, 1000, 1, 10).set(617, -0.001)));
    cases.add(
        refused(
            TestCase.hidden("negative-weight-unreachable"),
            "the negative edge lies where the source cannot reach: still refused",
            5,
            0,
            new EdgeList().add(0, 1, 1).add(1, 2, 1).add(3, 4, -2).add(4, 3, 5)));
    cases.add(
        solved(
            TestCase.hidden("integer-ties"),
            "300 nodes, 1500 edges of weight 0 to 3: many shortest paths tie",
            300,
            7,
            randomIntegers(ctx.rng("integer-ties"), 300, 1500, 3)));
    cases.add(
        solved(
            TestCase.hidden("random-medium"),
            "10,000 nodes, 40,000 edges, weights in [0, 1)",
            10_000,
            123,
            random(ctx.rng("random-medium"), 10_000, 40_000, 0, 1)));
    cases.add(
        solved(
            TestCase.hidden("wide-range-weights"),
            "2,000 nodes, weights from 1e-6 to 1e6",
            2_000,
            0,
            logUniform(ctx.rng("wide-range-weights"), 2_000, 10_000)));
    cases.add(
        solvedBuilder(
                TestCase.hidden("large-sparse"),
                "1,000,000 nodes and 1,300,000 edges, every node reachable",
                LARGE_NODES,
                0,
                reachableSparse(ctx.rng("large-sparse"), LARGE_NODES, LARGE_EDGES))
            .timeMs(LARGE_TIME_MS, LARGE_RULE)
            .memoryMb(LARGE_MEMORY_MB, LARGE_MEMORY_RULE)
            .build());
    return cases;
  }

  private static TestCase solved(
      TestCase.Builder b, String description, int n, int source, EdgeList edges) {
    return solvedBuilder(b, description, n, source, edges).build();
  }

  private static TestCase.Builder solvedBuilder(
      TestCase.Builder b, String description, int n, int source, EdgeList edges) {
    double[] dist = Dijkstra.dijkstra(n, edges.rows(), source).dist();
    return inputs(b, description, n, source, edges)
        .call(CaseCall.call("dijkstra", ARGS, List.of("dist", "pred")))
        .expect("dist", NdArray.ofDoubles(dist, n));
  }

  private static TestCase refused(
      TestCase.Builder b, String description, int n, int source, EdgeList edges) {
    return inputs(b, description, n, source, edges)
        .call(CaseCall.raises("dijkstra", ARGS, "raised"))
        .expect("raised", NdArray.scalar(true))
        .build();
  }

  private static TestCase.Builder inputs(
      TestCase.Builder b, String description, int n, int source, EdgeList edges) {
    return b.describe(description)
        .input("n", scalar(n))
        .input("edges", edges.array())
        .input("source", scalar(source));
  }

  /**
   * Node i (i >= 1) is joined to the source 0 by an edge of weight 10 i, listed first, and to i - 1
   * by an edge of weight 1, so its shortest path is the chain 0 -> 1 -> ... -> i of length i.
   */
  private static EdgeList firstDiscoveryTrap(int n) {
    EdgeList e = new EdgeList();
    for (int i = 1; i < n; i++) {
      e.add(0, i, 10.0 * i);
    }
    for (int i = 1; i < n; i++) {
      e.add(i - 1, i, 1);
    }
    return e;
  }

  private static EdgeList random(Rng r, int n, int m, double lo, double hi) {
    EdgeList e = new EdgeList();
    for (int i = 0; i < m; i++) {
      e.add(r.nextInt(n), r.nextInt(n), r.uniform(lo, hi));
    }
    return e;
  }

  private static EdgeList randomIntegers(Rng r, int n, int m, int maxWeight) {
    EdgeList e = new EdgeList();
    for (int i = 0; i < m; i++) {
      e.add(r.nextInt(n), r.nextInt(n), r.nextInt(0, maxWeight));
    }
    return e;
  }

  private static EdgeList logUniform(Rng r, int n, int m) {
    EdgeList e = new EdgeList();
    for (int i = 0; i < m; i++) {
      e.add(r.nextInt(n), r.nextInt(n), Math.pow(10, r.uniform(-6, 6)));
    }
    return e;
  }

  /**
   * A path through every node in a random order starting at node 0 (so all are reachable), then
   * random edges up to {@code m}; weights uniform in [0, 1).
   */
  private static EdgeList reachableSparse(Rng r, int n, int m) {
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    for (int i = n - 1; i > 1; i--) {
      int j = 1 + r.nextInt(i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    EdgeList e = new EdgeList();
    for (int i = 1; i < n; i++) {
      e.add(order[i - 1], order[i], r.nextDouble());
    }
    while (e.size() < m) {
      e.add(r.nextInt(n), r.nextInt(n), r.nextDouble());
    }
    return e;
  }

  /** Edges as (u, v, w) rows, grown in place. */
  private static final class EdgeList {
    private double[] flat = new double[48];
    private int size;

    EdgeList add(double u, double v, double w) {
      if (3 * size + 3 > flat.length) {
        flat = Arrays.copyOf(flat, 2 * flat.length);
      }
      flat[3 * size] = u;
      flat[3 * size + 1] = v;
      flat[3 * size + 2] = w;
      size++;
      return this;
    }

    /** Replaces the weight of edge {@code i}. */
    EdgeList set(int i, double w) {
      flat[3 * i + 2] = w;
      return this;
    }

    int size() {
      return size;
    }

    double[][] rows() {
      double[][] rows = new double[size][];
      Arrays.setAll(rows, i -> Arrays.copyOfRange(flat, 3 * i, 3 * i + 3));
      return rows;
    }

    NdArray array() {
      return NdArray.ofDoubles(Arrays.copyOf(flat, 3 * size), size, 3);
    }
  }
}
