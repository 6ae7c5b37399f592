package dev.allclose.problems.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.cases.CallPlan;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.BuiltInPackages;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator's promises and the checker on the package's own cases: the reference passes every
 * case, another optimal assignment passes too, and each kind of wrong answer is rejected with a
 * message that says why.
 */
class HungarianCheckerTest {
  private static final ProblemMetadata META = BuiltInPackages.metadata("hungarian");
  private static final List<TestCase> CASES =
      BuiltInPackages.cases("hungarian", new HungarianCases());
  private static final HungarianChecker CHECKER = new HungarianChecker();

  private static TestCase named(String name) {
    return BuiltInPackages.named(CASES, name);
  }

  private static long[] expected(TestCase c, String name) {
    return c.expected().get(name).toLongArray();
  }

  private static CheckResult check(TestCase c, long[] rows, long[] cols) {
    return check(
        c,
        Map.of(
            "row_ind", NdArray.ofLongs(rows, rows.length),
            "col_ind", NdArray.ofLongs(cols, cols.length)));
  }

  private static CheckResult check(TestCase c, Map<String, NdArray> actual) {
    Map<String, OutputInfo> infos = new HashMap<>();
    actual.forEach((name, a) -> infos.put(name, new OutputInfo("ndarray", true, null)));
    return CHECKER.check(
        new CheckContext(META, c, actual, infos, CallPlan.of(META, c).resultTypes()));
  }

  /** The reference's own answer, with {@code col_ind[t]} replaced for the listed t. */
  private static String withColumns(String name, int... tAndColumn) {
    TestCase c = named(name);
    long[] cols = expected(c, "col_ind");
    for (int k = 0; k < tAndColumn.length; k += 2) {
      cols[tAndColumn[k]] = tAndColumn[k + 1];
    }
    return check(c, expected(c, "row_ind"), cols).message();
  }

  @Test
  void theReferencePassesEveryCaseAndTheRefusalsAreTheContractsOnes() {
    for (TestCase c : CASES) {
      CheckResult r =
          c.expected().containsKey("raised")
              ? check(c, Map.of("raised", NdArray.scalar(true)))
              : check(c, expected(c, "row_ind"), expected(c, "col_ind"));
      assertThat(r.message()).as(c.name()).isEmpty();
    }
    assertThat(CASES.stream().filter(c -> c.expected().containsKey("raised")))
        .extracting(TestCase::name)
        .containsExactly(
            "sample-3-infeasible",
            "nan-entry",
            "minus-inf-minimize",
            "plus-inf-maximize",
            "infeasible-tall-column",
            "infeasible-hall");
  }

  @Test
  void returningOnAnInfeasibleMatrixIsRejected() {
    assertThat(check(named("infeasible-hall"), Map.of("raised", NdArray.scalar(false))).message())
        .contains("should refuse this input by raising ValueError");
  }

  /** all-ties: every permutation is optimal, so one the reference did not return passes. */
  @Test
  void anotherOptimalAssignmentPasses() {
    TestCase c = named("all-ties");
    long[] swapped = {1, 0, 3, 2};
    assertThat(swapped).isNotEqualTo(expected(c, "col_ind"));
    assertThat(check(c, new long[] {0, 1, 2, 3}, swapped).message()).isEmpty();
  }

  @Test
  void aWorseTotalIsRejectedAndAnIgnoredMaximizeIsNamed() {
    // greedy-trap: the optimum takes columns 1, 0, 2 (2 + 1.5 + 3); greedy takes 0, 2, 1.
    assertThat(withColumns("greedy-trap", 0, 0, 1, 2, 2, 1))
        .isEqualTo("total 106.0 but the optimum is 6.5");
    TestCase min = named("sample-1-classic");
    assertThat(
            check(named("classic-3x3-maximize"), expected(min, "row_ind"), expected(min, "col_ind"))
                .message())
        .isEqualTo("total 5.0 but the optimum is 11.0 (maximize=True: the greatest total)");
  }

  @Test
  void aRepeatedColumnOrRowIsRejected() {
    assertThat(withColumns("sample-1-classic", 2, 1)).isEqualTo("column 1 assigned twice");
    TestCase tall = named("tall-5x3");
    long[] rows = expected(tall, "row_ind");
    rows[1] = rows[0];
    assertThat(check(tall, rows, expected(tall, "col_ind")).message())
        .isEqualTo("row " + rows[0] + " assigned twice");
  }

  @Test
  void rowsMustBeAscending() {
    TestCase c = named("sample-1-classic");
    assertThat(check(c, new long[] {1, 0, 2}, new long[] {0, 1, 2}).message())
        .isEqualTo("row_ind must be ascending, but row_ind[1] = 0 follows 1");
  }

  @Test
  void indicesOutsideTheMatrixAreRejected() {
    assertThat(withColumns("sample-2-rectangular", 1, 5))
        .isEqualTo("col_ind[1] is 5, outside 0..4");
    TestCase c = named("sample-1-classic");
    assertThat(check(c, new long[] {0, 1, -1}, expected(c, "col_ind")).message())
        .isEqualTo("row_ind[2] is -1, outside 0..2");
  }

  /** Columns 0, 3, 1, 2 avoid every forbidden pair of forbidden-feasible except (0, 0). */
  @Test
  void aForbiddenPairIsRejected() {
    long[] rows = {0, 1, 2, 3};
    long[] cols = {0, 3, 1, 2};
    assertThat(check(named("forbidden-feasible"), rows, cols).message())
        .isEqualTo("entry (0, 0) is inf: a forbidden pair, but a finite assignment exists");
    assertThat(check(named("forbidden-maximize-minus-inf"), rows, cols).message())
        .startsWith("entry (0, 0) is -inf: a forbidden pair");
  }

  @Test
  void floatIndicesOrTheWrongLengthAreUnusable() {
    TestCase c = named("sample-1-classic");
    double[] asFloats = Arrays.stream(expected(c, "row_ind")).asDoubleStream().toArray();
    Map<String, NdArray> floats =
        Map.of(
            "row_ind", NdArray.ofDoubles(asFloats, 3),
            "col_ind", NdArray.ofLongs(expected(c, "col_ind"), 3));
    assertThat(check(c, floats).message())
        .startsWith("row_ind: expected min(n, m) = 3 integer indices; got ndarray of shape (3,)");
    TestCase wide = named("sample-2-rectangular");
    assertThat(check(wide, new long[] {0, 1, 2, 3}, new long[] {0, 1, 2, 3}).message())
        .startsWith("row_ind: expected min(n, m) = 3 integer indices");
  }

  @Test
  void emptyMatricesExpectEmptyArrays() {
    for (String name : List.of("empty-0x4", "empty-3x0")) {
      assertThat(check(named(name), new long[0], new long[0]).message()).as(name).isEmpty();
    }
  }

  /** A brute force meets 12! permutations right after the samples, before any other case. */
  @Test
  void aTwelveByTwelveCaseComesRightAfterTheSamples() {
    TestCase c = CASES.get(3);
    assertThat(c.name()).isEqualTo("twelve-by-twelve");
    assertThat(c.inputs().get("cost").shape()).containsExactly(12, 12);
    assertThat(CASES.subList(0, 3)).allMatch(TestCase::visible);
  }

  @Test
  void theLargeCaseCarriesItsOwnTimeLimit() {
    TestCase c = named("large-300");
    assertThat(c.inputs().get("cost").shape())
        .containsExactly(HungarianCases.LARGE_N, HungarianCases.LARGE_N);
    assertThat(c.timeMs()).isEqualTo(HungarianCases.LARGE_TIME_MS);
    assertThat(c.limitNote()).contains("300! possible assignments");
  }

  /** Each matrix also solved maximised has a different optimal assignment minimised. */
  @Test
  void maximisingChangesTheAnswerOnTheSharedMatrices() {
    Map<String, String> pairs =
        Map.of(
            "classic-3x3-maximize", "sample-1-classic",
            "wide-3x5-maximize", "sample-2-rectangular",
            "tall-5x3-maximize", "tall-5x3",
            "negative-costs-maximize", "negative-costs");
    pairs.forEach(
        (max, min) -> {
          assertThat(named(max).inputs().get("maximize").getBoolean(0)).isTrue();
          assertThat(
                  check(
                          named(max),
                          expected(named(min), "row_ind"),
                          expected(named(min), "col_ind"))
                      .message())
              .as(max)
              .startsWith("total ");
        });
  }
}
