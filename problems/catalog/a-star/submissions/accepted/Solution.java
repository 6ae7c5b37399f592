import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.PriorityQueue;

/** A* with the Manhattan distance times the cheapest open cell as the heuristic. */
public class Solution {
  public static int[][] aStar(long[][] grid, int[] start, int[] goal) {
    int h = grid.length;
    int w = grid[0].length;
    if (grid[start[0]][start[1]] == 0 || grid[goal[0]][goal[1]] == 0) {
      return new int[0][2];
    }
    long cMin = Long.MAX_VALUE;
    for (long[] row : grid) {
      for (long c : row) {
        if (c > 0) {
          cMin = Math.min(cMin, c);
        }
      }
    }
    long[] g = new long[h * w];
    Arrays.fill(g, Long.MAX_VALUE);
    int[] parent = new int[h * w];
    int source = start[0] * w + start[1];
    int target = goal[0] * w + goal[1];
    g[source] = 0;
    parent[source] = -1;
    PriorityQueue<long[]> open = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
    open.add(new long[] {cMin * (Math.abs(start[0] - goal[0]) + Math.abs(start[1] - goal[1])), source});
    int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    while (!open.isEmpty()) {
      long[] top = open.poll();
      int v = (int) top[1];
      int r = v / w;
      int c = v % w;
      long estimate = cMin * (Math.abs(r - goal[0]) + Math.abs(c - goal[1]));
      if (top[0] != g[v] + estimate) {
        continue;
      }
      if (v == target) {
        Deque<int[]> path = new ArrayDeque<>();
        for (int u = v; u != -1; u = parent[u]) {
          path.addFirst(new int[] {u / w, u % w});
        }
        return path.toArray(new int[0][]);
      }
      for (int[] m : moves) {
        int nr = r + m[0];
        int nc = c + m[1];
        if (nr < 0 || nr >= h || nc < 0 || nc >= w || grid[nr][nc] == 0) {
          continue;
        }
        int u = nr * w + nc;
        long cost = g[v] + grid[nr][nc];
        if (cost < g[u]) {
          g[u] = cost;
          parent[u] = v;
          long f = cost + cMin * (Math.abs(nr - goal[0]) + Math.abs(nc - goal[1]));
          open.add(new long[] {f, u});
        }
      }
    }
    return new int[0][2];
  }
}
