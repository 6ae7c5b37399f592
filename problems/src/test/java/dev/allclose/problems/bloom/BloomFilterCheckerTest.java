package dev.allclose.problems.bloom;

import static dev.allclose.problems.bloom.BloomFilterPackage.context;
import static dev.allclose.problems.bloom.BloomFilterPackage.filled;
import static dev.allclose.problems.bloom.BloomFilterPackage.referenceResults;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.cases.CallPlan;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.numeric.NdArray;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker on hand-made results: each property accepted at its edge and rejected past it. */
class BloomFilterCheckerTest {
  private static final BloomFilterChecker CHECKER = new BloomFilterChecker();

  /** Capacity 2000, p = 0.1, 9106 probes: m* = 9585.06, k* = 3.32. */
  private static final TestCase AT_CAPACITY = named("sample-2-at-capacity");

  private static final TestCase SMALL = named("sample-1-small");
  private static final TestCase PAST_CAPACITY = named("past-capacity-p01");

  private static TestCase named(String name) {
    return BloomFilterPackage.cases().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** A filter with perfect answers, the given sizes and {@code falsePositives} probe hits. */
  private static Map<String, NdArray> results(
      TestCase c, long bits, long hashes, int falsePositives) {
    int items = c.inputs().get("items").size();
    int probes = c.inputs().get("probes").size();
    boolean[] hits = new boolean[probes];
    for (int i = 0; i < falsePositives; i++) {
      hits[i] = true;
    }
    Map<String, NdArray> r = new HashMap<>();
    r.put("member_hits", filled(items, true));
    r.put("member_in", filled(items, true));
    r.put("probe_hits", NdArray.ofBooleans(hits, probes));
    r.put("probe_contains", NdArray.ofBooleans(hits, probes));
    r.put("num_bits", NdArray.scalar(bits));
    r.put("num_hashes", NdArray.scalar(hashes));
    return r;
  }

  private static CheckResult check(TestCase c, Map<String, NdArray> r) {
    return CHECKER.check(context(c, r));
  }

  @Test
  void acceptsTheReferenceFilter() {
    assertThat(check(AT_CAPACITY, referenceResults(AT_CAPACITY)).accepted()).isTrue();
  }

  @Test
  void rejectsAFalseNegativeOfContains() {
    Map<String, NdArray> r = results(AT_CAPACITY, 9586, 3, 0);
    boolean[] hits = r.get("member_hits").toBooleanArray();
    hits[7] = false;
    hits[9] = false;
    r.put("member_hits", NdArray.ofBooleans(hits, hits.length));
    String item = AT_CAPACITY.inputs().get("items").getString(7);
    assertThat(check(AT_CAPACITY, r).message())
        .isEqualTo(
            "false negative: '"
                + item
                + "' was added but contains() returned false (2 of 2000 added items missed)");
  }

  @Test
  void rejectsAFalseNegativeOfIn() {
    Map<String, NdArray> r = results(AT_CAPACITY, 9586, 3, 0);
    r.put("member_in", filled(2000, false));
    assertThat(check(AT_CAPACITY, r).message())
        .startsWith("false negative: ")
        .endsWith("was added but `in` returned false (2000 of 2000 added items missed)");
  }

  @Test
  void rejectsInDisagreeingWithContains() {
    Map<String, NdArray> r = results(AT_CAPACITY, 9586, 3, 5);
    r.put("probe_hits", filled(AT_CAPACITY.inputs().get("probes").size(), false));
    String probe = AT_CAPACITY.inputs().get("probes").getString(0);
    assertThat(check(AT_CAPACITY, r).message())
        .isEqualTo(
            "`in` and contains() disagree on '"
                + probe
                + "': `in` returned false, contains() returned true");
  }

  /** floor(m*), ceil(m*), a multiple of 64 above, and the 5% edges (m* = 9585.06). */
  @ParameterizedTest
  @ValueSource(longs = {9585, 9586, 9600, 9107, 10064})
  void acceptsBitCountsWithinFivePercent(long bits) {
    long hashes = Math.round(bits / 2000.0 * Math.log(2));
    assertThat(check(AT_CAPACITY, results(AT_CAPACITY, bits, hashes, 0)).message()).isEmpty();
  }

  @Test
  void rejectsBitsFromLog2() {
    assertThat(check(AT_CAPACITY, results(AT_CAPACITY, 13829, 5, 0)).message())
        .isEqualTo(
            "num_bits = 13829 is 44.3% above m* = -n ln p / (ln 2)^2 = 9585.06 for n = 2000,"
                + " p = 0.1 (allowed: within 5%)");
  }

  @Test
  void rejectsTooFewBits() {
    assertThat(check(AT_CAPACITY, results(AT_CAPACITY, 9100, 3, 0)).message())
        .startsWith("num_bits = 9100 is 5.06% below m*");
  }

  /** k* = 3.322 for m = 9586: 3 (round, floor), 4 (ceil) and 2.4 .. 4.3 pass. */
  @ParameterizedTest
  @ValueSource(longs = {3, 4})
  void acceptsHashCountsWithinOne(long hashes) {
    assertThat(check(AT_CAPACITY, results(AT_CAPACITY, 9586, hashes, 0)).message()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 5})
  void rejectsHashCountsFartherThanOne(long hashes) {
    assertThat(check(AT_CAPACITY, results(AT_CAPACITY, 9586, hashes, 0)).message())
        .startsWith("num_hashes = " + hashes + " is ")
        .contains("from the optimum (m / n) ln 2 = 3.322 for m = 9586, n = 2000");
  }

  /** 1.5 x 10% of 9106 probes is 1365.9: 1365 hits pass, 1366 fail. */
  @Test
  void holdsTheFalsePositiveRateToOneAndAHalfTimesTheTarget() {
    assertThat(check(AT_CAPACITY, results(AT_CAPACITY, 9586, 3, 1365)).accepted()).isTrue();
    assertThat(check(AT_CAPACITY, results(AT_CAPACITY, 9586, 3, 1366)).message())
        .isEqualTo(
            "false-positive rate 15.001% (1366 of 9106 probes never added) is above 1.5 x 10%"
                + " = 15%");
  }

  @Test
  void smallFiltersAreNotHeldToTheRate() {
    int probes = SMALL.inputs().get("probes").size();
    assertThat(check(SMALL, results(SMALL, 624, 4, probes)).accepted()).isTrue();
  }

  @Test
  void pastCapacityOnlyMembershipCounts() {
    int probes = PAST_CAPACITY.inputs().get("probes").size();
    assertThat(check(PAST_CAPACITY, results(PAST_CAPACITY, 1, 1, probes)).accepted()).isTrue();
    Map<String, NdArray> r = results(PAST_CAPACITY, 1, 1, 0);
    r.put("member_hits", filled(PAST_CAPACITY.inputs().get("items").size(), false));
    assertThat(check(PAST_CAPACITY, r).message()).startsWith("false negative: ");
  }

  @Test
  void explainsAMissingResult() {
    Map<String, NdArray> r = results(AT_CAPACITY, 9586, 3, 0);
    r.remove("num_bits");
    CheckContext ctx = context(AT_CAPACITY, r);
    Map<String, OutputInfo> infos = new HashMap<>(ctx.outputs());
    infos.put("num_bits", new OutputInfo("NoneType", false, "returned None"));
    CheckContext withInfo =
        new CheckContext(
            ctx.metadata(),
            AT_CAPACITY,
            r,
            infos,
            CallPlan.of(ctx.metadata(), AT_CAPACITY).resultTypes());
    assertThat(CHECKER.check(withInfo).message())
        .isEqualTo("num_bits: returned None (the contract says int)");
    assertThat(CHECKER.check(context(AT_CAPACITY, r)).message())
        .isEqualTo("num_bits: was not returned (the contract says int)");
  }

  @Test
  void rejectsAnswersThatAreNotBooleans() {
    Map<String, NdArray> r = results(AT_CAPACITY, 9586, 3, 0);
    r.put("member_hits", NdArray.ofLongs(new long[2000], 2000));
    assertThat(check(AT_CAPACITY, r).message())
        .isEqualTo(
            "member_hits: expected booleans, got int64 of shape (2000,) (the contract says"
                + " list[bool])");
  }

  @Test
  void rejectsABitCountThatIsNotASingleInteger() {
    Map<String, NdArray> r = results(AT_CAPACITY, 9586, 3, 0);
    r.put("num_bits", NdArray.ofDoubles(new double[] {9586.0}));
    assertThat(check(AT_CAPACITY, r).message())
        .isEqualTo("num_bits: expected a single integer, got float64 (the contract says int)");
  }

  @Test
  void formatsPercentages() {
    assertThat(BloomFilterChecker.percent(0.0415)).isEqualTo("4.15%");
    assertThat(BloomFilterChecker.percent(0.001)).isEqualTo("0.1%");
    assertThat(BloomFilterChecker.percent(0.15)).isEqualTo("15%");
    assertThat(BloomFilterChecker.percentApart(0.150011, 0.15)).isEqualTo("15.001%");
  }
}
