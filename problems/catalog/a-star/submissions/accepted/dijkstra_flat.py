"""Dijkstra's algorithm (A* with a zero heuristic) over flat cell indices r * W + c, with plain
Python lists for the distances and predecessors."""
from heapq import heappop, heappush


def a_star(grid, start, goal):
    rows, cols = grid.shape
    cost = grid.ravel().tolist()
    source = start[0] * cols + start[1]
    target = goal[0] * cols + goal[1]
    if cost[source] == 0 or cost[target] == 0:
        return []
    dist = [None] * (rows * cols)
    pred = [-1] * (rows * cols)
    dist[source] = 0
    queue = [(0, source)]
    while queue:
        d, v = heappop(queue)
        if d != dist[v]:
            continue  # a stale entry
        if v == target:
            break
        r, c = divmod(v, cols)
        steps = []
        if r > 0:
            steps.append(v - cols)
        if r < rows - 1:
            steps.append(v + cols)
        if c > 0:
            steps.append(v - 1)
        if c < cols - 1:
            steps.append(v + 1)
        for u in steps:
            if cost[u] and (dist[u] is None or d + cost[u] < dist[u]):
                dist[u] = d + cost[u]
                pred[u] = v
                heappush(queue, (dist[u], u))
    if dist[target] is None:
        return []
    path = [target]
    while path[-1] != source:
        path.append(pred[path[-1]])
    return [divmod(v, cols) for v in reversed(path)]
