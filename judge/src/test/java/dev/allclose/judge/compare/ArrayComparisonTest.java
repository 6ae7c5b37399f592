package dev.allclose.judge.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.problem.Tolerance;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.numeric.DType;
import dev.allclose.numeric.NdArray;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Data-driven cases for the comparison, in the spirit of problemtools' default validator tests:
 * absolute against relative tolerance, zeros, infinities, NaN, shape and dtype mismatches.
 */
class ArrayComparisonTest {
  private static final Tolerance TOL = Tolerance.DEFAULT; // rtol 1e-5, atol 1e-8
  private static final ValueType FLOATS = ValueType.parse("float64[N]");

  private static OutputReport compare(double expected, double actual) {
    return ArrayComparison.compare(
        "y",
        FLOATS,
        NdArray.ofDoubles(new double[] {expected}, 1),
        NdArray.ofDoubles(new double[] {actual}, 1),
        "ndarray float64",
        TOL,
        Disclosure.EXPECTED_VALUES);
  }

  @ParameterizedTest(name = "expected {0}, actual {1} -> {2}")
  @CsvSource({
    // absolute tolerance decides near zero
    "0.0,       1e-9,       true",
    "0.0,       1e-7,       false",
    "1e-9,      0.0,        true",
    // relative tolerance decides for large values: allowed = 1e-8 + 1e-5 * |e|
    "1e6,       1000005.0,  true",
    "1e6,       1000020.0,  false",
    "-1e6,      -1000009.9, true",
    "1.0,       1.0000099,  true",
    "1.0,       1.0000200,  false",
    // the bound is asymmetric: it scales with |expected|, as in NumPy
    "100.0,     100.001,    true",
    // infinities equal only with the same sign
    "Infinity,  Infinity,   true",
    "-Infinity, -Infinity,  true",
    "Infinity,  -Infinity,  false",
    "Infinity,  1e308,      false",
    "1e308,     Infinity,   false",
    // NaN is never equal, not even to NaN
    "NaN,       NaN,        false",
    "1.0,       NaN,        false",
    "NaN,       1.0,        false",
  })
  void followsNumpyAllclose(double expected, double actual, boolean matched) {
    assertThat(compare(expected, actual).matched()).isEqualTo(matched);
  }

  @Test
  void reportsTheWorstElementErrorsAndAnExcerpt() {
    NdArray e = NdArray.ofDoubles(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    NdArray a = NdArray.ofDoubles(new double[] {1, 2, 3, 4, 5.5, 6.1}, 2, 3);
    OutputReport r =
        ArrayComparison.compare(
            "out",
            ValueType.parse("float64[B,T]"),
            e,
            a,
            "ndarray float64",
            TOL,
            Disclosure.EXPECTED_VALUES);
    assertThat(r.matched()).isFalse();
    assertThat(r.mismatched()).isEqualTo(2);
    assertThat(r.total()).isEqualTo(6);
    assertThat(r.mismatchFraction()).isEqualTo(2.0 / 6);
    assertThat(r.maxAbsError()).isEqualTo(0.5);
    assertThat(r.maxRelError()).isEqualTo(0.1);
    assertThat(r.worst().index()).containsExactly(1, 1);
    assertThat(r.worst().expected()).isEqualTo(5.0);
    assertThat(r.worst().actual()).isEqualTo(5.5);
    assertThat(r.message())
        .isEqualTo(
            "2 of 6 elements differ (33.3%); worst at [1, 1] (largest error relative to the"
                + " tolerance): expected 5.0, got 5.5 (max abs error 0.50, max rel error 0.10)");
    assertThat(r.excerpt())
        .isEqualTo("expected[1, 0:3] = [4.0, 5.0, 6.0]\nactual  [1, 0:3] = [4.0, 5.5, 6.1]");
  }

  /**
   * The worst element is the one furthest outside the tolerance, |a - e| / (atol + rtol |e|): here
   * the small value 0.001 (off by 0.001 where 2e-8 is allowed), not the large one 1000 (off by 0.5
   * where 0.01 is allowed). The element with the largest absolute error is named as well.
   */
  @Test
  void theWorstIsTheLargestErrorRelativeToTheToleranceAndTheLargestAbsoluteErrorIsNamedToo() {
    NdArray e = NdArray.ofDoubles(new double[] {1000, 0.001}, 2);
    NdArray a = NdArray.ofDoubles(new double[] {1000.5, 0.002}, 2);
    OutputReport r =
        ArrayComparison.compare(
            "y", FLOATS, e, a, "ndarray float64", TOL, Disclosure.EXPECTED_VALUES);
    assertThat(r.worst().index()).containsExactly(1);
    assertThat(r.maxAbsElement().index()).containsExactly(0);
    assertThat(r.maxAbsElement().expected()).isEqualTo(1000.0);
    assertThat(r.maxAbsElement().actual()).isEqualTo(1000.5);
    assertThat(r.message())
        .isEqualTo(
            "2 of 2 elements differ (100.0%); worst at [1] (largest error relative to the"
                + " tolerance): expected 0.001, got 0.002; largest absolute error 0.50 at [0]:"
                + " expected 1000.0, got 1000.5 (max rel error 1.0)");

    OutputReport hidden =
        ArrayComparison.compare("y", FLOATS, e, a, "ndarray float64", TOL, Disclosure.ERRORS_ONLY);
    assertThat(hidden.maxAbsElement().expected()).isNull();
    assertThat(hidden.message())
        .contains("largest absolute error 0.50 at [0]: got 1000.5, off by 0.50")
        .doesNotContain("expected");
  }

  @ParameterizedTest(name = "{0} expected {1}, actual {2}: \"{3}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "float64[N] | 1.5   | 2.0   | got 2.0, off by 0.5",
        "float64[N] | 1.5   | -1.5  | got -1.5, off by 3.0",
        "float64[N] | 1.5   | NaN   | got nan, which is wrong",
        "int64[N]   | 7     | 4     | got 4, off by 3",
        "bool[N]    | true  | false | got False, which is wrong",
      })
  void errorsOnlyShowsTheSolutionsValueAndTheErrorNeverTheExpectedOne(
      String type, String expected, String actual, String shown) {
    ValueType t = ValueType.parse(type);
    NdArray e = array(t, expected);
    NdArray a = array(t, actual);
    OutputReport r = ArrayComparison.compare("y", t, e, a, null, TOL, Disclosure.ERRORS_ONLY);
    assertThat(r.matched()).isFalse();
    assertThat(r.message()).contains(shown).doesNotContain("expected");
    assertThat(r.worst().expected()).isNull();
    assertThat(r.excerpt()).isNull();
  }

  private static NdArray array(ValueType t, String value) {
    return switch (t.text().substring(0, t.text().indexOf('['))) {
      case "bool" -> NdArray.ofBooleans(new boolean[] {Boolean.parseBoolean(value)}, 1);
      case "int64" -> NdArray.ofLongs(DType.INT64, new long[] {Long.parseLong(value)}, 1);
      default -> NdArray.ofDoubles(new double[] {Double.parseDouble(value)}, 1);
    };
  }

  @Test
  void countsAndLocatesNanAndInfinity() {
    NdArray e = NdArray.ofDoubles(new double[] {1, 2, 3, 4}, 4);
    NdArray a =
        NdArray.ofDoubles(new double[] {Double.NaN, 2, Double.POSITIVE_INFINITY, Double.NaN}, 4);
    OutputReport r =
        ArrayComparison.compare("y", FLOATS, e, a, null, TOL, Disclosure.EXPECTED_VALUES);
    assertThat(r.nanCount()).isEqualTo(2);
    assertThat(r.nanPositions()).containsExactly(List.of(0), List.of(3));
    assertThat(r.infCount()).isEqualTo(1);
    assertThat(r.infPositions()).containsExactly(List.of(2));
    assertThat(r.message())
        .contains("NaN at 2 positions, first at [0]")
        .contains("unexpected infinity at 1 position");
  }

  @Test
  void shapesMustMatchExactlyWithoutBroadcasting() {
    OutputReport r =
        ArrayComparison.compare(
            "y",
            ValueType.parse("float64[A,B]"),
            NdArray.ofDoubles(new double[] {1, 1, 1}, 1, 3),
            NdArray.ofDoubles(new double[] {1, 1, 1}, 3),
            null,
            TOL,
            Disclosure.EXPECTED_VALUES);
    assertThat(r.matched()).isFalse();
    assertThat(r.message()).isEqualTo("shape (3,) differs from the expected (1, 3)");
    OutputReport scalar =
        ArrayComparison.compare(
            "loss",
            ValueType.parse("float"),
            NdArray.scalar(1.0),
            NdArray.ofDoubles(new double[] {1}, 1),
            null,
            TOL,
            Disclosure.EXPECTED_VALUES);
    assertThat(scalar.message())
        .startsWith("expected a single number (shape ()), got an array of shape (1,)");
  }

  @Test
  void floatsWhereIntegersAreExpectedAreWrongButIntegersWhereFloatsAreExpectedAreFine() {
    ValueType ids = ValueType.parse("list[int]");
    OutputReport floats =
        ArrayComparison.compare(
            "ids",
            ids,
            NdArray.ofLongs(new long[] {1, 2}, 2),
            NdArray.ofDoubles(new double[] {1, 2}, 2),
            "list of float",
            TOL,
            Disclosure.EXPECTED_VALUES);
    assertThat(floats.matched()).isFalse();
    assertThat(floats.message()).isEqualTo("expected integers (list[int]), got list of float");
    OutputReport ints =
        ArrayComparison.compare(
            "y",
            FLOATS,
            NdArray.ofDoubles(new double[] {1, 2}, 2),
            NdArray.ofLongs(new long[] {1, 2}, 2),
            "ndarray int64",
            TOL,
            Disclosure.EXPECTED_VALUES);
    assertThat(ints.matched()).isTrue();
    OutputReport bools =
        ArrayComparison.compare(
            "y",
            FLOATS,
            NdArray.ofDoubles(new double[] {1, 0}, 2),
            NdArray.ofBooleans(new boolean[] {true, false}, 2),
            "ndarray bool",
            TOL,
            Disclosure.EXPECTED_VALUES);
    assertThat(bools.matched()).isFalse();
  }

  @Test
  void integersAndStringsCompareExactly() {
    OutputReport ints =
        ArrayComparison.compare(
            "ids",
            ValueType.parse("list[int]"),
            NdArray.ofLongs(new long[] {258, 100, 258}, 3),
            NdArray.ofLongs(new long[] {258, 100, 257}, 3),
            "list of int",
            TOL,
            Disclosure.EXPECTED_VALUES);
    assertThat(ints.matched()).isFalse();
    assertThat(ints.message())
        .startsWith("1 of 3 elements differ (33.3%); first at [2]: expected 258, got 257");
    OutputReport text =
        ArrayComparison.compare(
            "s",
            ValueType.parse("str"),
            NdArray.scalar("héllo"),
            NdArray.scalar("h\uFFFDllo"),
            "str",
            TOL,
            Disclosure.EXPECTED_VALUES);
    assertThat(text.message()).isEqualTo("expected 'héllo', got 'h\uFFFDllo'");
    assertThat(
            ArrayComparison.compare(
                    "s",
                    ValueType.parse("str"),
                    NdArray.scalar("a😀"),
                    NdArray.scalar("a😀"),
                    "str",
                    TOL,
                    Disclosure.EXPECTED_VALUES)
                .matched())
        .isTrue();
  }

  @Test
  void emptyArraysOfTheRightShapeMatch() {
    NdArray empty = NdArray.ofLongs(DType.INT64, new long[0], 0, 2);
    assertThat(
            ArrayComparison.compare(
                    "merges",
                    ValueType.parse("list[tuple[int,int]]"),
                    empty,
                    empty,
                    "list of nothing (empty)",
                    TOL,
                    Disclosure.EXPECTED_VALUES)
                .matched())
        .isTrue();
  }
}
