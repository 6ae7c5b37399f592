"""Golden optimal path costs for GridAStarTest, computed without A*.

Each cell is a node of a directed graph with an edge u -> v of weight cost(v) for every pair of
4-neighbours that are not walls; scipy.sparse.csgraph.dijkstra gives the cheapest cost from the
start. Grids of at most 12 cells are also solved by enumerating every simple path (a brute force
that shares nothing with Dijkstra), and the two must agree. A start or goal on a wall has no path.
Writes astar-*.npz: grid (int64, H x W), start and goal (int64, 2), cost (-1 when unreachable).
Run from this folder: python3 make_a_star.py
"""
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra


def neighbours(grid, r, c):
    h, w = grid.shape
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr < h and 0 <= cc < w and grid[rr, cc] > 0:
            yield rr, cc


def scipy_cost(grid, start, goal):
    if grid[start] == 0 or grid[goal] == 0:
        return -1
    h, w = grid.shape
    rows, cols, weights = [], [], []
    for r in range(h):
        for c in range(w):
            if grid[r, c] == 0:
                continue
            for rr, cc in neighbours(grid, r, c):
                rows.append(r * w + c)
                cols.append(rr * w + cc)
                weights.append(float(grid[rr, cc]))
    graph = csr_matrix((weights, (rows, cols)), shape=(h * w, h * w))
    dist = dijkstra(graph, directed=True, indices=start[0] * w + start[1])
    d = dist[goal[0] * w + goal[1]]
    return -1 if np.isinf(d) else int(round(d))


def brute_force_cost(grid, start, goal):
    if grid[start] == 0 or grid[goal] == 0:
        return -1
    best = [None]

    def walk(cell, seen, cost):
        if cell == goal:
            best[0] = cost if best[0] is None else min(best[0], cost)
            return
        for nxt in neighbours(grid, *cell):
            if nxt not in seen:
                seen.add(nxt)
                walk(nxt, seen, cost + int(grid[nxt]))
                seen.remove(nxt)

    walk(start, {start}, 0)
    return -1 if best[0] is None else best[0]


def save(name, grid, start, goal):
    grid = np.asarray(grid, dtype=np.int64)
    start, goal = tuple(start), tuple(goal)
    cost = scipy_cost(grid, start, goal)
    if grid.size <= 12:
        assert brute_force_cost(grid, start, goal) == cost, name
    np.savez("astar-%s.npz" % name, grid=grid, start=np.array(start, dtype=np.int64),
             goal=np.array(goal, dtype=np.int64), cost=np.array(cost, dtype=np.int64))


def random_grid(rng, h, w, wall_rate, max_cost):
    grid = rng.integers(1, max_cost + 1, size=(h, w))
    grid[rng.random((h, w)) < wall_rate] = 0
    return grid


rng = np.random.default_rng(20261205)
save("tiny-detour", [[1, 9, 1], [1, 9, 1], [1, 1, 1], [5, 5, 5]], (0, 0), (0, 2))
save("tiny-walled", [[1, 0, 1], [1, 0, 1], [1, 0, 1]], (0, 0), (2, 2))
save("start-is-goal", [[3, 4], [5, 6]], (1, 0), (1, 0))
save("start-on-wall", [[0, 1], [1, 1]], (0, 0), (1, 1))
save("goal-on-wall", [[1, 1], [1, 0]], (0, 0), (1, 1))
save("single-cell", [[7]], (0, 0), (0, 0))
for i in range(6):
    g = random_grid(rng, 3, 4, 0.25, 9)
    g[0, 0] = g[2, 3] = max(1, g[0, 0])
    save("brute-%d" % i, g, (0, 0), (2, 3))
for name, (h, w, walls, top, start, goal) in {
        "random-20x30": (20, 30, 0.12, 9, (0, 0), (19, 29)),
        "random-40x25-heavy": (40, 25, 0.2, 1000, (3, 2), (35, 20)),
        "random-60x80-uniform": (60, 80, 0.2, 1, (0, 5), (59, 70)),
        "random-25x25-dense-walls": (25, 25, 0.45, 9, (0, 0), (24, 24))}.items():
    g = random_grid(rng, h, w, walls, top)
    g[start] = g[goal] = 1
    save(name, g, start, goal)
for name, (h, w) in {"random-30x30": (30, 30), "random-15x50": (15, 50)}.items():
    g = random_grid(rng, h, w, 0.15, 50)
    g[0, 0] = 1
    g[h - 1, w - 1] = 1
    save(name, g, (0, 0), (h - 1, w - 1))
