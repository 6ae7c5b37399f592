package dev.allclose.problems.clustering;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.clustering.KMeans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 49, k-means: each case calls one entry point, {@code kmeans(X, init, max_iter)
 * -> (centroids, labels, n_iter)} or {@code kmeans_plus_plus(X, k, u) -> indices}. Which case
 * catches which mistake:
 *
 * <ul>
 *   <li>sampling by the distance D instead of D^2: {@code seeding-spread} and {@code
 *       seeding-large}, points whose scales span two decades (the generator test checks that the
 *       picks differ);
 *   <li>an empty cluster's centroid reset (to zero, to a random point, or dropped): {@code
 *       empty-cluster}, whose last initial centroid is far from every point while a blob sits at
 *       the origin, and {@code empty-later}, where a cluster loses its last point at the second
 *       assignment;
 *   <li>ties broken towards the higher index: {@code ties-grid}, {@code ties-line} and {@code
 *       duplicates}, integer points exactly equidistant from two centroids (the generator keeps
 *       only configurations whose every tie is between exactly representable squared distances);
 *   <li>n_iter off by one (not counting the final step that changes nothing, or counting an update
 *       as a step of its own): every case that converges before max_iter, and {@code max-iter-cut}
 *       and {@code max-iter-one}, where the budget runs out.
 * </ul>
 *
 * Other edge cases: the default max_iter (the first sample leaves it out), k = 1, duplicate points,
 * initial centroids that already sit at the answer, d = 16, 3000 points with k = 8, and k-means++
 * with coinciding points, where every D^2 is zero and the pick falls back to floor(u n).
 */
public final class KMeansCases implements CaseGenerator {
  private static final List<String> LLOYD_RESULTS = List.of("centroids", "labels", "n_iter");

  /** Blobs of {@code perBlob} points, N(0, spread^2) around k random centres in [-10, 10]^d. */
  private record Blobs(int k, int perBlob, int d, double spread) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(sampleDefaults(ctx));
    cases.add(seeding(ctx, TestCase.sample("sample-2-seeding"), 10, 2, 3));
    cases.add(blobs(ctx, TestCase.hidden("blobs"), new Blobs(4, 25, 2, 1.5), 100));
    cases.add(blobs(ctx, TestCase.hidden("overlapping"), new Blobs(5, 40, 3, 4.0), 100));
    cases.add(blobs(ctx, TestCase.hidden("high-dimension"), new Blobs(3, 30, 16, 3.0), 100));
    cases.add(blobs(ctx, TestCase.hidden("one-cluster"), new Blobs(1, 20, 3, 1.0), 100));
    cases.add(blobs(ctx, TestCase.hidden("large"), new Blobs(8, 375, 4, 2.5), 100));
    cases.add(blobs(ctx, TestCase.hidden("max-iter-one"), new Blobs(3, 20, 2, 3.0), 1));
    cases.add(maxIterCut());
    cases.add(emptyCluster(ctx));
    cases.add(emptyLater());
    cases.add(duplicates());
    cases.add(alreadyConverged(ctx));
    cases.add(tiesGrid(ctx));
    cases.add(tiesLine());
    cases.add(seeding(ctx, TestCase.hidden("seeding-spread"), 60, 3, 6));
    cases.add(seeding(ctx, TestCase.hidden("seeding-k-equals-n"), 7, 2, 7));
    cases.add(seeding(ctx, TestCase.hidden("seeding-one-centre"), 15, 2, 1));
    cases.add(seeding(ctx, TestCase.hidden("seeding-large"), 3000, 8, 20));
    cases.add(seedingCoincident());
    return cases;
  }

  private static TestCase sampleDefaults(GenerationContext ctx) {
    TestCase.Builder b = TestCase.sample("sample-1-defaults");
    Rng rng = ctx.rng(b.name());
    double[][] x = blobPoints(rng, new Blobs(3, 8, 2, 1.0));
    double[][] init = {x[0].clone(), x[1].clone(), x[2].clone()};
    KMeans.Clustering r = KMeans.lloyd(x, init, 100);
    return b.describe("24 points in 3 blobs, init = the first three points, max_iter left out")
        .input("X", array(x))
        .input("init", array(init))
        .call(CaseCall.call("kmeans", List.of("X", "init"), LLOYD_RESULTS))
        .expect("centroids", array(r.centroids()))
        .expect("labels", array(r.labels()))
        .expect("n_iter", scalar(r.nIter()))
        .build();
  }

  /** Initial centroids: k distinct points of the data, chosen at random. */
  private static TestCase blobs(GenerationContext ctx, TestCase.Builder b, Blobs s, int maxIter) {
    Rng rng = ctx.rng(b.name());
    double[][] x = blobPoints(rng, s);
    double[][] init = new double[s.k()][];
    List<Integer> taken = new ArrayList<>();
    for (int j = 0; j < s.k(); j++) {
      int i = rng.nextInt(x.length);
      while (taken.contains(i)) {
        i = rng.nextInt(x.length);
      }
      taken.add(i);
      init[j] = x[i].clone();
    }
    String what =
        String.format(
            Locale.ROOT,
            "%d points in %d blobs of spread %s, d = %d, max_iter = %d",
            x.length,
            s.k(),
            s.spread(),
            s.d(),
            maxIter);
    return lloyd(b.describe(what), x, init, maxIter);
  }

  /** 20 evenly spaced points on a line from centroids 0 and 1: about ten steps to converge. */
  private static TestCase maxIterCut() {
    double[][] x = new double[20][];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[] {i};
    }
    return lloyd(
        TestCase.hidden("max-iter-cut")
            .describe("points 0..19 on a line, init 0 and 1, max_iter = 3: stopped early"),
        x,
        new double[][] {{0}, {1}},
        3);
  }

  /** Blobs at the origin and at (+-6, 0); the fourth initial centroid is at (60, 60). */
  private static TestCase emptyCluster(GenerationContext ctx) {
    TestCase.Builder b = TestCase.hidden("empty-cluster");
    Rng rng = ctx.rng(b.name());
    double[][] centres = {{0, 0}, {-6, 0}, {6, 0}};
    double[][] x = new double[45][];
    for (int i = 0; i < x.length; i++) {
      double[] c = centres[i % 3];
      x[i] = new double[] {c[0] + rng.nextGaussian(), c[1] + rng.nextGaussian()};
    }
    double[][] init = {x[0].clone(), x[1].clone(), x[2].clone(), {60, 60}};
    return lloyd(
        b.describe("45 points in 3 blobs, one at the origin; centroid 3 at (60, 60) gets no point"),
        x,
        init,
        100);
  }

  /**
   * Centroid 1 at 10 first takes the points 6.5 and 13.5; centroids 0 and 2 then move to 5.2 and
   * 14.8, nearer to each, and cluster 1 is empty from the second assignment on.
   */
  private static TestCase emptyLater() {
    double[][] x = {{5}, {5.4}, {6.5}, {13.5}, {14.6}, {15}};
    double[][] init = {{2}, {10}, {18}};
    return lloyd(
        TestCase.hidden("empty-later")
            .describe("1-D points; centroid 1 loses its only point at the second assignment"),
        x,
        init,
        100);
  }

  private static TestCase duplicates() {
    double[][] x = {{1, 1}, {1, 1}, {1, 1}, {4, 5}, {4, 5}, {1, 1}, {9, 9}, {9, 9}};
    double[][] init = {{1, 1}, {1, 1}, {9, 9}};
    return lloyd(
        TestCase.hidden("duplicates")
            .describe("repeated points and two equal initial centroids (the lower one wins)"),
        x,
        init,
        100);
  }

  /** init = the converged centroids of a first run: the second assignment changes nothing. */
  private static TestCase alreadyConverged(GenerationContext ctx) {
    TestCase.Builder b = TestCase.hidden("already-converged");
    double[][] x = blobPoints(ctx.rng(b.name()), new Blobs(3, 15, 2, 1.0));
    double[][] init = KMeans.lloyd(x, new double[][] {x[0], x[1], x[2]}, 100).centroids();
    return lloyd(b.describe("init already at a fixed point: n_iter = 2"), x, init, 100);
  }

  /**
   * Integer points in [0, 8]^2 and integer centroids; drawn again until the first assignment has at
   * least 4 exact ties and every later assignment is tie-safe (see {@link #tieSafe}).
   */
  private static TestCase tiesGrid(GenerationContext ctx) {
    TestCase.Builder b = TestCase.hidden("ties-grid");
    Rng rng = ctx.rng(b.name());
    for (int attempt = 0; ; attempt++) {
      double[][] x = integerPoints(rng, 40, 2, 8);
      double[][] init = integerPoints(rng, 3, 2, 8);
      if (firstStepTies(x, init) >= 4 && tieSafe(x, init, 100)) {
        return lloyd(
            b.describe("40 integer points in [0, 8]^2, integer centroids, exact distance ties"),
            x,
            init,
            100);
      }
      if (attempt > 10_000) {
        throw new IllegalStateException("no tie configuration found for " + b.name());
      }
    }
  }

  /** Centroids 2 and 6: both points at 4 tie at the first assignment and belong to cluster 0. */
  private static TestCase tiesLine() {
    double[][] x = {{0}, {4}, {8}, {2}, {6}, {4}, {10}, {-2}};
    double[][] init = {{2}, {6}};
    return lloyd(
        TestCase.hidden("ties-line")
            .describe("integer points on a line, two of them midway between the centroids"),
        x,
        init,
        100);
  }

  private static TestCase lloyd(TestCase.Builder b, double[][] x, double[][] init, int maxIter) {
    KMeans.Clustering r = KMeans.lloyd(x, init, maxIter);
    return b.input("X", array(x))
        .input("init", array(init))
        .input("max_iter", scalar(maxIter))
        .call(CaseCall.call("kmeans", List.of("X", "init", "max_iter"), LLOYD_RESULTS))
        .expect("centroids", array(r.centroids()))
        .expect("labels", array(r.labels()))
        .expect("n_iter", scalar(r.nIter()))
        .build();
  }

  /** n points, N(0, 1) per coordinate, each scaled by a factor in [0.1, 10]; k uniforms. */
  private static TestCase seeding(GenerationContext ctx, TestCase.Builder b, int n, int d, int k) {
    Rng rng = ctx.rng(b.name());
    double[][] x = new double[n][d];
    for (double[] row : x) {
      double scale = Math.pow(10, rng.uniform(-1, 1));
      for (int c = 0; c < d; c++) {
        row[c] = scale * rng.nextGaussian();
      }
    }
    double[] u = new double[k];
    for (int t = 0; t < k; t++) {
      u[t] = rng.nextDouble();
    }
    String what = String.format(Locale.ROOT, "k-means++ on %d points, d = %d, k = %d", n, d, k);
    return plusPlus(b.describe(what), x, k, u);
  }

  /** Three distinct points, each repeated: the fourth pick finds every D^2 zero. */
  private static TestCase seedingCoincident() {
    double[][] x = {{0, 0}, {0, 0}, {3, 4}, {3, 4}, {3, 4}, {-1, 2}, {0, 0}, {-1, 2}};
    double[] u = {0.30, 0.80, 0.55, 0.62, 0.05};
    return plusPlus(
        TestCase.hidden("seeding-coincident")
            .describe("8 points at 3 places, k = 5: every D^2 is zero from the fourth pick"),
        x,
        5,
        u);
  }

  private static TestCase plusPlus(TestCase.Builder b, double[][] x, int k, double[] u) {
    return b.input("X", array(x))
        .input("k", scalar(k))
        .input("u", array(u))
        .call(CaseCall.call("kmeans_plus_plus", List.of("X", "k", "u"), List.of("indices")))
        .expect("indices", array(KMeans.plusPlus(x, k, u)))
        .build();
  }

  private static double[][] blobPoints(Rng rng, Blobs s) {
    double[][] centres = new double[s.k()][s.d()];
    for (double[] c : centres) {
      for (int q = 0; q < s.d(); q++) {
        c[q] = rng.uniform(-10, 10);
      }
    }
    double[][] x = new double[s.k() * s.perBlob()][s.d()];
    for (int i = 0; i < x.length; i++) {
      double[] c = centres[rng.nextInt(s.k())];
      for (int q = 0; q < s.d(); q++) {
        x[i][q] = c[q] + s.spread() * rng.nextGaussian();
      }
    }
    return x;
  }

  private static double[][] integerPoints(Rng rng, int n, int d, int max) {
    double[][] x = new double[n][d];
    for (double[] row : x) {
      for (int q = 0; q < d; q++) {
        row[q] = rng.nextInt(max + 1);
      }
    }
    return x;
  }

  /** How many points are exactly equidistant from their two nearest initial centroids. */
  static int firstStepTies(double[][] x, double[][] centroids) {
    int ties = 0;
    for (double[] p : x) {
      double best = Double.POSITIVE_INFINITY;
      int atBest = 0;
      for (double[] c : centroids) {
        double dist = KMeans.squaredDistance(p, c);
        if (dist < best) {
          best = dist;
          atBest = 1;
        } else if (dist == best) {
          atBest++;
        }
      }
      ties += atBest > 1 ? 1 : 0;
    }
    return ties;
  }

  /**
   * Whether every assignment of the run from {@code init} is decided the same way in any order of
   * floating-point evaluation: each point's best and second-best squared distances either differ by
   * more than 1e-9 relative, or are equal with every centroid coordinate a multiple of 1/1024 (then
   * both are exact in doubles).
   */
  static boolean tieSafe(double[][] x, double[][] init, int maxIter) {
    for (int m = 1; m <= maxIter; m++) {
      double[][] before = m == 1 ? init : KMeans.lloyd(x, init, m - 1).centroids();
      if (!decided(x, before)) {
        return false;
      }
      if (KMeans.lloyd(x, init, m).nIter() < m) {
        return true;
      }
    }
    return true;
  }

  private static boolean decided(double[][] x, double[][] centroids) {
    boolean dyadic = true;
    for (double[] c : centroids) {
      for (double v : c) {
        dyadic &= v * 1024 == Math.rint(v * 1024);
      }
    }
    for (double[] p : x) {
      double first = Double.POSITIVE_INFINITY;
      double second = Double.POSITIVE_INFINITY;
      for (double[] c : centroids) {
        double dist = KMeans.squaredDistance(p, c);
        if (dist < first) {
          second = first;
          first = dist;
        } else if (dist < second) {
          second = dist;
        }
      }
      boolean near =
          second < Double.POSITIVE_INFINITY && second - first <= 1e-9 * Math.max(1, second);
      if (near && !(first == second && dyadic)) {
        return false;
      }
    }
    return true;
  }
}
