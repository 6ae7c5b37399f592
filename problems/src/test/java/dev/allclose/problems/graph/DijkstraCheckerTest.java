package dev.allclose.problems.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.cases.CallPlan;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.problems.BuiltInPackages;
import dev.allclose.reference.graph.Dijkstra;
import dev.allclose.reference.graph.Dijkstra.ShortestPaths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator's promises and the checker on the package's own cases: the reference passes every
 * case, another shortest-path tree passes too, and each kind of wrong answer is rejected with a
 * message that says why.
 */
class DijkstraCheckerTest {
  private static final ProblemMetadata META = BuiltInPackages.metadata("dijkstra");
  private static final List<TestCase> CASES =
      BuiltInPackages.cases("dijkstra", new DijkstraCases());
  private static final DijkstraChecker CHECKER = new DijkstraChecker();

  private static TestCase named(String name) {
    return BuiltInPackages.named(CASES, name);
  }

  private static double[][] edges(TestCase c) {
    return NestedArrays.toMatrix(c.inputs().get("edges"));
  }

  private static ShortestPaths reference(TestCase c, double[][] edges) {
    return Dijkstra.dijkstra(
        (int) c.inputs().get("n").getLong(0), edges, (int) c.inputs().get("source").getLong(0));
  }

  private static CheckResult check(TestCase c, double[] dist, long[] pred) {
    return check(
        c,
        Map.of(
            "dist", NdArray.ofDoubles(dist, dist.length),
            "pred", NdArray.ofLongs(pred, pred.length)));
  }

  private static CheckResult check(TestCase c, Map<String, NdArray> actual) {
    Map<String, OutputInfo> infos = new HashMap<>();
    actual.forEach((name, a) -> infos.put(name, new OutputInfo("ndarray", true, null)));
    return CHECKER.check(
        new CheckContext(META, c, actual, infos, CallPlan.of(META, c).resultTypes()));
  }

  @Test
  void theReferencePassesEveryCaseAndEveryNegativeCaseExpectsARefusal() {
    for (TestCase c : CASES) {
      CheckResult r;
      if (c.expected().containsKey("raised")) {
        r = check(c, Map.of("raised", NdArray.scalar(true)));
      } else {
        ShortestPaths sp = reference(c, edges(c));
        r = check(c, sp.dist(), sp.pred());
      }
      assertThat(r.message()).as(c.name()).isEmpty();
    }
    assertThat(CASES.stream().filter(c -> c.expected().containsKey("raised")))
        .extracting(TestCase::name)
        .containsExactly(
            "sample-3-negative-weight", "negative-weight-deep", "negative-weight-unreachable");
  }

  /**
   * Among the many tied paths of integer-ties, each node takes the highest-numbered tail of a tight
   * edge from a strictly nearer node (acyclic, as distances fall along it) instead of the
   * reference's choice.
   */
  @Test
  void anotherShortestPathTreePasses() {
    TestCase c = named("integer-ties");
    ShortestPaths sp = reference(c, edges(c));
    double[] dist = sp.dist();
    long[] pred = sp.pred();
    for (double[] e : edges(c)) {
      int u = (int) e[0];
      int v = (int) e[1];
      if (dist[u] < dist[v] && dist[u] + e[2] == dist[v] && u > pred[v]) {
        pred[v] = u;
      }
    }
    assertThat(pred).isNotEqualTo(sp.pred());
    assertThat(check(c, dist, pred).message()).isEmpty();
  }

  @Test
  void returningOnANegativeWeightIsRejected() {
    assertThat(
            check(named("negative-weight-unreachable"), Map.of("raised", NdArray.scalar(false)))
                .message())
        .contains("should refuse this input by raising ValueError");
  }

  @Test
  void aDistanceFixedAtFirstDiscoveryIsRejected() {
    TestCase c = named("first-discovery-trap");
    ShortestPaths sp = reference(c, edges(c));
    double[] dist = sp.dist();
    dist[3] = 30;
    assertThat(check(c, dist, sp.pred()).message()).startsWith("dist: ");
  }

  @Test
  void aPredecessorWhoseEdgeIsNotTightIsRejected() {
    TestCase c = named("first-discovery-trap");
    ShortestPaths sp = reference(c, edges(c));
    long[] pred = sp.pred();
    pred[3] = 0;
    assertThat(check(c, sp.dist(), pred).message())
        .isEqualTo(
            "pred[3] is 0, but the path through it costs dist[0] + w = 30.0 while the shortest"
                + " distance to 3 is 3.0");
    pred[3] = 5;
    assertThat(check(c, sp.dist(), pred).message())
        .isEqualTo("pred[3] is 5, but there is no edge 5 -> 3 (edges are directed)");
  }

  @Test
  void predecessorsThatLoopOnZeroWeightsAreRejected() {
    TestCase c = named("zero-weight-cycles");
    ShortestPaths sp = reference(c, edges(c));
    long[] pred = sp.pred();
    pred[4] = 5;
    pred[5] = 4;
    assertThat(check(c, sp.dist(), pred).message())
        .startsWith("following pred from node 4 loops back to node 4")
        .endsWith("never reaches the source 3");
  }

  @Test
  void theSourceAndUnreachableNodesMustHaveMinusOne() {
    TestCase c = named("sample-2-unreachable");
    ShortestPaths sp = reference(c, edges(c));
    long[] pred = sp.pred();
    pred[1] = 1;
    assertThat(check(c, sp.dist(), pred).message())
        .isEqualTo("pred[1] is 1, but the source has no predecessor: it must be -1");
    pred = sp.pred();
    pred[3] = 1;
    assertThat(check(c, sp.dist(), pred).message())
        .isEqualTo("pred[3] is 1, but node 3 is unreachable: it must be -1");
  }

  @Test
  void floatPredecessorsAreUnusable() {
    TestCase c = named("sample-1");
    ShortestPaths sp = reference(c, edges(c));
    double[] pred = Arrays.stream(sp.pred()).asDoubleStream().toArray();
    Map<String, NdArray> actual =
        Map.of("dist", NdArray.ofDoubles(sp.dist(), 5), "pred", NdArray.ofDoubles(pred, 5));
    assertThat(check(c, actual).message()).startsWith("pred: expected one integer node index");
  }

  @Test
  void theLargeCaseIsSparseFullyReachableAndCarriesItsOwnTimeLimit() {
    TestCase c = named("large-sparse");
    assertThat(c.inputs().get("edges").shape()).containsExactly(DijkstraCases.LARGE_EDGES, 3);
    assertThat(c.timeMs()).isEqualTo(DijkstraCases.LARGE_TIME_MS);
    assertThat(c.memoryMb()).isEqualTo(DijkstraCases.LARGE_MEMORY_MB);
    assertThat(c.limitNote()).contains("scan over every node per step");
    assertThat(Arrays.stream(c.expected().get("dist").toDoubleArray()).allMatch(Double::isFinite))
        .isTrue();
  }
}
