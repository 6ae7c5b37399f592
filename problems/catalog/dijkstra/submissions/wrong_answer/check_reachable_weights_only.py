"""Wrong answer: refuses a negative weight only when it relaxes that edge, so a negative edge the
source cannot reach slips through (negative-weight-unreachable)."""
import heapq

import numpy as np


def dijkstra(n, edges, source):
    adjacency = [[] for _ in range(n)]
    for u, v, w in np.asarray(edges, dtype=np.float64).reshape(-1, 3).tolist():
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
            if w < 0:
                raise ValueError(f"negative weight on edge {u} -> {v}")
            if d + w < dist[v]:
                dist[v] = d + w
                pred[v] = u
                heapq.heappush(queue, (d + w, v))
    return np.array(dist), np.array(pred, dtype=np.int64)
