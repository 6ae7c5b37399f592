package dev.allclose.problems.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.numeric.DType;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.BuiltInProblems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bias-variance checker on hand-made results with the package's metadata (rtol 1e-5, atol
 * 1e-8). The expected decomposition is 0.5 + 2.0 + 0.25 = 2.75.
 */
class BiasVarianceCheckerTest {
  private static final double[] EXPECTED = {0.5, 2.0, 0.25, 2.75};

  private static ProblemMetadata meta;
  private final BiasVarianceChecker checker = new BiasVarianceChecker();

  @BeforeAll
  static void loadMetadata() {
    meta =
        ProblemCatalog.load(List.of(new BuiltInProblems()))
            .find("bias-variance")
            .orElseThrow()
            .metadata();
  }

  @Test
  void theExpectedNumbersAreAccepted() {
    CheckResult r = check(EXPECTED);
    assertThat(r.accepted()).as(r.message()).isTrue();
    assertThat(r.outputs()).hasSize(4);
  }

  /** A sample variance (4.0 instead of 2.0) next to a directly computed error breaks the sum. */
  @Test
  void numbersThatDoNotAddUpAreRejectedByNamingTheIdentity() {
    CheckResult r = check(0.5, 4.0, 0.25, 2.75);
    assertThat(r.accepted()).isFalse();
    assertThat(r.message())
        .isEqualTo(
            "the identity expected_mse = bias_sq + variance + noise does not hold for the"
                + " returned values: 0.5 + 4.0 + 0.25 = 4.75, but expected_mse = 2.75 (off by"
                + " 2.0)");
  }

  /** Terms built consistently from a wrong definition keep the identity; the values decide. */
  @Test
  void consistentButWrongValuesAreRejectedByTheComparison() {
    CheckResult r = check(2.5, 2.0, 0.25, 4.75);
    assertThat(r.accepted()).isFalse();
    assertThat(r.message()).doesNotContain("identity").startsWith("bias_sq: ");
  }

  @Test
  void roundingWithinTheToleranceKeepsTheIdentity() {
    CheckResult r = check(0.5, 2.0 + 1e-9, 0.25, 2.75 - 1e-9);
    assertThat(r.accepted()).as(r.message()).isTrue();
  }

  private CheckResult check(double... actual) {
    TestCase.Builder b = TestCase.hidden("hand-made");
    Map<String, NdArray> results = new HashMap<>();
    Map<String, ValueType> types = new HashMap<>();
    for (int i = 0; i < actual.length; i++) {
      String name = BiasVarianceChecker.RESULTS.get(i);
      b.expect(name, NdArray.scalar(EXPECTED[i]));
      results.put(name, NdArray.scalar(actual[i]));
      types.put(name, new ValueType.Scalar(DType.FLOAT64));
    }
    return checker.check(new CheckContext(meta, b.build(), results, Map.of(), types));
  }
}
