import heapq

import numpy as np


def top_k(x, k):
    """Indices of the k largest entries of x, best first.

    x: (N,) float64, no NaN. k: 1 <= k <= N.
    Order: value descending; equal values by lower index first.
    Returns k integer indices (a list of int or an int64 array).
    No sorting or partitioning routine may be called (np.sort, np.argsort, np.argpartition,
    sorted, list.sort, heapq.nlargest, ...); heapq.heappush / heappushpop / heappop are allowed.
    """
    raise NotImplementedError
