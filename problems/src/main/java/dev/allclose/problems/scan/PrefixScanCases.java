package dev.allclose.problems.scan;

import static dev.allclose.problems.Cases.array;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.scan.BlellochScan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Cases for problem 33, prefix-scan. Every case calls {@code blelloch_scan(x) -> exclusive,
 * upsweep_tree} and {@code inclusive_scan(x) -> inclusive}.
 *
 * <p>Which case catches which mistake: the inclusive scan returned as the exclusive one is off by
 * one position everywhere (its first entry is x[0], not 0); a Hillis-Steele doubling array (the
 * inclusive scan of the padded input) agrees with the up-sweep tree only at the positions 2^j - 1,
 * whose block starts at 0, so it fails from N = 3 on; the fully down-swept array is the exclusive
 * scan of the padded input, which starts with 0 where the tree has x[0] and ends without the last
 * element where the tree has the total; a padded length of 2N for N a power of two (and 2 for N =
 * 1) gives the tree the wrong shape, and an exclusive result of length P instead of N has the wrong
 * shape on every N that is not a power of two. Edge cases of the contract: N = 1 (P = 1), N = 2, N
 * = 3, N = 2^k - 1, N = 2^k, N = 2^k + 1 (almost half the tree is padding), integer-valued and
 * negative inputs (exact in any order), and N = 2^16 and 2^16 + 1.
 *
 * <p>Values are moderate (Gaussian with unit-order scale, or integers below 10^6), so a running sum
 * in another order than the tree's differs from the expected values by far less than the default
 * tolerance (the generator test measures it); the integer cases are exact in any order.
 */
public final class PrefixScanCases implements CaseGenerator {
  private static final List<CaseCall> CALLS =
      List.of(
          CaseCall.call("blelloch_scan", List.of("x"), List.of("exclusive", "upsweep_tree")),
          CaseCall.call("inclusive_scan", List.of("x"), List.of("inclusive")));

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        make(
            TestCase.sample("sample-1"),
            "N = 8, small integers: no padding",
            new double[] {3, 1, 7, 0, 4, 1, 6, 3}));
    cases.add(
        make(
            TestCase.sample("sample-2-padded"),
            "N = 5, padded with three zeros to P = 8",
            new double[] {0.5, -1.25, 2, 0.75, -3}));
    cases.add(make(TestCase.hidden("one"), "N = 1: P = 1, no sweep at all", new double[] {-2.5}));
    cases.add(make(TestCase.hidden("two"), "N = 2", new double[] {0.75, 4.5}));
    cases.add(drawn(ctx, "three", "N = 3, padded to P = 4", r -> gaussian(r, 3)));
    cases.add(drawn(ctx, "power-minus-one", "N = 31, one zero of padding", r -> gaussian(r, 31)));
    cases.add(drawn(ctx, "power-of-two", "N = 16, no padding", r -> gaussian(r, 16)));
    cases.add(drawn(ctx, "power-plus-one", "N = 17, padded to P = 32", r -> gaussian(r, 17)));
    cases.add(
        drawn(ctx, "power-plus-one-1025", "N = 1025, padded to P = 2048", r -> gaussian(r, 1025)));
    cases.add(
        drawn(
            ctx,
            "negative-integers",
            "N = 1000 integers in [-10^6, 0], exact in any order",
            r -> integers(r, 1000, -1_000_000, 0)));
    cases.add(
        drawn(
            ctx,
            "mixed-integers",
            "N = 300 integers in [-50, 50]: the sums cross zero, exactly",
            r -> integers(r, 300, -50, 50)));
    cases.add(drawn(ctx, "large-power-of-two", "N = 2^16 = 65536", r -> gaussian(r, 1 << 16)));
    cases.add(
        drawn(
            ctx,
            "large-padded",
            "N = 2^16 + 1, padded to P = 2^17",
            r -> gaussian(r, (1 << 16) + 1)));
    return cases;
  }

  private static TestCase drawn(
      GenerationContext ctx, String name, String description, Function<Rng, double[]> values) {
    return make(TestCase.hidden(name), description, values.apply(ctx.rng(name)));
  }

  private static TestCase make(TestCase.Builder builder, String description, double[] x) {
    return builder
        .describe(description)
        .input("x", array(x))
        .call(CALLS.get(0))
        .call(CALLS.get(1))
        .expect("exclusive", array(BlellochScan.exclusive(x)))
        .expect("upsweep_tree", array(BlellochScan.upsweepTree(x)))
        .expect("inclusive", array(BlellochScan.inclusive(x)))
        .build();
  }

  /** Normal values with mean 0.25 and standard deviation 2: unit-order, sums drift and cross 0. */
  private static double[] gaussian(Rng r, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 0.25 + 2 * r.nextGaussian();
    }
    return x;
  }

  private static double[] integers(Rng r, int n, int lo, int hi) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextInt(lo, hi);
    }
    return x;
  }
}
