"""Wrong answer: the distances are right, but pred[v] is the first node that reached v instead of
the one that gave its final distance, so pred is not a shortest-path tree (first-discovery-trap)."""
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
    dist[source] = 0.0
    queue = [(0.0, source)]
    while queue:
        d, u = heapq.heappop(queue)
        if d > dist[u]:
            continue
        for v, w in adjacency[u]:
            if d + w < dist[v]:
                if pred[v] == -1 and v != source:
                    pred[v] = u
                dist[v] = d + w
                heapq.heappush(queue, (d + w, v))
    return np.array(dist), np.array(pred, dtype=np.int64)
