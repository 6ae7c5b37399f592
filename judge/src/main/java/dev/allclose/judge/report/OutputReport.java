package dev.allclose.judge.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one named result compared with its expected value.
 *
 * @param message empty when it matched; otherwise one line that says what differs
 * @param expectedType the contract type ({@code float64[B,T,D]}, {@code list[int]})
 * @param actualKind what the solution returned, as the language names it ({@code ndarray float32},
 *     {@code list of float}, {@code double[][]}), or null when nothing was returned
 * @param mismatched elements outside the tolerance (all of them on a shape mismatch: 0 then)
 * @param maxAbsError the largest {@code |actual - expected|} over elements where both are finite,
 *     or null when shapes differ or values are not numbers
 * @param maxRelError the largest {@code |actual - expected| / |expected|} over the same elements
 *     with a non-zero expected value
 * @param worst the element furthest outside the tolerance, the largest {@code |actual - expected| /
 *     (atol + rtol * |expected|)} (for exact types the first difference; while every element
 *     passes, the one with the largest absolute error)
 * @param maxAbsElement the element with the largest absolute error, which the tolerance may weigh
 *     less than the worst one (a large expected value allows a large error)
 * @param nanPositions the first few indices where the solution has a NaN that was not expected
 * @param infPositions the first few indices where the solution has an infinity that was not
 *     expected
 * @param excerpt a few expected and actual values around the worst element
 */
public record OutputReport(
    String name,
    boolean matched,
    String message,
    String expectedType,
    String expectedShape,
    @Nullable String actualKind,
    @Nullable String actualShape,
    long mismatched,
    long total,
    double mismatchFraction,
    @Nullable Double maxAbsError,
    @Nullable Double maxRelError,
    @Nullable WorstElement worst,
    @Nullable WorstElement maxAbsElement,
    long nanCount,
    List<List<Integer>> nanPositions,
    long infCount,
    List<List<Integer>> infPositions,
    @Nullable String excerpt) {

  public OutputReport {
    nanPositions = List.copyOf(nanPositions);
    infPositions = List.copyOf(infPositions);
  }

  /** The same report under another message. */
  public OutputReport withMessage(String text) {
    return new OutputReport(
        name,
        matched,
        text,
        expectedType,
        expectedShape,
        actualKind,
        actualShape,
        mismatched,
        total,
        mismatchFraction,
        maxAbsError,
        maxRelError,
        worst,
        maxAbsElement,
        nanCount,
        nanPositions,
        infCount,
        infPositions,
        excerpt);
  }

  /** A result that could not be compared at all (missing, wrong type or shape). */
  public static OutputReport unusable(
      String name,
      String message,
      String expectedType,
      String expectedShape,
      @Nullable String actualKind,
      @Nullable String actualShape,
      long total) {
    return new OutputReport(
        name,
        false,
        message,
        expectedType,
        expectedShape,
        actualKind,
        actualShape,
        total,
        total,
        1.0,
        null,
        null,
        null,
        null,
        0,
        List.of(),
        0,
        List.of(),
        null);
  }
}
