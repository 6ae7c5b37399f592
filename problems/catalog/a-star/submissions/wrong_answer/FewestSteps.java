import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Wrong answer (Java): breadth-first search by steps; the cell costs never enter the search. */
public class Solution {
  public static int[][] aStar(long[][] grid, int[] start, int[] goal) {
    int h = grid.length;
    int w = grid[0].length;
    if (grid[start[0]][start[1]] == 0 || grid[goal[0]][goal[1]] == 0) {
      return new int[0][2];
    }
    int[] parent = new int[h * w];
    Arrays.fill(parent, -2);
    int source = start[0] * w + start[1];
    int target = goal[0] * w + goal[1];
    parent[source] = -1;
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(source);
    int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    while (!queue.isEmpty()) {
      int v = queue.poll();
      if (v == target) {
        Deque<int[]> path = new ArrayDeque<>();
        for (int u = v; u != -1; u = parent[u]) {
          path.addFirst(new int[] {u / w, u % w});
        }
        return path.toArray(new int[0][]);
      }
      for (int[] m : moves) {
        int nr = v / w + m[0];
        int nc = v % w + m[1];
        if (nr >= 0 && nr < h && nc >= 0 && nc < w && grid[nr][nc] > 0 && parent[nr * w + nc] == -2) {
          parent[nr * w + nc] = v;
          queue.add(nr * w + nc);
        }
      }
    }
    return new int[0][2];
  }
}
