"""Wrong answer: quickselect aims at position k - 1 and then keeps only the entries before it."""
import heapq

import numpy as np


def top_k(x, k):
    rng = np.random.default_rng(0)
    alive = np.arange(len(x))
    winners = []
    need = k - 1  # off by one: "the k-th element is at index k - 1"
    while need > 0:
        values = x[alive]
        pivot = values[rng.integers(len(alive))]
        above = alive[values > pivot]
        if len(above) >= need:
            alive = above
            continue
        winners.append(above)
        need -= len(above)
        equal = alive[values == pivot]
        winners.append(equal[:need])
        need -= min(need, len(equal))
        alive = alive[values < pivot]
    chosen = np.concatenate(winners).tolist() if winners else []
    heap = [(-x[i], i) for i in chosen]
    heapq.heapify(heap)
    return np.array([heapq.heappop(heap)[1] for _ in range(len(heap))], dtype=np.int64)
