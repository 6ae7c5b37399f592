package dev.allclose.reference.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The cheapest 4-connected path between two cells of a grid of entry costs, by A* search.
 *
 * <p>Source: P. E. Hart, N. J. Nilsson and B. Raphael, "A Formal Basis for the Heuristic
 * Determination of Minimum Cost Paths", IEEE Transactions on Systems Science and Cybernetics
 * 4(2):100-107, 1968.
 *
 * <p>The grid holds non-negative integer costs; a cell of cost 0 is a wall. A path is a sequence of
 * cells, each a horizontal or vertical neighbour of the one before, none a wall, and its cost is
 * the sum of the costs of the cells it enters: the start's own cost is not counted. A* expands
 * cells in order of
 *
 * <pre>
 *   f(v) = g(v) + h(v),   h(v) = c_min * (|r_v - r_goal| + |c_v - c_goal|)              (1)
 * </pre>
 *
 * where g is the cheapest cost found so far and c_min the smallest cost of an open cell. Every step
 * enters a cell that costs at least c_min and must close one unit of Manhattan distance, so h never
 * overestimates (admissible) and h(u) <= cost(u, v) + h(v) for neighbours (consistent): the first
 * time the goal leaves the queue its g is optimal (Hart, Nilsson and Raphael 1968, Theorem 1).
 *
 * <p>Cost: O(HW log(HW)) time with a binary heap, O(HW) memory. A start or goal on a wall has no
 * path (an empty result); a start equal to the goal is the one-cell path. Stateless and
 * thread-safe.
 */
public final class GridAStar {
  private GridAStar() {}

  /**
   * Returns a cheapest path from start to goal as {row, column} pairs, both ends included; an empty
   * array when there is none.
   *
   * @param grid H x W costs, at least one row and one column, no negative cost, 0 a wall
   * @param start {row, column} inside the grid
   * @param goal {row, column} inside the grid
   */
  public static int[][] aStar(long[][] grid, int[] start, int[] goal) {
    Grid g = Grid.of(grid, start, goal);
    if (grid[start[0]][start[1]] == 0 || grid[goal[0]][goal[1]] == 0) {
      return new int[0][2];
    }
    int[] parent = search(g, g.index(start), g.index(goal));
    return parent == null ? new int[0][2] : trace(g, parent, g.index(goal));
  }

  /**
   * The cost of a cheapest path from start to goal, or -1 when there is none.
   *
   * @see #aStar
   */
  public static long optimalCost(long[][] grid, int[] start, int[] goal) {
    int[][] path = aStar(grid, start, goal);
    return path.length == 0 ? -1 : pathCost(grid, path);
  }

  /** The sum of the costs of every cell after the first; the path is assumed legal. */
  public static long pathCost(long[][] grid, int[][] path) {
    long total = 0;
    for (int i = 1; i < path.length; i++) {
      total += grid[path[i][0]][path[i][1]];
    }
    return total;
  }

  /** Parents of the settled cells (-1 for the start), or null when the goal is unreachable. */
  private static int @Nullable [] search(Grid g, int source, int target) {
    long[] best = new long[g.size()];
    Arrays.fill(best, Long.MAX_VALUE);
    int[] parent = new int[g.size()];
    boolean[] closed = new boolean[g.size()];
    PriorityQueue<long[]> open =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
    best[source] = 0;
    parent[source] = -1;
    open.add(new long[] {g.heuristic(source, target), 0, source});
    while (!open.isEmpty()) {
      long[] top = open.poll();
      int v = (int) top[2];
      if (closed[v]) {
        continue;
      }
      if (v == target) {
        return parent;
      }
      closed[v] = true;
      for (int u : g.neighbours(v)) {
        long cost = top[1] + g.cost(u);
        if (!closed[u] && cost < best[u]) {
          best[u] = cost;
          parent[u] = v;
          open.add(new long[] {cost + g.heuristic(u, target), cost, u});
        }
      }
    }
    return null;
  }

  private static int[][] trace(Grid g, int[] parent, int target) {
    List<int[]> reversed = new ArrayList<>();
    for (int v = target; v != -1; v = parent[v]) {
      reversed.add(new int[] {v / g.width(), v % g.width()});
    }
    int[][] path = new int[reversed.size()][];
    for (int i = 0; i < path.length; i++) {
      path[i] = reversed.get(path.length - 1 - i);
    }
    return path;
  }

  /** The grid as flat cells {@code r * W + c}, with the cheapest open cell for (1). */
  private static final class Grid {
    private final long[][] costs;
    private final int width;
    private final long minCost;

    private Grid(long[][] costs, int width, long minCost) {
      this.costs = costs;
      this.width = width;
      this.minCost = minCost;
    }

    static Grid of(long[][] costs, int[] start, int[] goal) {
      if (costs.length == 0 || costs[0].length == 0) {
        throw new IllegalArgumentException("the grid has no cells");
      }
      long min = Long.MAX_VALUE;
      for (long[] row : costs) {
        if (row.length != costs[0].length) {
          throw new IllegalArgumentException("the grid's rows differ in length");
        }
        for (long c : row) {
          if (c < 0) {
            throw new IllegalArgumentException("cell cost " + c + " is negative");
          }
          min = c > 0 ? Math.min(min, c) : min;
        }
      }
      Grid g = new Grid(costs, costs[0].length, min == Long.MAX_VALUE ? 0 : min);
      g.requireInside(start, "start");
      g.requireInside(goal, "goal");
      return g;
    }

    void requireInside(int[] cell, String what) {
      if (cell.length != 2
          || cell[0] < 0
          || cell[0] >= costs.length
          || cell[1] < 0
          || cell[1] >= width) {
        throw new IllegalArgumentException(
            what
                + " "
                + Arrays.toString(cell)
                + " is not a cell of the "
                + costs.length
                + "x"
                + width
                + " grid");
      }
    }

    int width() {
      return width;
    }

    int size() {
      return costs.length * width;
    }

    int index(int[] cell) {
      return cell[0] * width + cell[1];
    }

    long cost(int v) {
      return costs[v / width][v % width];
    }

    long heuristic(int v, int target) {
      int dr = Math.abs(v / width - target / width);
      int dc = Math.abs(v % width - target % width);
      return minCost * (dr + dc);
    }

    /** The open cells among the four neighbours of v. */
    List<Integer> neighbours(int v) {
      int r = v / width;
      int c = v % width;
      List<Integer> out = new ArrayList<>(4);
      if (r > 0 && costs[r - 1][c] > 0) {
        out.add(v - width);
      }
      if (r + 1 < costs.length && costs[r + 1][c] > 0) {
        out.add(v + width);
      }
      if (c > 0 && costs[r][c - 1] > 0) {
        out.add(v - 1);
      }
      if (c + 1 < width && costs[r][c + 1] > 0) {
        out.add(v + 1);
      }
      return out;
    }
  }
}
