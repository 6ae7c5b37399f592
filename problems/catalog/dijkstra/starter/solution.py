import numpy as np


def dijkstra(n, edges, source):
    """Shortest paths from `source` on a directed graph with non-negative weights.

    n: number of nodes, labelled 0..n-1.
    edges: (E, 3) float64 array; row (u, v, w) is a directed edge u -> v of weight w
        (u and v are integer-valued floats).
    source: the start node.

    Returns (dist, pred): dist float64 (n,), inf where unreachable; pred int64 (n,), the node
    before v on a shortest path, -1 for the source and unreachable nodes.
    Raises ValueError if any weight is negative.
    """
    raise NotImplementedError
