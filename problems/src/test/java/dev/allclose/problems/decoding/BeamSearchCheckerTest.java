package dev.allclose.problems.decoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.BuiltInProblems;
import dev.allclose.reference.decoding.BeamSearch.Hypothesis;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The beam-search checker on hand-made results, with the package's real metadata (tolerance rtol
 * 1e-5, atol 1e-8): the expected beams are those of the statement's worked example with length
 * penalty 1, ([2, 1, 2], -3.25 / 3) then ([2, 1, 0], -3.5 / 3).
 */
class BeamSearchCheckerTest {
  private static final Hypothesis FIRST = new Hypothesis(List.of(2, 1, 2), -3.25 / 3);
  private static final Hypothesis SECOND = new Hypothesis(List.of(2, 1, 0), -3.5 / 3);
  private static final List<Hypothesis> EXPECTED = List.of(FIRST, SECOND);
  private static final OutputInfo STORED = new OutputInfo("list of tuple", true, null);

  private static ProblemMetadata meta;
  private final BeamSearchChecker checker = new BeamSearchChecker();

  @BeforeAll
  static void loadMetadata() {
    ProblemCatalog catalog = ProblemCatalog.load(List.of(new BuiltInProblems()));
    meta = catalog.find("beam-search").orElseThrow().metadata();
  }

  @Test
  void theExpectedBeamsAreAccepted() {
    CheckResult r = check(EXPECTED);
    assertThat(r.accepted()).isTrue();
    assertThat(r.message()).isEmpty();
    assertThat(r.outputs()).singleElement().satisfies(o -> assertThat(o.matched()).isTrue());
  }

  @Test
  void scoresWithinTheToleranceAreAccepted() {
    CheckResult r =
        check(
            List.of(
                new Hypothesis(FIRST.tokens(), FIRST.score() * (1 + 5e-6)),
                new Hypothesis(SECOND.tokens(), SECOND.score() - 1e-9)));
    assertThat(r.accepted()).as(r.message()).isTrue();
    OutputReport o = r.outputs().get(0);
    assertThat(o.maxAbsError()).isNotNull().isGreaterThan(0.0);
  }

  @Test
  void aScoreOutsideTheToleranceNamesTheBeamAndBothScores() {
    CheckResult r = check(List.of(FIRST, new Hypothesis(SECOND.tokens(), -1.17)));
    assertThat(r.accepted()).isFalse();
    assertThat(r.message())
        .isEqualTo(
            "beam 1: tokens [2, 1, 0] are right but the score is -1.17, expected -1.16667"
                + " (abs error 0.0033)");
  }

  /** With the default tolerance two scores outside it never print alike; a tighter one could. */
  @Test
  void scoresThatPrintAlikeAtSixDigitsAreShownInFull() {
    assertThat(BeamSearchChecker.printed(-1.25, -1.5)).containsExactly("-1.25", "-1.5");
    assertThat(BeamSearchChecker.printed(-1.0000001, -1.0000002))
        .containsExactly("-1.0000001", "-1.0000002");
  }

  @Test
  void aNanScoreIsNeverClose() {
    CheckResult r = check(List.of(FIRST, new Hypothesis(SECOND.tokens(), Double.NaN)));
    assertThat(r.accepted()).isFalse();
    assertThat(r.message()).startsWith("beam 1: tokens [2, 1, 0] are right but the score is nan");
  }

  @Test
  void beamsInTheWrongOrderSayWhereTheExpectedOneWent() {
    CheckResult r = check(List.of(SECOND, FIRST));
    assertThat(r.accepted()).isFalse();
    assertThat(r.message())
        .isEqualTo(
            "beam 0: expected tokens [2, 1, 2] (score -1.08333), got tokens [2, 1, 0] (score"
                + " -1.16667); you returned [2, 1, 2] as beam 1; 2 of 2 beams differ");
    OutputReport o = r.outputs().get(0);
    assertThat(o.mismatched()).isEqualTo(2);
    assertThat(o.excerpt())
        .isEqualTo(
            "expected beams[0:2] = [([2, 1, 2], -1.08333), ([2, 1, 0], -1.16667)]\n"
                + "actual   beams[0:2] = [([2, 1, 0], -1.16667), ([2, 1, 2], -1.08333)]");
  }

  @Test
  void tokensAreComparedExactlyIncludingTheirLength() {
    CheckResult shorter = check(List.of(FIRST, new Hypothesis(List.of(2, 1), SECOND.score())));
    assertThat(shorter.message())
        .isEqualTo(
            "beam 1: expected tokens [2, 1, 0] (score -1.16667), got tokens [2, 1] (score"
                + " -1.16667)");
    CheckResult other = check(List.of(FIRST, new Hypothesis(List.of(2, 1, 1), SECOND.score())));
    assertThat(other.accepted()).isFalse();
    assertThat(other.message()).startsWith("beam 1: expected tokens [2, 1, 0]");
  }

  /** A longer list than any expected one widens the packed matrix; that is no shape error. */
  @Test
  void aLongerTokenListIsReportedAsTokensNotAsAShape() {
    CheckResult r =
        check(List.of(FIRST, new Hypothesis(List.of(2, 1, 0, 0, 0, 0), SECOND.score())));
    assertThat(r.accepted()).isFalse();
    assertThat(r.message())
        .isEqualTo(
            "beam 1: expected tokens [2, 1, 0] (score -1.16667), got tokens [2, 1, 0, 0, 0, 0]"
                + " (score -1.16667)");
    assertThat(r.outputs().get(0).actualShape()).isEqualTo("(2, 8)");
  }

  @Test
  void missingBeamsAreCountedAndTheFirstMissingOneShown() {
    CheckResult r = check(List.of(FIRST));
    assertThat(r.accepted()).isFalse();
    assertThat(r.message())
        .isEqualTo(
            "returned 1 beam, expected 2; the first missing one is beam 1, tokens [2, 1, 0]"
                + " (score -1.16667)");
  }

  @Test
  void extraBeamsAreCountedAndTheFirstExtraOneShown() {
    CheckResult r = check(List.of(FIRST, SECOND, new Hypothesis(List.of(0), -1.5)));
    assertThat(r.message())
        .isEqualTo(
            "returned 3 beams, expected 2; the first extra one is beam 2, tokens [0] (score"
                + " -1.5)");
  }

  @Test
  void aWrongCountAlsoNamesTheFirstDifferenceAmongTheCommonBeams() {
    CheckResult r = check(List.of(new Hypothesis(List.of(0), -1.5)));
    assertThat(r.message())
        .isEqualTo(
            "returned 1 beam, expected 2; beam 0: expected tokens [2, 1, 2] (score -1.08333),"
                + " got tokens [0] (score -1.5)");
  }

  @Test
  void anEmptyResultIsAWrongCount() {
    CheckResult r = check(List.of());
    assertThat(r.accepted()).isFalse();
    assertThat(r.message()).startsWith("returned 0 beams, expected 2; the first missing one is");
  }

  @Test
  void aMissingResultSaysSo() {
    CheckResult r = context(null, null);
    assertThat(r.accepted()).isFalse();
    assertThat(r.message())
        .isEqualTo(
            "nothing was returned; the answer is a list of 2 (tokens, score) pairs, tokens a list"
                + " of ints and score a float");
    assertThat(r.outputs()).singleElement().satisfies(o -> assertThat(o.matched()).isFalse());
  }

  @Test
  void anUnreadableResultPassesOnTheHarnessExplanation() {
    CheckResult r =
        context(
            null,
            new OutputInfo(
                "list of float", false, "element 0 is float, not a (tokens, score) pair"));
    assertThat(r.accepted()).isFalse();
    assertThat(r.message())
        .isEqualTo(
            "could not read the result (list of float): element 0 is float, not a (tokens,"
                + " score) pair; the answer is a list of 2 (tokens, score) pairs, tokens a list of"
                + " ints and score a float");
  }

  @Test
  void aMalformedPackedArrayIsUnreadableNotAnError() {
    CheckResult r = context(NdArray.ofDoubles(new double[] {1, 2, 3}, 3), STORED);
    assertThat(r.accepted()).isFalse();
    assertThat(r.message()).startsWith("could not read the result: expected the packed");
  }

  @Test
  void longTokenListsAreShortened() {
    long[] tokens = new long[40];
    tokens[23] = 7;
    tokens[24] = 9;
    assertThat(BeamSearchChecker.tokenList(tokens))
        .isEqualTo("[" + "0, ".repeat(23) + "7, ... (40 tokens)]");
    assertThat(BeamSearchChecker.tokenList(new long[24])).isEqualTo("[" + "0, ".repeat(23) + "0]");
  }

  @Test
  void packingAndUnpackingRoundTrip() {
    NdArray packed = BeamSearchCases.packed(EXPECTED);
    assertThat(packed.shape()).containsExactly(2, 5);
    assertThat(BeamSearchChecker.unpack(packed))
        .extracting(Object::toString)
        .containsExactly("([2, 1, 2], -1.08333)", "([2, 1, 0], -1.16667)");
    assertThatThrownBy(
            () -> BeamSearchChecker.unpack(NdArray.ofDoubles(new double[] {0, 5, 1}, 1, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length 5.0");
  }

  @Test
  void aHiddenCaseSaysWhichBeamIsWrongButNeverWhatWasExpected() {
    CheckResult wrongScore = hidden(List.of(FIRST, new Hypothesis(SECOND.tokens(), -1.17)));
    assertThat(wrongScore.message())
        .isEqualTo("beam 1: the tokens are right but the score -1.17 is off (abs error 0.0033)");
    CheckResult wrongTokens =
        hidden(List.of(FIRST, new Hypothesis(List.of(2, 2, 2), SECOND.score())));
    assertThat(wrongTokens.message())
        .startsWith("beam 1: tokens [2, 2, 2]")
        .contains("is not the expected beam")
        .doesNotContain("[2, 1, 0]");
    CheckResult missing = hidden(List.of(FIRST));
    assertThat(missing.message()).doesNotContain("[2, 1, 0]").doesNotContain("-1.16667");
    OutputReport o = missing.outputs().get(0);
    assertThat(o.excerpt()).isNull();
    assertThat(o.worst()).isNotNull();
    assertThat(o.worst().expected()).isNull();
  }

  private CheckResult check(List<Hypothesis> actual) {
    return context(BeamSearchCases.packed(actual), STORED, true);
  }

  private CheckResult hidden(List<Hypothesis> actual) {
    return context(BeamSearchCases.packed(actual), STORED, false);
  }

  private CheckResult context(@Nullable NdArray actual, @Nullable OutputInfo info) {
    return context(actual, info, true);
  }

  /** A check of one hand-made case; {@code sample} decides whether expected beams may be shown. */
  private CheckResult context(@Nullable NdArray actual, @Nullable OutputInfo info, boolean sample) {
    TestCase c =
        (sample ? TestCase.sample("hand-made") : TestCase.hidden("hand-made"))
            .input("start_logp", NdArray.ofDoubles(new double[] {-1.5, -3, -2}, 3))
            .expect(BeamSearchChecker.RESULT, BeamSearchCases.packed(EXPECTED))
            .build();
    Map<String, NdArray> results = new HashMap<>();
    Map<String, OutputInfo> outputs = new HashMap<>();
    if (actual != null) {
      results.put(BeamSearchChecker.RESULT, actual);
    }
    if (info != null) {
      outputs.put(BeamSearchChecker.RESULT, info);
    }
    return checker.check(
        new CheckContext(
            meta,
            c,
            results,
            outputs,
            Map.of(BeamSearchChecker.RESULT, new ValueType.ScoredSequences())));
  }
}
