package dev.allclose.problems.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.problems.BuiltInPackages;
import dev.allclose.reference.clustering.KMeans;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated k-means cases hold the situations their javadoc and the editorial promise: each
 * pitfall of the contract, replayed here as a variant of the algorithm, changes the expected answer
 * of the cases said to catch it.
 */
class KMeansCasesTest {
  private static final List<TestCase> CASES = BuiltInPackages.cases("k-means", new KMeansCases());

  @Test
  void everyLloydCaseIsDecidedTheSameWayInAnyOrderOfSummation() {
    for (TestCase c : lloydCases()) {
      assertThat(KMeansCases.tieSafe(x(c), init(c), maxIter(c))).as(c.name()).isTrue();
    }
  }

  @Test
  void theTieCasesHaveExactTiesThatTheHigherIndexRuleDecidesOtherwise() {
    for (String name : List.of("ties-grid", "ties-line", "duplicates")) {
      TestCase c = named(name);
      assertThat(KMeansCases.firstStepTies(x(c), init(c))).as(name).isPositive();
      long[] higher = lloydVariant(x(c), init(c), maxIter(c), Variant.TIES_HIGH).labels();
      assertThat(higher).as(name).isNotEqualTo(labels(c));
    }
    assertThat(KMeansCases.firstStepTies(x(named("ties-grid")), init(named("ties-grid"))))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theEmptyClusterCasesKeepACentroidThatAResetWouldMove() {
    for (String name : List.of("empty-cluster", "empty-later")) {
      TestCase c = named(name);
      long[] labels = labels(c);
      int k = init(c).length;
      boolean someEmpty = false;
      for (int j = 0; j < k; j++) {
        final int cluster = j;
        someEmpty |= Arrays.stream(labels).noneMatch(l -> l == cluster);
      }
      assertThat(someEmpty).as(name).isTrue();
      Result zeroed = lloydVariant(x(c), init(c), maxIter(c), Variant.EMPTY_TO_ZERO);
      assertThat(Arrays.deepEquals(zeroed.centroids(), centroids(c))).as(name).isFalse();
    }
    Result zeroed =
        lloydVariant(
            x(named("empty-cluster")), init(named("empty-cluster")), 100, Variant.EMPTY_TO_ZERO);
    assertThat(zeroed.labels()).isNotEqualTo(labels(named("empty-cluster")));
  }

  @Test
  void emptyLaterLosesItsLastPointAtTheSecondAssignment() {
    TestCase c = named("empty-later");
    assertThat(KMeans.lloyd(x(c), init(c), 1).labels()).contains(1);
    assertThat(labels(c)).doesNotContain(1);
  }

  @Test
  void nIterIsBelowTheBudgetExceptWhereTheBudgetIsMeantToRunOut() {
    for (TestCase c : lloydCases()) {
      long nIter = c.expected().get("n_iter").getLong(0);
      boolean cut = List.of("max-iter-cut", "max-iter-one").contains(c.name());
      if (cut) {
        assertThat(nIter).as(c.name()).isEqualTo(maxIter(c));
        assertThat(KMeans.lloyd(x(c), init(c), 100).nIter()).as(c.name()).isGreaterThan(maxIter(c));
      } else {
        assertThat(nIter).as(c.name()).isLessThan(maxIter(c)).isGreaterThanOrEqualTo(2);
      }
    }
    assertThat(named("already-converged").expected().get("n_iter").getLong(0)).isEqualTo(2);
  }

  @Test
  void samplingByDistanceChangesTheSpreadAndLargeSeedings() {
    for (String name : List.of("seeding-spread", "seeding-large")) {
      TestCase c = named(name);
      long[] expected = (long[]) NestedArrays.toNested(c.expected().get("indices"), long[].class);
      assertThat(plusPlusByDistance(x(c), NestedArrays.toVector(c.inputs().get("u"))))
          .as(name)
          .isNotEqualTo(expected);
    }
  }

  @Test
  void theCoincidentSeedingReachesTheAllZeroFallback() {
    TestCase c = named("seeding-coincident");
    double[][] x = x(c);
    long[] chosen = (long[]) NestedArrays.toNested(c.expected().get("indices"), long[].class);
    long distinctPlaces = Arrays.stream(x).map(Arrays::toString).distinct().count();
    assertThat(chosen.length).isGreaterThan((int) distinctPlaces);
  }

  @Test
  void theContractsEdgeCasesArePresent() {
    assertThat(named("sample-1-defaults").inputs()).containsOnlyKeys("X", "init");
    assertThat(init(named("one-cluster"))).hasNumberOfRows(1);
    assertThat(x(named("high-dimension"))[0]).hasSize(16);
    assertThat(x(named("large"))).hasNumberOfRows(3000);
    assertThat(named("seeding-k-equals-n").inputs().get("k").getLong(0))
        .isEqualTo(x(named("seeding-k-equals-n")).length);
    assertThat(CASES.stream().filter(TestCase::visible)).hasSize(2);
  }

  @Test
  void generationIsDeterministic() {
    List<TestCase> again = BuiltInPackages.cases("k-means", new KMeansCases());
    for (int i = 0; i < CASES.size(); i++) {
      assertThat(again.get(i).inputs()).as(CASES.get(i).name()).isEqualTo(CASES.get(i).inputs());
    }
  }

  private enum Variant {
    TIES_HIGH,
    EMPTY_TO_ZERO
  }

  private record Result(double[][] centroids, long[] labels) {}

  /** Lloyd with one pitfall of the contract; the n_iter count is not needed here. */
  private static Result lloydVariant(double[][] x, double[][] init, int maxIter, Variant v) {
    int k = init.length;
    int d = init[0].length;
    double[][] c = new double[k][];
    for (int j = 0; j < k; j++) {
      c[j] = init[j].clone();
    }
    long[] labels = new long[x.length];
    Arrays.fill(labels, -1);
    for (int it = 0; it < maxIter; it++) {
      long[] next = new long[x.length];
      for (int i = 0; i < x.length; i++) {
        int best = 0;
        for (int j = 1; j < k; j++) {
          double dj = KMeans.squaredDistance(x[i], c[j]);
          double db = KMeans.squaredDistance(x[i], c[best]);
          if (dj < db || (v == Variant.TIES_HIGH && dj == db)) {
            best = j;
          }
        }
        next[i] = best;
      }
      if (Arrays.equals(next, labels)) {
        break;
      }
      labels = next;
      double[][] sums = new double[k][d];
      int[] counts = new int[k];
      for (int i = 0; i < x.length; i++) {
        counts[(int) labels[i]]++;
        for (int q = 0; q < d; q++) {
          sums[(int) labels[i]][q] += x[i][q];
        }
      }
      for (int j = 0; j < k; j++) {
        for (int q = 0; q < d; q++) {
          if (counts[j] > 0 || v == Variant.EMPTY_TO_ZERO) {
            c[j][q] = sums[j][q] / Math.max(counts[j], 1);
          }
        }
      }
    }
    return new Result(c, labels);
  }

  /** k-means++ with weights D instead of D^2. */
  private static long[] plusPlusByDistance(double[][] x, double[] u) {
    int n = x.length;
    long[] chosen = new long[u.length];
    double[] w = new double[n];
    Arrays.fill(w, Double.POSITIVE_INFINITY);
    for (int t = 0; t < u.length; t++) {
      int pick = (int) Math.floor(u[t] * n);
      double total = Arrays.stream(w).sum();
      if (t > 0 && total > 0) {
        double run = 0;
        for (int i = 0; i < n; i++) {
          run += w[i];
          if (run / total > u[t]) {
            pick = i;
            break;
          }
        }
      }
      chosen[t] = pick;
      for (int i = 0; i < n; i++) {
        w[i] = Math.min(w[i], Math.sqrt(KMeans.squaredDistance(x[i], x[pick])));
      }
    }
    return chosen;
  }

  private static List<TestCase> lloydCases() {
    return CASES.stream().filter(c -> c.inputs().containsKey("init")).toList();
  }

  private static List<TestCase> seedingCases() {
    return CASES.stream().filter(c -> c.inputs().containsKey("u")).toList();
  }

  private static TestCase named(String name) {
    return BuiltInPackages.named(CASES, name);
  }

  private static double[][] x(TestCase c) {
    return NestedArrays.toMatrix(c.inputs().get("X"));
  }

  private static double[][] init(TestCase c) {
    return NestedArrays.toMatrix(c.inputs().get("init"));
  }

  private static int maxIter(TestCase c) {
    return c.inputs().containsKey("max_iter")
        ? Math.toIntExact(c.inputs().get("max_iter").getLong(0))
        : 100;
  }

  private static long[] labels(TestCase c) {
    return (long[]) NestedArrays.toNested(c.expected().get("labels"), long[].class);
  }

  private static double[][] centroids(TestCase c) {
    return NestedArrays.toMatrix(c.expected().get("centroids"));
  }
}
