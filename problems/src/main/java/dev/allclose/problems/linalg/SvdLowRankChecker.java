package dev.allclose.problems.linalg;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.check.OutputsChecker;
import dev.allclose.judge.compare.Disclosure;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.judge.problem.Tolerance;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.reference.linalg.LowRankApproximation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Judges problem 14, svd-low-rank, by the Eckart-Young theorem rather than by one particular A_k,
 * because when sigma_k = sigma_{k+1} the best rank-k approximation is not unique.
 *
 * <p>For the case's A (m, n) and k, with singular values sigma (computed here with EJML) and the
 * optimum e* = sqrt(sum_{i > k} sigma_i^2):
 *
 * <ol>
 *   <li>{@code error} must equal e* within the problem's tolerance for {@code error} (the default
 *       comparison against the reference's value, which is e*);
 *   <li>{@code A_k} must have A's shape and finite entries, rank at most k (its (k+1)-th singular
 *       value at most {@code atol + RANK_RTOL * sigma_1(A)}), and ||A - A_k||_F must equal e*
 *       within the tolerance for {@code error}: together these say A_k is an optimum;
 *   <li>where the optimum is unique and well conditioned (k = 0, k = min(m, n), or sigma_k -
 *       sigma_{k+1} > {@link #UNIQUE_GAP} sigma_1), {@code A_k} must also match the reference entry
 *       by entry within the tolerance for {@code A_k}. The distance test alone is flat to first
 *       order around an optimum (moving along the rank-k matrices changes the distance only
 *       quadratically), so it would pass an A_k visibly off in its entries.
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class SvdLowRankChecker implements Checker {
  /** How large the (k+1)-th singular value of A_k may be, relative to sigma_1(A), besides atol. */
  static final double RANK_RTOL = 1e-9;

  /** The relative gap sigma_k - sigma_{k+1} above which A_k is compared entry by entry. */
  static final double UNIQUE_GAP = 1e-3;

  @Override
  public CheckResult check(CheckContext ctx) {
    double[][] a = NestedArrays.toMatrix(ctx.input("A"));
    int k = Math.toIntExact(ctx.input("k").getLong(0));
    double[] sigma = LowRankApproximation.singularValues(a);
    List<OutputReport> reports = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    OutputReport error = OutputsChecker.compare(ctx, "error", expected(ctx, "error"));
    reports.add(error);
    if (!error.matched()) {
      failures.add("error: " + error.message());
    }
    NdArray actual = ctx.actual().get("A_k");
    if (actual == null || !Arrays.equals(actual.shape(), new int[] {a.length, a[0].length})) {
      OutputReport r = OutputsChecker.compare(ctx, "A_k", expected(ctx, "A_k"));
      reports.add(r);
      failures.add(0, "A_k: " + r.message());
    } else {
      String property = optimalityProblem(ctx, a, k, sigma, NestedArrays.toMatrix(actual));
      if (!property.isEmpty()) {
        failures.add(0, "A_k: " + property);
      } else if (unique(sigma, k)) {
        OutputReport r = OutputsChecker.compare(ctx, "A_k", expected(ctx, "A_k"));
        reports.add(r);
        if (!r.matched()) {
          failures.add(0, "A_k: " + r.message());
        }
      }
    }
    return new CheckResult(
        failures.isEmpty(), failures.isEmpty() ? "" : failures.get(0), List.copyOf(reports));
  }

  /** Empty when A_k is a best rank-k approximation of A; otherwise what is wrong with it. */
  private static String optimalityProblem(
      CheckContext ctx, double[][] a, int k, double[] sigma, double[][] b) {
    for (double[] row : b) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          return "holds " + v + ", a best rank-k approximation is finite";
        }
      }
    }
    Tolerance tol = ctx.metadata().toleranceFor("error");
    double[] sb = LowRankApproximation.singularValues(b);
    double rankLimit = ctx.metadata().toleranceFor("A_k").atol() + RANK_RTOL * sigma[0];
    if (k < sb.length && sb[k] > rankLimit) {
      return "has rank above k = "
          + k
          + ": its singular value number "
          + (k + 1)
          + " is "
          + Numbers.format(sb[k])
          + " (at most "
          + Numbers.format(rankLimit)
          + " counts as zero)";
    }
    double optimum = LowRankApproximation.discardedNorm(sigma, k);
    double distance = frobeniusDistance(a, b);
    if (tol.accepts(optimum, distance)) {
      return "";
    }
    boolean show = Disclosure.forCase(ctx.testCase().visible()) == Disclosure.EXPECTED_VALUES;
    return "has rank at most k = "
        + k
        + " but ||A - A_k||_F = "
        + Numbers.format(distance)
        + (show
            ? " while the best rank-k error is " + Numbers.format(optimum)
            : " is " + (distance > optimum ? "above" : "below") + " the best rank-k error")
        + " (abs difference "
        + Numbers.error(Math.abs(distance - optimum))
        + ")";
  }

  static boolean unique(double[] sigma, int k) {
    return k == 0 || k == sigma.length || sigma[k - 1] - sigma[k] > UNIQUE_GAP * sigma[0];
  }

  private static double frobeniusDistance(double[][] a, double[][] b) {
    double[] diffs = new double[a.length * a[0].length];
    int i = 0;
    for (int r = 0; r < a.length; r++) {
      for (int c = 0; c < a[0].length; c++) {
        diffs[i++] = Math.abs(a[r][c] - b[r][c]);
      }
    }
    return LowRankApproximation.discardedNorm(diffs, 0);
  }

  private static NdArray expected(CheckContext ctx, String name) {
    NdArray e = ctx.testCase().expected().get(name);
    if (e == null) {
      throw new IllegalStateException("case " + ctx.testCase().name() + " has no expected " + name);
    }
    return e;
  }
}
