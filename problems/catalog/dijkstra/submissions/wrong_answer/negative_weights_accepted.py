"""Wrong answer: a correct heap-based Dijkstra that never checks the weights, so a graph with a
negative edge gets an answer instead of ValueError (sample-3-negative-weight, negative-*)."""
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
            if d + w < dist[v]:
                dist[v] = d + w
                pred[v] = u
                heapq.heappush(queue, (d + w, v))
    return np.array(dist), np.array(pred, dtype=np.int64)
