"""Accepted: quickselect on NumPy masks for the k-th best value, then sorted() on the k winners only."""
import numpy as np


def top_k(x, k):
    x = np.asarray(x, dtype=float)
    rng = np.random.default_rng(0)
    pool, need = x, k  # the need-th largest value of pool is the k-th largest of x
    while True:
        pivot = pool[rng.integers(len(pool))]
        greater = pool[pool > pivot]
        if len(greater) >= need:
            pool = greater
            continue
        equal = np.count_nonzero(pool == pivot)
        if len(greater) + equal >= need:
            kth = pivot
            break
        need -= len(greater) + equal
        pool = pool[pool < pivot]
    strictly = np.flatnonzero(x > kth)
    ties = np.flatnonzero(x == kth)[: k - len(strictly)]  # lower indices first among equal values
    winners = [int(i) for i in strictly] + [int(i) for i in ties]
    return sorted(winners, key=lambda i: (-x[i], i))
