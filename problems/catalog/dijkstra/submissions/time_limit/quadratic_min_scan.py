"""Time limit: the textbook O(V^2) Dijkstra, which finds the next node by scanning every node's
tentative distance (here with np.argmin, so each scan is fast C code). On the 1,000,000-node sparse
graph that is 1,000,000 scans of 1,000,000 entries, far more work than a heap needs."""
import numpy as np


def dijkstra(n, edges, source):
    edges = np.asarray(edges, dtype=np.float64).reshape(-1, 3)
    if (edges[:, 2] < 0).any():
        raise ValueError("negative edge weight")
    adjacency = [[] for _ in range(n)]
    for u, v, w in edges.tolist():
        adjacency[int(u)].append((int(v), w))

    dist = np.full(n, np.inf)
    pred = np.full(n, -1, dtype=np.int64)
    frontier = np.full(n, np.inf)  # dist of unsettled nodes, inf once settled
    dist[source] = frontier[source] = 0.0
    for _ in range(n):
        u = int(np.argmin(frontier))
        if frontier[u] == np.inf:
            break
        frontier[u] = np.inf
        du = dist[u]
        for v, w in adjacency[u]:
            if du + w < dist[v]:
                dist[v] = frontier[v] = du + w
                pred[v] = u
    return dist, pred
