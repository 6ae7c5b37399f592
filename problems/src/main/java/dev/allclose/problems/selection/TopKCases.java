package dev.allclose.problems.selection;

import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.selection.TopK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Cases for problem 25, top-k. Ties are everywhere (heavy ties, all equal, a duplicated maximum,
 * tied infinities), so breaking ties by the higher index fails; k ranges from 1 to n, so returning
 * k - 1 or k + 1 indices fails on shape; the expected results are int64, so returning the values
 * fails on kind, and an ascending order fails as soon as k > 1. All-negative values and runs of
 * -inf catch sentinels of 0 or -inf. Three cases of n = 10^6 (k = 10, k = 10 among heavy ties, k =
 * 1000) are cheap for a size-k heap or quickselect but far over the limit for k passes of a
 * Python-level scan.
 */
public final class TopKCases implements CaseGenerator {
  private static final int LARGE = 1_000_000;

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        fixed(
            TestCase.sample("sample-1"),
            "distinct values",
            new double[] {1.5, -0.25, 3, 0.75, 2.25},
            2));
    cases.add(
        fixed(
            TestCase.sample("sample-2-ties"),
            "a three-way tie at 2.0 inside the top k",
            new double[] {0.5, 2, -1, 3.5, 2, 0, 2},
            4));
    cases.add(fixed(TestCase.hidden("single-element"), "n = 1, k = 1", new double[] {-3.25}, 1));
    cases.add(
        fixed(TestCase.hidden("two-equal"), "n = 2, equal values, k = n", new double[] {7, 7}, 2));
    cases.add(drawn(ctx, "all-equal", "64 equal values, k = 10", r -> filled(64, 1.0), 10));
    cases.add(
        drawn(
            ctx,
            "heavy-ties",
            "500 integers in [-3, 3], k = 123",
            r -> integers(r, 500, -3, 3),
            123));
    cases.add(
        drawn(
            ctx,
            "k-one-duplicated-max",
            "the maximum appears twice, k = 1",
            TopKCases::twoMaxima,
            1));
    cases.add(
        drawn(ctx, "k-equals-n", "50 integers in [0, 4], k = n", r -> integers(r, 50, 0, 4), 50));
    cases.add(
        drawn(
            ctx,
            "all-negative",
            "2000 values in [-100, -1), k = 25",
            r -> uniform(r, 2000, -100, -1),
            25));
    cases.add(
        drawn(
            ctx,
            "infinities",
            "8 +inf, 20 -inf and 12 finite values, k = 30 reaches into the -inf",
            TopKCases::withInfinities,
            30));
    cases.add(
        drawn(ctx, "ascending", "1000 increasing values, k = 100", r -> ascending(1000), 100));
    cases.add(
        drawn(ctx, "random-medium", "10^4 normal values, k = 100", r -> normal(r, 10_000), 100));
    cases.add(drawn(ctx, "large-k10", "10^6 normal values, k = 10", r -> normal(r, LARGE), 10));
    cases.add(
        drawn(
            ctx,
            "large-ties",
            "10^6 integers in [0, 999], k = 10 among about 1000 ties",
            r -> integers(r, LARGE, 0, 999),
            10));
    cases.add(
        drawn(
            ctx,
            "large-k1000",
            "10^6 uniform values, k = 1000",
            r -> uniform(r, LARGE, 0, 1),
            1000));
    return cases;
  }

  private static TestCase drawn(
      GenerationContext ctx,
      String name,
      String description,
      Function<Rng, double[]> values,
      int k) {
    return fixed(TestCase.hidden(name), description, values.apply(ctx.rng(name)), k);
  }

  private static TestCase fixed(TestCase.Builder builder, String description, double[] x, int k) {
    long[] expected = Arrays.stream(TopK.select(x, k)).asLongStream().toArray();
    return builder
        .describe(description)
        .input("x", NdArray.ofDoubles(x, x.length))
        .input("k", scalar(k))
        .expect("indices", NdArray.ofLongs(expected, k))
        .build();
  }

  private static double[] filled(int n, double value) {
    double[] x = new double[n];
    Arrays.fill(x, value);
    return x;
  }

  private static double[] integers(Rng r, int n, int lo, int hi) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextInt(lo, hi);
    }
    return x;
  }

  private static double[] uniform(Rng r, int n, double lo, double hi) {
    return r.uniform(lo, hi, n).toDoubleArray();
  }

  private static double[] normal(Rng r, int n) {
    return r.normal(1.0, n).toDoubleArray();
  }

  private static double[] ascending(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 0.5 * i - 100;
    }
    return x;
  }

  /** Normal values with the largest one copied to a second, later position. */
  private static double[] twoMaxima(Rng r) {
    double[] x = normal(r, 1000);
    int first = r.nextInt(400, 599);
    int second = r.nextInt(600, 999);
    x[first] = 10;
    x[second] = 10;
    return x;
  }

  /** 8 +inf, 20 -inf and 12 normal values, shuffled. */
  private static double[] withInfinities(Rng r) {
    double[] x = new double[40];
    for (int i = 0; i < x.length; i++) {
      x[i] =
          i < 8 ? Double.POSITIVE_INFINITY : i < 28 ? Double.NEGATIVE_INFINITY : r.nextGaussian();
    }
    for (int i = x.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
    return x;
  }
}
