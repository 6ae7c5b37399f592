package dev.allclose.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;

/**
 * The tolerances reference tests use, in one place. Golden files are float64 computations by
 * another library, so agreement is expected to a few ulps times the operation count.
 */
public final class Tolerances {
  /** Against golden float64 outputs of PyTorch and friends. */
  public static final double GOLDEN_RTOL = 1e-9;

  public static final double GOLDEN_ATOL = 1e-11;

  private Tolerances() {}

  /** Asserts NumPy-style {@code allclose(actual, expected, rtol, atol)} with matching shapes. */
  public static void assertAllClose(
      NdArray actual, NdArray expected, double rtol, double atol, String what) {
    assertThat(actual.shape()).as(what + " shape").containsExactly(expected.shape());
    for (int i = 0; i < expected.size(); i++) {
      double e = expected.getDouble(i);
      double a = actual.getDouble(i);
      assertThat(Math.abs(a - e))
          .as(
              "%s at %s: expected %s, got %s",
              what, java.util.Arrays.toString(expected.unravel(i)), e, a)
          .isLessThanOrEqualTo(atol + rtol * Math.abs(e));
    }
  }

  public static void assertGolden(Object actualNested, NdArray expected, String what) {
    NdArray actual = actualNested instanceof NdArray a ? a : NestedArrays.fromNested(actualNested);
    assertAllClose(actual, expected, GOLDEN_RTOL, GOLDEN_ATOL, what);
  }
}
