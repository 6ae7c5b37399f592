package dev.allclose.reference.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.numeric.NdArray;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks A* against {@code make_a_star.py} (SciPy's Dijkstra on the cell graph, and an enumeration
 * of every simple path on grids of at most 12 cells): the returned path is legal and its cost is
 * the optimum. Also against a Bellman-Ford relaxation written here, on random grids.
 */
class GridAStarTest {
  static List<Golden> goldens() {
    return GoldenCases.besideScript(GridAStarTest.class, "make_a_star.py", "astar-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void findsAPathOfTheOracleCost(Golden g) {
    long[][] grid = grid(g.get("grid"));
    int[] start = cell(g.get("start"));
    int[] goal = cell(g.get("goal"));
    int[][] path = GridAStar.aStar(grid, start, goal);
    long expected = g.get("cost").getLong(0);
    if (expected < 0) {
      assertThat(path).isEmpty();
    } else {
      assertLegal(grid, start, goal, path);
      assertThat(GridAStar.pathCost(grid, path)).isEqualTo(expected);
    }
  }

  @Test
  void agreesWithBellmanFordOnRandomGrids() {
    SplittableRandom rng = new SplittableRandom(27);
    for (int t = 0; t < 200; t++) {
      int h = 1 + rng.nextInt(9);
      int w = 1 + rng.nextInt(9);
      long[][] grid = new long[h][w];
      for (long[] row : grid) {
        for (int c = 0; c < w; c++) {
          row[c] = rng.nextInt(4) == 0 ? 0 : 1 + rng.nextInt(20);
        }
      }
      int[] start = {rng.nextInt(h), rng.nextInt(w)};
      int[] goal = {rng.nextInt(h), rng.nextInt(w)};
      int[][] path = GridAStar.aStar(grid, start, goal);
      long expected = bellmanFord(grid, start, goal);
      if (expected < 0) {
        assertThat(path).isEmpty();
      } else {
        assertLegal(grid, start, goal, path);
        assertThat(GridAStar.pathCost(grid, path)).isEqualTo(expected);
      }
    }
  }

  @Test
  void theStartIsNotPaidForAndStartEqualToGoalIsOneCell() {
    long[][] grid = {{100, 1}, {1, 1}};
    assertThat(GridAStar.optimalCost(grid, new int[] {0, 0}, new int[] {1, 1})).isEqualTo(2);
    assertThat(GridAStar.aStar(grid, new int[] {1, 0}, new int[] {1, 0}))
        .isDeepEqualTo(new int[][] {{1, 0}});
  }

  @Test
  void aWallAtEitherEndMeansNoPathAndBadInputsAreRefused() {
    long[][] grid = {{0, 1}, {1, 1}};
    assertThat(GridAStar.aStar(grid, new int[] {0, 0}, new int[] {0, 0})).isEmpty();
    assertThat(GridAStar.aStar(grid, new int[] {1, 1}, new int[] {0, 0})).isEmpty();
    assertThatThrownBy(() -> GridAStar.aStar(grid, new int[] {2, 0}, new int[] {0, 1}))
        .hasMessageContaining("start [2, 0] is not a cell of the 2x2 grid");
    assertThatThrownBy(
            () -> GridAStar.aStar(new long[][] {{1, -1}}, new int[] {0, 0}, new int[] {0, 1}))
        .hasMessageContaining("negative");
  }

  private static void assertLegal(long[][] grid, int[] start, int[] goal, int[][] path) {
    assertThat(path[0]).containsExactly(start);
    assertThat(path[path.length - 1]).containsExactly(goal);
    for (int i = 0; i < path.length; i++) {
      assertThat(grid[path[i][0]][path[i][1]]).as("step %d is open", i).isPositive();
      if (i > 0) {
        int dr = Math.abs(path[i][0] - path[i - 1][0]);
        int dc = Math.abs(path[i][1] - path[i - 1][1]);
        assertThat(dr + dc).as("step %d moves to a 4-neighbour", i).isEqualTo(1);
      }
    }
  }

  /** Relaxes every cell from its neighbours until nothing changes: O((HW)^2), independent of A*. */
  private static long bellmanFord(long[][] grid, int[] start, int[] goal) {
    int h = grid.length;
    int w = grid[0].length;
    if (grid[start[0]][start[1]] == 0 || grid[goal[0]][goal[1]] == 0) {
      return -1;
    }
    long inf = Long.MAX_VALUE / 4;
    long[][] d = new long[h][w];
    for (long[] row : d) {
      java.util.Arrays.fill(row, inf);
    }
    d[start[0]][start[1]] = 0;
    int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int r = 0; r < h; r++) {
        for (int c = 0; c < w; c++) {
          for (int[] s : steps) {
            int pr = r + s[0];
            int pc = c + s[1];
            if (grid[r][c] > 0
                && pr >= 0
                && pr < h
                && pc >= 0
                && pc < w
                && grid[pr][pc] > 0
                && d[pr][pc] + grid[r][c] < d[r][c]) {
              d[r][c] = d[pr][pc] + grid[r][c];
              changed = true;
            }
          }
        }
      }
    }
    long out = d[goal[0]][goal[1]];
    return out >= inf ? -1 : out;
  }

  private static long[][] grid(NdArray a) {
    long[][] out = new long[a.dim(0)][a.dim(1)];
    for (int r = 0; r < out.length; r++) {
      for (int c = 0; c < out[r].length; c++) {
        out[r][c] = a.getLong(r * out[r].length + c);
      }
    }
    return out;
  }

  private static int[] cell(NdArray a) {
    return new int[] {(int) a.getLong(0), (int) a.getLong(1)};
  }
}
