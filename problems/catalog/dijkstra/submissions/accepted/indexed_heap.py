"""Accepted: a hand-written binary heap that tracks each node's slot, so a shorter distance moves
the node up in place (decrease-key); adjacency in CSR form built with NumPy."""
import numpy as np


class IndexedMinHeap:
    def __init__(self, n):
        self.keys = [float("inf")] * n
        self.slot = [-1] * n
        self.items = []

    def __bool__(self):
        return bool(self.items)

    def push_or_decrease(self, node, key):
        self.keys[node] = key
        if self.slot[node] < 0:
            self.items.append(node)
            self.slot[node] = len(self.items) - 1
        self._up(self.slot[node])

    def pop(self):
        items, top = self.items, self.items[0]
        last = items.pop()
        self.slot[top] = -1
        if items:
            items[0] = last
            self.slot[last] = 0
            self._down(0)
        return top

    def _up(self, i):
        items, keys, slot = self.items, self.keys, self.slot
        node = items[i]
        while i > 0:
            parent = (i - 1) >> 1
            if keys[items[parent]] <= keys[node]:
                break
            items[i] = items[parent]
            slot[items[i]] = i
            i = parent
        items[i] = node
        slot[node] = i

    def _down(self, i):
        items, keys, slot = self.items, self.keys, self.slot
        size, node = len(items), items[i]
        while True:
            child = 2 * i + 1
            if child >= size:
                break
            if child + 1 < size and keys[items[child + 1]] < keys[items[child]]:
                child += 1
            if keys[items[child]] >= keys[node]:
                break
            items[i] = items[child]
            slot[items[i]] = i
            i = child
        items[i] = node
        slot[node] = i


def dijkstra(n, edges, source):
    edges = np.asarray(edges, dtype=np.float64).reshape(-1, 3)
    tails = edges[:, 0].astype(np.int64)
    weights = edges[:, 2]
    if (weights < 0).any() or np.isnan(weights).any():
        raise ValueError("Dijkstra's algorithm needs non-negative weights")
    order = np.argsort(tails, kind="stable")
    start = np.searchsorted(tails[order], np.arange(n + 1)).tolist()
    heads = edges[order, 1].astype(np.int64).tolist()
    weights = weights[order].tolist()

    dist = [float("inf")] * n
    pred = [-1] * n
    dist[source] = 0.0
    heap = IndexedMinHeap(n)
    heap.push_or_decrease(source, 0.0)
    while heap:
        u = heap.pop()
        du = dist[u]
        for e in range(start[u], start[u + 1]):
            v = heads[e]
            candidate = du + weights[e]
            if candidate < dist[v]:
                dist[v] = candidate
                pred[v] = u
                heap.push_or_decrease(v, candidate)
    return np.array(dist), np.array(pred, dtype=np.int64)
