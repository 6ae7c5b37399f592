"""Wrong answer: every edge is added in both directions, so edges can be walked backwards and some
distances come out too short (one-way-streets, and the random graphs)."""
import heapq

import numpy as np


def dijkstra(n, edges, source):
    edges = np.asarray(edges, dtype=np.float64).reshape(-1, 3)
    if (edges[:, 2] < 0).any():
        raise ValueError("negative weight")
    neighbours = [[] for _ in range(n)]
    for u, v, w in edges.tolist():
        neighbours[int(u)].append((int(v), w))
        neighbours[int(v)].append((int(u), w))
    dist = np.full(n, np.inf)
    pred = np.full(n, -1, dtype=np.int64)
    dist[source] = 0.0
    queue = [(0.0, source)]
    while queue:
        d, u = heapq.heappop(queue)
        if d > dist[u]:
            continue
        for v, w in neighbours[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                pred[v] = u
                heapq.heappush(queue, (d + w, v))
    return dist, pred
