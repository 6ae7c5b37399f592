"""Wrong answer: a node's distance is fixed the first time an edge reaches it (BFS-style), so a
longer edge found first is never improved by a shorter chain found later (first-discovery-trap,
and most random graphs)."""
import heapq

import numpy as np


def dijkstra(n, edges, source):
    edges = np.asarray(edges, dtype=np.float64).reshape(-1, 3)
    if (edges[:, 2] < 0).any():
        raise ValueError("negative weight")
    adjacency = [[] for _ in range(n)]
    for u, v, w in edges.tolist():
        adjacency[int(u)].append((int(v), w))
    dist = [float("inf")] * n
    pred = [-1] * n
    seen = [False] * n
    dist[source] = 0.0
    seen[source] = True
    queue = [(0.0, source)]
    while queue:
        d, u = heapq.heappop(queue)
        for v, w in adjacency[u]:
            if not seen[v]:
                seen[v] = True
                dist[v] = d + w
                pred[v] = u
                heapq.heappush(queue, (dist[v], v))
    return np.array(dist), np.array(pred, dtype=np.int64)
