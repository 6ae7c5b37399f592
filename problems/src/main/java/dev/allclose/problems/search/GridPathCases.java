package dev.allclose.problems.search;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.DType;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.search.GridAStar;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 27, a-star, judged by {@link GridPathChecker}: a grid of entry costs (0 a
 * wall), a start and a goal; the expected path is the reference's, one optimum among possibly many.
 *
 * <p>What each hidden case is for:
 *
 * <ul>
 *   <li>{@code toll-barrier} and {@code toll-barrier-tall}: a column of cells of cost 50 between
 *       start and goal with a gap at the far end; crossing it takes the fewest steps, going round
 *       is cheaper. Breadth-first search by steps and A* with a heuristic that overestimates
 *       (Manhattan distance times the largest cost, or times a large factor) both cross.
 *   <li>{@code open-field-*}: few walls and mixed costs, where a path with diagonal steps is
 *       cheaper than any 4-connected one and is caught as an illegal move.
 *   <li>{@code start-on-wall}, {@code goal-on-wall}, {@code goal-walled-in}: no path, {@code []}.
 *   <li>{@code start-is-goal}: the one-cell path.
 *   <li>{@code corridor}, {@code maze-uniform}, {@code large-mixed}: shapes and size (300 x 300).
 * </ul>
 */
public final class GridPathCases implements CaseGenerator {
  /** The cost of the barrier cells in the toll cases: above every other cost of those grids. */
  static final long TOLL = 50;

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        build(
            TestCase.sample("sample-1-detour").describe("the statement's example: go round the 9s"),
            new long[][] {{1, 9, 1, 1}, {1, 9, 0, 1}, {1, 1, 1, 1}},
            0,
            0,
            0,
            3));
    cases.add(
        build(
            TestCase.sample("sample-2-unreachable").describe("a wall column cuts the grid in two"),
            new long[][] {{1, 0, 1}, {2, 0, 2}, {3, 0, 3}},
            0,
            0,
            2,
            2));
    cases.add(
        build(
            TestCase.hidden("toll-barrier")
                .describe("20 x 41, a costly column with a gap at the bottom"),
            barrier(20, 41),
            0,
            0,
            0,
            40));
    cases.add(
        build(
            TestCase.hidden("toll-barrier-tall")
                .describe("61 x 20, a costly row with a gap at the right"),
            transpose(barrier(20, 61)),
            0,
            0,
            60,
            0));
    cases.add(random(ctx, "open-field-small", 12, 15, 0.05, 9, 0, 0, 11, 14));
    cases.add(random(ctx, "open-field-heavy", 40, 40, 0.1, 100, 2, 3, 37, 35));
    cases.add(random(ctx, "mixed-walls", 50, 70, 0.25, 20, 0, 0, 49, 69));
    cases.add(
        build(
            TestCase.hidden("start-on-wall").describe("the start cell is a wall"),
            new long[][] {{0, 1, 1}, {1, 1, 1}},
            0,
            0,
            1,
            2));
    cases.add(
        build(
            TestCase.hidden("goal-on-wall").describe("the goal cell is a wall"),
            new long[][] {{1, 1, 1}, {1, 1, 0}},
            0,
            0,
            1,
            2));
    cases.add(
        build(
            TestCase.hidden("goal-walled-in").describe("the goal's four neighbours are walls"),
            walledIn(9),
            0,
            0,
            4,
            4));
    cases.add(
        build(
            TestCase.hidden("start-is-goal").describe("start equals goal: a one-cell path"),
            new long[][] {{5, 1}, {1, 7}},
            1,
            1,
            1,
            1));
    cases.add(
        build(
            TestCase.hidden("corridor").describe("a single row"),
            new long[][] {{3, 1, 4, 1, 5, 9, 2, 6}},
            0,
            7,
            0,
            0));
    cases.add(random(ctx, "maze-uniform", 80, 80, 0.3, 1, 0, 0, 79, 79));
    cases.add(random(ctx, "large-mixed", 300, 300, 0.2, 9, 0, 0, 299, 299));
    return cases;
  }

  private static TestCase build(TestCase.Builder b, long[][] grid, int r0, int c0, int r1, int c1) {
    long[] flat = new long[grid.length * grid[0].length];
    for (int r = 0; r < grid.length; r++) {
      System.arraycopy(grid[r], 0, flat, r * grid[0].length, grid[0].length);
    }
    int[][] path = GridAStar.aStar(grid, new int[] {r0, c0}, new int[] {r1, c1});
    long[] cells = new long[path.length * 2];
    for (int i = 0; i < path.length; i++) {
      cells[2 * i] = path[i][0];
      cells[2 * i + 1] = path[i][1];
    }
    return b.input("grid", NdArray.ofLongs(flat, grid.length, grid[0].length))
        .input("start", NdArray.ofLongs(new long[] {r0, c0}, 2))
        .input("goal", NdArray.ofLongs(new long[] {r1, c1}, 2))
        .expect("path", NdArray.ofLongs(DType.INT64, cells, path.length, 2))
        .build();
  }

  /**
   * Costs 1 to {@code maxCost}, a share {@code wallRate} of walls; the start and goal are open and
   * cost 1, and the grid is redrawn until the goal is reachable.
   */
  private static TestCase random(
      GenerationContext ctx,
      String name,
      int h,
      int w,
      double wallRate,
      int maxCost,
      int r0,
      int c0,
      int r1,
      int c1) {
    Rng rng = ctx.rng(name);
    long[][] grid;
    do {
      grid = new long[h][w];
      for (long[] row : grid) {
        for (int c = 0; c < w; c++) {
          row[c] = rng.nextDouble() < wallRate ? 0 : 1 + rng.nextInt(maxCost);
        }
      }
      grid[r0][c0] = 1;
      grid[r1][c1] = 1;
    } while (GridAStar.optimalCost(grid, new int[] {r0, c0}, new int[] {r1, c1}) < 0);
    String what =
        h + " x " + w + ", costs 1-" + maxCost + ", " + Math.round(wallRate * 100) + "% walls";
    return build(TestCase.hidden(name).describe(what), grid, r0, c0, r1, c1);
  }

  /**
   * An h x w grid of cost 1 with the middle column at {@link #TOLL} except its bottom cell: from
   * the top-left to the top-right corner, straight across costs w - 2 + TOLL, round by the bottom
   * row 2(h - 1) + w - 1 (less when h is small enough).
   */
  private static long[][] barrier(int h, int w) {
    long[][] grid = new long[h][w];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        grid[r][c] = c == w / 2 && r < h - 1 ? TOLL : 1;
      }
    }
    return grid;
  }

  private static long[][] transpose(long[][] grid) {
    long[][] out = new long[grid[0].length][grid.length];
    for (int r = 0; r < grid.length; r++) {
      for (int c = 0; c < grid[0].length; c++) {
        out[c][r] = grid[r][c];
      }
    }
    return out;
  }

  /** An n x n grid of costs 1-3 whose centre cell is open but boxed in by four walls. */
  private static long[][] walledIn(int n) {
    long[][] grid = new long[n][n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        grid[r][c] = 1L + (r * 7 + c * 3) % 3;
      }
    }
    int m = n / 2;
    grid[m - 1][m] = 0;
    grid[m + 1][m] = 0;
    grid[m][m - 1] = 0;
    grid[m][m + 1] = 0;
    return grid;
  }
}
