package dev.allclose.problems.spatial;

import static dev.allclose.problems.Cases.scalar;

import dev.allclose.harness.protocol.Op;
import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.Rng;
import dev.allclose.problems.Cases;
import dev.allclose.reference.spatial.KdTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 31, kd-tree, compared with the reference's neighbours: distances within the
 * tolerance, indices exactly (ties to the lower index).
 *
 * <p>What the hidden cases are for: {@code unit-cube-*} put thousands of points in [0, 1)^d, where
 * every neighbour distance is below 1, so a search that compares the unsquared gap to a split with
 * a squared distance prunes sides it must enter; every case of more than one leaf catches a search
 * that never backtracks into the far side; {@code lattice-ties} and {@code duplicates} make exact
 * ties on integer coordinates; {@code k-equals-n} the edge of k; {@code large-3d} (200,000 points,
 * 20,000 queries) has a time limit of its own that a tree meets and an O(N m) scan does not.
 */
public final class KdTreeCases implements CaseGenerator {
  static final int LARGE_POINTS = 200_000;
  static final int LARGE_QUERIES = 20_000;

  /**
   * The large case's own limit. Calibrated on a shared 2-core machine: the slower accepted Python
   * tree took 2.9 s there, a vectorised NumPy scan ~90 s; see problem.yaml.
   */
  static final int LARGE_TIME_MS = 25_000;

  static final String LARGE_RULE =
      "200,000 points and 20,000 queries: a scan of every point per query (4 billion distances) is"
          + " too slow; a tree visits a few leaves per query";

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    double[][] example = {{0, 0}, {2, 0}, {0, 2}, {2, 2}, {1, 1}, {5, 5}};
    double[][] exampleQ = {{1, 0}, {4, 4}};
    cases.add(
        make(
            TestCase.sample("sample-1-lattice").describe("the statement's example"),
            example,
            exampleQ,
            3));
    Rng s2 = ctx.rng("sample-2-random-3d");
    cases.add(
        make(
            TestCase.sample("sample-2-random-3d").describe("50 points in 3-d, k = 3"),
            uniform(s2, 50, 3, 10),
            uniform(s2, 6, 3, 10),
            3));
    cases.add(
        drawn(ctx, "unit-cube-3d", 3000, 400, 3, 8, 1.0, "3000 points in the unit cube, k = 8"));
    cases.add(
        drawn(ctx, "unit-cube-2d", 2000, 300, 2, 5, 1.0, "2000 points in the unit square, k = 5"));
    cases.add(
        drawn(ctx, "wide-range-3d", 4000, 300, 3, 10, 1000.0, "coordinates up to 1000, k = 10"));
    cases.add(drawn(ctx, "high-dim-6", 3000, 100, 6, 4, 1.0, "6-d, k = 4"));
    cases.add(drawn(ctx, "k-equals-one", 1500, 300, 3, 1, 1.0, "k = 1"));
    Rng lat = ctx.rng("lattice-ties");
    cases.add(
        make(
            TestCase.hidden("lattice-ties")
                .describe("integer points in a 8 x 8 x 8 box: exact ties"),
            lattice(lat, 1500, 3, 8),
            lattice(lat, 200, 3, 9),
            9));
    Rng dup = ctx.rng("duplicates");
    cases.add(
        make(
            TestCase.hidden("duplicates")
                .describe("every point repeated: equal distances, lower index first"),
            repeated(lattice(dup, 40, 2, 5), 6),
            lattice(dup, 50, 2, 5),
            10));
    Rng one = ctx.rng("one-dim");
    cases.add(
        make(
            TestCase.hidden("one-dim").describe("d = 1"),
            lattice(one, 500, 1, 100),
            lattice(one, 60, 1, 110),
            4));
    Rng all = ctx.rng("k-equals-n");
    cases.add(
        make(
            TestCase.hidden("k-equals-n").describe("k = N: every point, in order"),
            uniform(all, 40, 2, 1),
            uniform(all, 20, 2, 1),
            40));
    Rng single = ctx.rng("single-point");
    cases.add(
        make(
            TestCase.hidden("single-point").describe("N = 1"),
            new double[][] {{3, -1, 2}},
            uniform(single, 5, 3, 4),
            1));
    Rng far = ctx.rng("far-queries");
    double[][] farQ = uniform(far, 50, 3, 1);
    for (double[] q : farQ) {
      q[0] += 40;
    }
    cases.add(
        make(
            TestCase.hidden("far-queries").describe("queries far outside the points' box"),
            uniform(far, 3000, 3, 1),
            farQ,
            6));
    Rng large = ctx.rng("large-3d");
    cases.add(
        builder(
                TestCase.hidden("large-3d")
                    .describe("200,000 points, 20,000 queries, d = 3, k = 5"),
                uniform(large, LARGE_POINTS, 3, 100),
                uniform(large, LARGE_QUERIES, 3, 100),
                5)
            .timeMs(LARGE_TIME_MS, LARGE_RULE)
            .build());
    return cases;
  }

  private static TestCase drawn(
      GenerationContext ctx, String name, int n, int m, int d, int k, double scale, String what) {
    Rng rng = ctx.rng(name);
    return make(
        TestCase.hidden(name).describe(what),
        uniform(rng, n, d, scale),
        uniform(rng, m, d, scale),
        k);
  }

  private static TestCase make(TestCase.Builder b, double[][] points, double[][] q, int k) {
    return builder(b, points, q, k).build();
  }

  private static TestCase.Builder builder(
      TestCase.Builder b, double[][] points, double[][] q, int k) {
    KdTree.Neighbours n = new KdTree(points).query(q, k);
    return b.input("points", Cases.array(points))
        .input("q", Cases.array(q))
        .input("k", scalar(k))
        .call(new CaseCall(Op.NEW, "KDTree", List.of("points"), List.of()))
        .call(new CaseCall(Op.METHOD, "query", List.of("q", "k"), List.of("dists", "idx")))
        .expect("dists", Cases.array(n.dists()))
        .expect("idx", Cases.array(n.idx()));
  }

  private static double[][] uniform(Rng rng, int n, int d, double scale) {
    double[][] out = new double[n][d];
    for (double[] p : out) {
      for (int j = 0; j < d; j++) {
        p[j] = scale * rng.nextDouble();
      }
    }
    return out;
  }

  private static double[][] lattice(Rng rng, int n, int d, int side) {
    double[][] out = new double[n][d];
    for (double[] p : out) {
      for (int j = 0; j < d; j++) {
        p[j] = rng.nextInt(side);
      }
    }
    return out;
  }

  private static double[][] repeated(double[][] points, int times) {
    double[][] out = new double[points.length * times][];
    for (int i = 0; i < out.length; i++) {
      out[i] = points[i % points.length].clone();
    }
    return out;
  }
}
