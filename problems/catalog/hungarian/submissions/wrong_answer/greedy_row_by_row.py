"""Wrong answer: picks each row's cheapest free column in row order, which misses the global
optimum (greedy-trap, twelve-by-twelve and the random matrices)."""
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
    taken = np.zeros(c.shape[1], dtype=bool)
    cols = []
    for row in c:
        j = int(np.argmin(np.where(taken, np.inf, row)))
        if row[j] == np.inf or taken[j]:
            raise ValueError("cost matrix is infeasible")
        taken[j] = True
        cols.append(j)
    rows, cols = np.arange(len(cols)), np.array(cols)
    if tall:
        order = np.argsort(cols)
        rows, cols = cols[order], rows[order]
    return rows.astype(np.int64), cols.astype(np.int64)
