package dev.allclose.problems.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.Tolerance;
import dev.allclose.problems.BuiltInPackages;
import dev.allclose.reference.scan.BlellochScan;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The prefix-scan cases keep the contract's lengths and cover its edge cases; summing in another
 * order than the tree's stays far inside the problem's tolerance (the reason it is the default);
 * and each pitfall of the contract, replayed here, disagrees with at least one hidden case.
 */
class PrefixScanCasesTest {
  private static final ProblemMetadata META = BuiltInPackages.metadata("prefix-scan");

  private static final List<TestCase> CASES =
      BuiltInPackages.cases("prefix-scan", new PrefixScanCases());

  private static final Tolerance TOLERANCE = Tolerance.DEFAULT;

  /**
   * The largest share of the tolerance that a running sum in another order may use: the problem
   * keeps the default tolerance only because every case stays this far inside it.
   */
  private static final double ORDER_SHARE = 1e-3;

  @Test
  void lengthsFollowTheContract() {
    for (TestCase c : CASES) {
      int n = x(c).length;
      assertThat(expected(c, "exclusive")).as(c.name()).hasSize(n);
      assertThat(expected(c, "inclusive")).as(c.name()).hasSize(n);
      assertThat(expected(c, "upsweep_tree")).as(c.name()).hasSize(BlellochScan.paddedLength(n));
    }
  }

  @Test
  void theEdgeCasesOfTheContractArePresent() {
    List<Integer> sizes = CASES.stream().map(c -> x(c).length).toList();
    assertThat(sizes).contains(1, 2, 3, 16, 17, 31, 1025, 1 << 16, (1 << 16) + 1);
  }

  /** Integer inputs: the expected values equal left-to-right sums exactly. */
  @Test
  void integerCasesAreExactInAnyOrder() {
    for (String name : List.of("sample-1", "negative-integers", "mixed-integers")) {
      TestCase c = find(name);
      assertThat(expected(c, "exclusive")).as(name).containsExactly(sequentialExclusive(x(c)));
      assertThat(expected(c, "upsweep_tree")).as(name).containsExactly(sequentialTree(x(c)));
    }
  }

  /**
   * The tolerance is the default because other orders of summation stay far inside it: the
   * exclusive scan as a running sum, each tree entry summed left to right over its block, and the
   * inclusive scan in the Hillis-Steele doubling order or as the exclusive scan plus x.
   */
  @Test
  void otherSummationOrdersStayFarInsideTheTolerance() {
    double worst = 0;
    for (TestCase c : CASES) {
      double[] x = x(c);
      worst = Math.max(worst, excess(sequentialExclusive(x), expected(c, "exclusive")));
      worst = Math.max(worst, excess(sequentialTree(x), expected(c, "upsweep_tree")));
      worst = Math.max(worst, excess(doublingInclusive(x, x.length), expected(c, "inclusive")));
      worst = Math.max(worst, excess(plus(expected(c, "exclusive"), x), expected(c, "inclusive")));
    }
    assertThat(worst).isLessThan(ORDER_SHARE);
  }

  @Test
  void everyPitfallFailsAHiddenCase() {
    Map<String, List<String>> caught =
        Map.of(
            "inclusive as exclusive",
            failing(c -> BlellochScan.inclusive(x(c)), "exclusive"),
            "Hillis-Steele array as the tree",
            failing(
                c -> doublingInclusive(x(c), BlellochScan.paddedLength(x(c).length)),
                "upsweep_tree"),
            "down-swept array as the tree",
            failing(PrefixScanCasesTest::downSweptPadded, "upsweep_tree"),
            "padded length from highestOneBit(n) << 1",
            failing(PrefixScanCasesTest::treeOfTheDoubledLength, "upsweep_tree"),
            "exclusive of length P",
            failing(PrefixScanCasesTest::downSweptPadded, "exclusive"));
    caught.forEach((pitfall, cases) -> assertThat(cases).as(pitfall).isNotEmpty());
    assertThat(caught.get("padded length from highestOneBit(n) << 1"))
        .containsExactlyInAnyOrder("one", "two", "power-of-two", "large-power-of-two");
    assertThat(caught.get("Hillis-Steele array as the tree"))
        .contains("three", "power-of-two", "large-padded");
  }

  private static List<String> failing(Function<TestCase, double[]> variant, String result) {
    return CASES.stream()
        .filter(c -> !c.visible())
        .filter(c -> excess(variant.apply(c), expected(c, result)) > 1)
        .map(TestCase::name)
        .collect(Collectors.toList());
  }

  /** How much of the allowed error the worst entry uses; infinite on a length mismatch. */
  private static double excess(double[] actual, double[] expected) {
    if (actual.length != expected.length) {
      return Double.POSITIVE_INFINITY;
    }
    double worst = 0;
    for (int i = 0; i < actual.length; i++) {
      worst = Math.max(worst, TOLERANCE.excess(expected[i], actual[i]));
    }
    return worst;
  }

  private static double[] plus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + b[i];
    }
    return out;
  }

  private static double[] sequentialExclusive(double[] x) {
    double[] out = new double[x.length];
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      out[i] = s;
      s += x[i];
    }
    return out;
  }

  /** Entry i: the block of length lowbit(i + 1) ending at i, summed left to right. */
  private static double[] sequentialTree(double[] x) {
    double[] tree = new double[BlellochScan.paddedLength(x.length)];
    for (int i = 0; i < tree.length; i++) {
      int length = (i + 1) & -(i + 1);
      for (int j = i + 1 - length; j <= i && j < x.length; j++) {
        tree[i] += x[j];
      }
    }
    return tree;
  }

  /** Hillis and Steele's doubling scan of x padded (or cut) to {@code length} entries. */
  private static double[] doublingInclusive(double[] x, int length) {
    double[] a = Arrays.copyOf(x, length);
    for (int s = 1; s < length; s *= 2) {
      double[] before = a.clone();
      for (int i = s; i < length; i++) {
        a[i] += before[i - s];
      }
    }
    return a;
  }

  /**
   * The tree of the Java pitfall {@code P = Integer.highestOneBit(n) << 1}: right for every N but
   * the powers of two, where it is 2N long (only its length matters here).
   */
  private static double[] treeOfTheDoubledLength(TestCase c) {
    int n = x(c).length;
    int p = Integer.highestOneBit(n) << 1;
    return p == BlellochScan.paddedLength(n) ? expected(c, "upsweep_tree") : new double[p];
  }

  /** The padded input after both sweeps: its exclusive scan, of length P. */
  private static double[] downSweptPadded(TestCase c) {
    double[] x = x(c);
    return BlellochScan.exclusive(Arrays.copyOf(x, BlellochScan.paddedLength(x.length)));
  }

  private static TestCase find(String name) {
    return CASES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static double[] x(TestCase c) {
    return c.inputs().get("x").toDoubleArray();
  }

  private static double[] expected(TestCase c, String name) {
    return c.expected().get(name).toDoubleArray();
  }
}
