package dev.allclose.reference.graph;

import static dev.allclose.reference.Tolerances.GOLDEN_ATOL;
import static dev.allclose.reference.Tolerances.GOLDEN_RTOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import dev.allclose.reference.graph.Dijkstra.ShortestPaths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the reference against {@code make_dijkstra.py} (SciPy's csgraph Dijkstra on the graph with
 * parallel edges reduced to the lightest, cross-checked by Bellman-Ford on the small graphs), and
 * checks that its predecessors form a shortest-path tree.
 */
class DijkstraTest {
  static List<Golden> oracles() {
    return GoldenCases.besideScript(DijkstraTest.class, "make_dijkstra.py", "dijkstra-");
  }

  private static ShortestPaths run(Golden g) {
    return Dijkstra.dijkstra(
        g.integer("n"), NestedArrays.toMatrix(g.get("edges")), g.integer("source"));
  }

  @Test
  void theOracleFolderHoldsEveryCase() {
    assertThat(oracles()).hasSize(12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void distancesAgreeWithSciPy(Golden g) {
    double[] dist = run(g).dist();
    NdArray expected = g.get("out_0");
    assertThat(dist).as(g.name()).hasSize(expected.size());
    for (int v = 0; v < dist.length; v++) {
      double e = expected.getDouble(v);
      if (Double.isInfinite(e)) {
        assertThat(dist[v]).as("%s: node %d is unreachable", g.name(), v).isEqualTo(e);
      } else {
        assertThat(dist[v])
            .as("%s: dist[%d]", g.name(), v)
            .isCloseTo(e, within(GOLDEN_ATOL + GOLDEN_RTOL * Math.abs(e)));
      }
    }
  }

  /**
   * Every reachable node other than the source has a predecessor joined to it by an edge that
   * attains its distance, and following predecessors reaches the source.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void predecessorsFormAShortestPathTree(Golden g) {
    ShortestPaths sp = run(g);
    double[][] edges = NestedArrays.toMatrix(g.get("edges"));
    int source = g.integer("source");
    assertThat(sp.pred()[source]).isEqualTo(-1);
    for (int v = 0; v < sp.dist().length; v++) {
      if (v == source || Double.isInfinite(sp.dist()[v])) {
        assertThat(sp.pred()[v]).as("pred[%d]", v).isEqualTo(-1);
        continue;
      }
      assertThat(hasTightEdge(edges, sp.dist(), (int) sp.pred()[v], v))
          .as("edge into %d", v)
          .isTrue();
      int steps = 0;
      for (long u = v; u != source; u = sp.pred()[(int) u]) {
        assertThat(steps++).as("path from %d back to the source", v).isLessThan(sp.dist().length);
      }
    }
  }

  private static boolean hasTightEdge(double[][] edges, double[] dist, int u, int v) {
    for (double[] e : edges) {
      if (e[0] == u && e[1] == v && dist[u] + e[2] == dist[v]) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aNegativeWeightIsRefused() {
    double[][] edges = {{0, 1, 1}, {1, 2, -0.5}};
    assertThatThrownBy(() -> Dijkstra.dijkstra(3, edges, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight -0.5");
  }

  @Test
  void aNaNWeightOrANonNodeEndpointIsRefused() {
    assertThatThrownBy(() -> Dijkstra.dijkstra(2, new double[][] {{0, 1, Double.NaN}}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Dijkstra.dijkstra(2, new double[][] {{0, 2, 1}}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Dijkstra.dijkstra(2, new double[][] {{0.5, 1, 1}}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGraphWithoutEdgesReachesOnlyItsSource() {
    ShortestPaths sp = Dijkstra.dijkstra(3, new double[0][3], 1);
    assertThat(sp.dist()).containsExactly(Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY);
    assertThat(sp.pred()).containsExactly(-1, -1, -1);
  }
}
