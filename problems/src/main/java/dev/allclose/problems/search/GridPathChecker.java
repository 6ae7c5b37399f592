package dev.allclose.problems.search;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.numeric.DType;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.PropertyResults;
import dev.allclose.reference.search.GridAStar;

/**
 * Judges problem 27, a-star: any cheapest path passes. The returned {@code path} (a list of {@code
 * (row, col)} cells, read as an (L, 2) integer array) must
 *
 * <ol>
 *   <li>be empty exactly when the goal cannot be reached (no path, or the start or goal a wall);
 *   <li>start at the start and end at the goal;
 *   <li>stay inside the grid and off walls;
 *   <li>move to one of the four neighbours at each step (a diagonal step is named as such);
 *   <li>cost, as the sum of the cells entered after the start, what {@link GridAStar} finds.
 * </ol>
 *
 * The first rule broken is the message. Stateless and thread-safe.
 */
public final class GridPathChecker implements Checker {
  static final String RESULT = "path";

  @Override
  public CheckResult check(CheckContext ctx) {
    return PropertyResults.check(ctx, GridPathChecker::firstFailure);
  }

  private static String firstFailure(CheckContext ctx) {
    long[][] grid = grid(ctx.input("grid"));
    int[] start = cell(ctx.input("start"));
    int[] goal = cell(ctx.input("goal"));
    int[][] path = path(ctx);
    long optimum = GridAStar.optimalCost(grid, start, goal);
    if (optimum < 0) {
      return path.length == 0
          ? ""
          : "returned a path of "
              + path.length
              + " cells, but "
              + unreachableReason(grid, start, goal)
              + "; expected []";
    }
    if (path.length == 0) {
      return "returned [], but the goal "
          + show(goal)
          + " is reachable from "
          + show(start)
          + " at cost "
          + optimum;
    }
    String failure = ends(path, start, goal);
    if (failure.isEmpty()) {
      failure = illegalStep(grid, path);
    }
    if (failure.isEmpty()) {
      long cost = GridAStar.pathCost(grid, path);
      if (cost != optimum) {
        failure =
            "path cost "
                + cost
                + " but the optimum is "
                + optimum
                + " (cost = sum of the cells entered after the start)";
      }
    }
    return failure;
  }

  private static String unreachableReason(long[][] grid, int[] start, int[] goal) {
    if (grid[start[0]][start[1]] == 0) {
      return "the start " + show(start) + " is a wall";
    }
    if (grid[goal[0]][goal[1]] == 0) {
      return "the goal " + show(goal) + " is a wall";
    }
    return "walls cut the goal " + show(goal) + " off from the start " + show(start);
  }

  private static String ends(int[][] path, int[] start, int[] goal) {
    if (path[0][0] != start[0] || path[0][1] != start[1]) {
      return "the path begins at " + show(path[0]) + ", not at the start " + show(start);
    }
    int[] last = path[path.length - 1];
    if (last[0] != goal[0] || last[1] != goal[1]) {
      return "the path ends at " + show(last) + ", not at the goal " + show(goal);
    }
    return "";
  }

  private static String illegalStep(long[][] grid, int[][] path) {
    for (int i = 0; i < path.length; i++) {
      int[] p = path[i];
      if (p[0] < 0 || p[0] >= grid.length || p[1] < 0 || p[1] >= grid[0].length) {
        return "cell "
            + i
            + " of the path, "
            + show(p)
            + ", is outside the "
            + grid.length
            + " x "
            + grid[0].length
            + " grid";
      }
      if (grid[p[0]][p[1]] == 0) {
        return "cell " + i + " of the path, " + show(p) + ", is a wall";
      }
      if (i > 0) {
        int dr = Math.abs(p[0] - path[i - 1][0]);
        int dc = Math.abs(p[1] - path[i - 1][1]);
        if (dr + dc != 1) {
          String kind =
              dr == 1 && dc == 1
                  ? "a diagonal step; only up, down, left and right are allowed"
                  : dr + dc == 0 ? "the same cell twice in a row" : "not a neighbouring cell";
          return "the path goes from "
              + show(path[i - 1])
              + " to "
              + show(p)
              + " at step "
              + i
              + ": "
              + kind;
        }
      }
    }
    return "";
  }

  /** The path as cells; empty when the solution returned an empty list. */
  private static int[][] path(CheckContext ctx) {
    NdArray a = PropertyResults.usable(ctx, RESULT);
    if (a.size() == 0) {
      return new int[0][2];
    }
    boolean integral = a.dtype() == DType.INT64 || a.dtype() == DType.INT32;
    if (!integral || a.rank() != 2 || a.dim(1) != 2) {
      throw PropertyResults.unusable(
          ctx,
          RESULT,
          "expected a list of (row, col) pairs of ints; got "
              + PropertyResults.kind(ctx, RESULT, a));
    }
    int[][] out = new int[a.dim(0)][2];
    for (int i = 0; i < out.length; i++) {
      out[i][0] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, a.getLong(2 * i)));
      out[i][1] =
          (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, a.getLong(2 * i + 1)));
    }
    return out;
  }

  static long[][] grid(NdArray a) {
    long[][] out = new long[a.dim(0)][a.dim(1)];
    for (int r = 0; r < out.length; r++) {
      for (int c = 0; c < out[r].length; c++) {
        out[r][c] = a.getLong(r * out[r].length + c);
      }
    }
    return out;
  }

  static int[] cell(NdArray a) {
    return new int[] {(int) a.getLong(0), (int) a.getLong(1)};
  }

  private static String show(int[] cell) {
    return "(" + cell[0] + ", " + cell[1] + ")";
  }
}
