"""Too slow: tries every injective map from the shorter side to the longer one with
itertools.permutations. Correct, but n! assignments: 479,001,600 for the 12 x 12 case."""
import itertools

import numpy as np


def linear_sum_assignment(cost, maximize=False):
    cost = np.asarray(cost, dtype=np.float64)
    if cost.size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    c = -cost if maximize else cost
    if np.isnan(c).any() or (c == -np.inf).any():
        raise ValueError("matrix contains invalid numeric entries")
    tall = c.shape[0] > c.shape[1]
    if tall:
        c = c.T
    n, m = c.shape
    rows = c.tolist()
    best, best_cols = np.inf, None
    for cols in itertools.permutations(range(m), n):
        total = sum(rows[i][j] for i, j in enumerate(cols))
        if total < best:
            best, best_cols = total, cols
    if best_cols is None:
        raise ValueError("cost matrix is infeasible")
    r, k = np.arange(n), np.array(best_cols)
    if tall:
        order = np.argsort(k)
        r, k = k[order], r[order]
    return r.astype(np.int64), k.astype(np.int64)
