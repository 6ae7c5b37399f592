"""Wrong answer: breadth-first search finds the path with the fewest steps and ignores the cell
costs; it crosses the costly column of the toll-barrier cases instead of going round."""
from collections import deque


def a_star(grid, start, goal):
    h, w = grid.shape
    start, goal = tuple(start), tuple(goal)
    if grid[start] == 0 or grid[goal] == 0:
        return []
    parent = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            path = []
            while cell is not None:
                path.append(cell)
                cell = parent[cell]
            return path[::-1]
        r, c = cell
        for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nxt[0] < h and 0 <= nxt[1] < w and grid[nxt] > 0 and nxt not in parent:
                parent[nxt] = cell
                queue.append(nxt)
    return []
