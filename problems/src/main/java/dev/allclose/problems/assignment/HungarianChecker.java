package dev.allclose.problems.assignment;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.check.OutputsChecker;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.PropertyResults;
import java.util.HashSet;
import java.util.Set;

/**
 * Judges problem 29, hungarian: any optimal assignment passes. A case that must be refused (NaN,
 * the wrong infinity, an infeasible matrix) is compared as usual: {@code raised} must be true.
 * Otherwise, for an n x m cost matrix C and k = min(n, m), with the reference's assignment stored
 * as the expected {@code row_ind} and {@code col_ind}:
 *
 * <ol>
 *   <li>{@code row_ind} and {@code col_ind} must be integer arrays of length k;
 *   <li>every row index in 0..n-1 and every column index in 0..m-1;
 *   <li>no row twice, rows ascending; no column twice;
 *   <li>every chosen entry finite (an infinite one is a forbidden pair);
 *   <li>the total of the chosen entries, added in the order returned, equal to the reference's
 *       total within {@link #RTOL} times (1 + the sum of the absolute values of the reference's
 *       chosen entries). Both totals are sums of k entries, so they differ by rounding only, about
 *       k ulps of that scale; any other assignment differs by a whole entry difference.
 * </ol>
 *
 * The first rule broken is the message. Cost O(k); stateless and thread-safe.
 */
public final class HungarianChecker implements Checker {
  /** Relative tolerance of the total, against the scale described in the class comment. */
  static final double RTOL = 1e-9;

  private static final OutputsChecker COMPARED = new OutputsChecker();

  @Override
  public CheckResult check(CheckContext ctx) {
    NdArray bestRows = ctx.testCase().expected().get("row_ind");
    NdArray bestCols = ctx.testCase().expected().get("col_ind");
    if (bestRows == null || bestCols == null) {
      return COMPARED.check(ctx);
    }
    Optimum best = new Optimum(bestRows.toLongArray(), bestCols.toLongArray());
    return PropertyResults.check(ctx, c -> firstFailure(c, best));
  }

  /** The reference's assignment. */
  // Private and never compared or hashed, so array components are harmless here.
  @SuppressWarnings("ArrayRecordComponent")
  private record Optimum(long[] rows, long[] cols) {}

  private static String firstFailure(CheckContext ctx, Optimum best) {
    NdArray cost = ctx.input("cost");
    int n = cost.shape()[0];
    int m = cost.shape()[1];
    int k = Math.min(n, m);
    long[] rows = indices(ctx, "row_ind", k);
    long[] cols = indices(ctx, "col_ind", k);
    String failure = outOfRange("row_ind", rows, n);
    if (failure.isEmpty()) {
      failure = outOfRange("col_ind", cols, m);
    }
    if (failure.isEmpty()) {
      failure = repeated("row", rows);
    }
    if (failure.isEmpty()) {
      failure = unordered(rows);
    }
    if (failure.isEmpty()) {
      failure = repeated("column", cols);
    }
    if (failure.isEmpty()) {
      failure = forbidden(cost, m, rows, cols);
    }
    return failure.isEmpty() ? notOptimal(ctx, cost, m, rows, cols, best) : failure;
  }

  private static long[] indices(CheckContext ctx, String name, int k) {
    NdArray a = PropertyResults.usable(ctx, name);
    if (!a.dtype().isInteger() || a.rank() != 1 || a.size() != k) {
      throw PropertyResults.unusable(
          ctx,
          name,
          "expected min(n, m) = "
              + k
              + " integer indices; got "
              + PropertyResults.kind(ctx, name, a));
    }
    return a.toLongArray();
  }

  private static String outOfRange(String name, long[] index, int size) {
    for (int t = 0; t < index.length; t++) {
      if (index[t] < 0 || index[t] >= size) {
        return name + "[" + t + "] is " + index[t] + ", outside 0.." + (size - 1);
      }
    }
    return "";
  }

  private static String repeated(String what, long[] index) {
    Set<Long> seen = new HashSet<>();
    for (long x : index) {
      if (!seen.add(x)) {
        return what + " " + x + " assigned twice";
      }
    }
    return "";
  }

  private static String unordered(long[] rows) {
    for (int t = 1; t < rows.length; t++) {
      if (rows[t] < rows[t - 1]) {
        return "row_ind must be ascending, but row_ind["
            + t
            + "] = "
            + rows[t]
            + " follows "
            + rows[t - 1];
      }
    }
    return "";
  }

  private static String forbidden(NdArray cost, int m, long[] rows, long[] cols) {
    for (int t = 0; t < rows.length; t++) {
      double c = cost.getDouble(Math.toIntExact(rows[t] * m + cols[t]));
      if (Double.isInfinite(c)) {
        return "entry ("
            + rows[t]
            + ", "
            + cols[t]
            + ") is "
            + Numbers.format(c)
            + ": a forbidden pair, but a finite assignment exists";
      }
    }
    return "";
  }

  private static String notOptimal(
      CheckContext ctx, NdArray cost, int m, long[] rows, long[] cols, Optimum best) {
    double total = 0;
    double optimum = 0;
    double scale = 1;
    for (int t = 0; t < rows.length; t++) {
      total += cost.getDouble(Math.toIntExact(rows[t] * m + cols[t]));
      double entry = cost.getDouble(Math.toIntExact(best.rows()[t] * m + best.cols()[t]));
      optimum += entry;
      scale += Math.abs(entry);
    }
    if (Math.abs(total - optimum) <= RTOL * scale) {
      return "";
    }
    String shownTotal = Numbers.format(total);
    String shownOptimum = Numbers.format(optimum);
    if (shownTotal.equals(shownOptimum)) {
      shownTotal = Double.toString(total);
      shownOptimum = Double.toString(optimum);
    }
    return "total "
        + shownTotal
        + " but the optimum is "
        + shownOptimum
        + (maximize(ctx) ? " (maximize=True: the greatest total)" : "");
  }

  private static boolean maximize(CheckContext ctx) {
    NdArray flag = ctx.testCase().inputs().get("maximize");
    return flag != null && flag.getBoolean(0);
  }
}
