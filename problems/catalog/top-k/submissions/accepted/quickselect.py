"""Accepted: vectorised three-way quickselect, then a heap of the k winners orders them."""
import heapq

import numpy as np


def top_k(x, k):
    rng = np.random.default_rng(0)
    alive = np.arange(len(x))  # candidates still undecided, in increasing index order
    winners = []
    need = k
    while need > 0:
        values = x[alive]
        pivot = values[rng.integers(len(alive))]
        above = alive[values > pivot]
        if len(above) >= need:  # the k-th best is strictly above the pivot
            alive = above
            continue
        winners.append(above)
        need -= len(above)
        equal = alive[values == pivot]  # ascending indices: the lower ones win the tie
        winners.append(equal[:need])
        need -= min(need, len(equal))
        alive = alive[values < pivot]
    heap = [(-x[i], i) for i in np.concatenate(winners).tolist()]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[1] for _ in range(k)]
