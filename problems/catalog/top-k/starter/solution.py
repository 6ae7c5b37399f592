import heapq

import numpy as np


def top_k(x, k):
    """Indices of the k largest entries of x, best first.

    x: (N,) float64, no NaN. k: 1 <= k <= N.
    Order: value descending; equal values by lower index first.
    Returns k integer indices (a list of int or an int64 array).
    No NumPy sorting or partitioning routine (np.sort, np.argsort, np.argpartition, ...) and no
    heapq.nlargest / nsmallest; heapq.heappush / heappushpop / heappop are allowed, and sorted()
    may order the k winners, but not all of x.
    """
    raise NotImplementedError
