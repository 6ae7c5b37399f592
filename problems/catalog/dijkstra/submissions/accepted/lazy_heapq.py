"""Accepted: heapq with lazy deletion (stale entries skipped when popped) instead of decrease-key."""
import heapq

import numpy as np


def dijkstra(n, edges, source):
    edges = np.asarray(edges, dtype=np.float64).reshape(-1, 3)
    if np.any(~(edges[:, 2] >= 0)):
        raise ValueError("edge weights must be non-negative")
    adjacency = [[] for _ in range(n)]
    for u, v, w in edges.tolist():
        adjacency[int(u)].append((int(v), w))

    dist = [float("inf")] * n
    pred = [-1] * n
    done = [False] * n
    dist[source] = 0.0
    queue = [(0.0, source)]
    while queue:
        d, u = heapq.heappop(queue)
        if done[u]:
            continue
        done[u] = True
        for v, w in adjacency[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                pred[v] = u
                heapq.heappush(queue, (nd, v))
    return np.array(dist, dtype=np.float64), np.array(pred, dtype=np.int64)
