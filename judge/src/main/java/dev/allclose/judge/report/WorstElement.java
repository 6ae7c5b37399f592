package dev.allclose.judge.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One element of a result, named in a report: the worst one (see {@link OutputReport#worst()}) or
 * the one with the largest absolute error.
 *
 * @param index its multi-index in the output array
 * @param expected the expected value: a number, boolean or string (non-finite numbers are written
 *     "NaN", "Infinity", "-Infinity" in JSON); null in the report of a hidden case, which shows
 *     errors and positions only
 * @param actual the solution's value at that index
 */
public record WorstElement(List<Integer> index, @Nullable Object expected, Object actual) {
  public WorstElement {
    index = List.copyOf(index);
  }
}
