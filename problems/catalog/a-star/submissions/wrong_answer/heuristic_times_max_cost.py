"""Wrong answer: the Manhattan distance times the LARGEST cell cost overestimates the cost still
to pay wherever cells are cheaper, so A* stops at the first path that reaches the goal, not the
cheapest; the toll-barrier cases catch it."""
import heapq


def a_star(grid, start, goal):
    h, w = grid.shape
    start, goal = tuple(start), tuple(goal)
    if grid[start] == 0 or grid[goal] == 0:
        return []
    open_costs = grid[grid > 0]
    c_min = int(open_costs.max())

    def estimate(cell):
        return c_min * (abs(cell[0] - goal[0]) + abs(cell[1] - goal[1]))

    best = {start: 0}
    parent = {start: None}
    heap = [(estimate(start), 0, start)]
    closed = set()
    while heap:
        _, g, cell = heapq.heappop(heap)
        if cell in closed:
            continue
        if cell == goal:
            path = []
            while cell is not None:
                path.append(cell)
                cell = parent[cell]
            return path[::-1]
        closed.add(cell)
        r, c = cell
        for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nxt[0] < h and 0 <= nxt[1] < w and grid[nxt] > 0 and nxt not in closed:
                cost = g + int(grid[nxt])
                if cost < best.get(nxt, float("inf")):
                    best[nxt] = cost
                    parent[nxt] = cell
                    heapq.heappush(heap, (cost + estimate(nxt), cost, nxt))
    return []
