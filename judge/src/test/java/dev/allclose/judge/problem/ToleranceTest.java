package dev.allclose.judge.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one implementation of the allclose rule: whether an element passes, and how far outside the
 * tolerance it lies (what picks a report's worst element). The two must agree everywhere.
 */
class ToleranceTest {
  private static final Tolerance TOL = Tolerance.DEFAULT; // rtol 1e-5, atol 1e-8

  @ParameterizedTest(name = "expected {0}, actual {1}: accepted {2}, excess {3}")
  @CsvSource({
    "0.0,       0.0,        true,  0.0",
    "0.0,       1e-8,       true,  1.0",
    "0.0,       3e-8,       false, 3.0",
    "1000.0,    1000.5,     false, 49.99995",
    "0.001,     0.002,      false, 50000.0",
    "Infinity,  Infinity,   true,  0.0",
    "Infinity,  -Infinity,  false, Infinity",
    "1.0,       Infinity,   false, Infinity",
    "NaN,       NaN,        false, Infinity",
    "1.0,       NaN,        false, Infinity",
  })
  void acceptsAndMeasuresTheExcessByOneRule(
      double expected, double actual, boolean accepted, double excess) {
    assertThat(TOL.accepts(expected, actual)).isEqualTo(accepted);
    assertThat(TOL.excess(expected, actual))
        .isCloseTo(excess, org.assertj.core.data.Percentage.withPercentage(1e-6));
    assertThat(TOL.excess(expected, actual) <= 1).isEqualTo(accepted);
  }

  @ParameterizedTest(name = "expected {0}, actual {1}")
  @CsvSource({"0.0, 0.0, true", "1.0, 1.0, true", "1.0, 1.0000001, false"})
  void withNoToleranceOnlyEqualValuesPass(double expected, double actual, boolean accepted) {
    Tolerance exact = new Tolerance(0, 0);
    assertThat(exact.accepts(expected, actual)).isEqualTo(accepted);
    assertThat(exact.excess(expected, actual)).isEqualTo(accepted ? 0 : Double.POSITIVE_INFINITY);
  }
}
