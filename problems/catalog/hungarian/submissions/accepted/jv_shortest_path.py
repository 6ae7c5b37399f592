"""Accepted: Jonker-Volgenant shortest augmenting paths with dual potentials u, v (Crouse's
rectangular form, as SciPy does it); each search step relaxes a whole row of reduced costs with
NumPy."""
import numpy as np


def linear_sum_assignment(cost, maximize=False):
    cost = np.asarray(cost, dtype=np.float64)
    if cost.ndim != 2:
        raise ValueError("expected a matrix")
    if cost.size == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    transpose = cost.shape[0] > cost.shape[1]
    c = cost.T if transpose else cost
    c = -c if maximize else c
    if np.isnan(c).any() or (c == -np.inf).any():
        raise ValueError("matrix contains invalid numeric entries")
    col4row = _solve(np.ascontiguousarray(c))
    if not transpose:
        return np.arange(len(col4row), dtype=np.int64), col4row.astype(np.int64)
    order = np.argsort(col4row)
    return col4row[order].astype(np.int64), order.astype(np.int64)


def _solve(c):
    n, m = c.shape
    u, v = np.zeros(n), np.zeros(m)
    col4row = np.full(n, -1)
    row4col = np.full(m, -1)
    for r in range(n):
        d = np.full(m, np.inf)          # shortest reduced-cost path length to each column
        path = np.full(m, -1)           # the row before each column on its path
        done = np.zeros(m, dtype=bool)  # columns whose d is final
        scanned = []
        i, delta = r, 0.0
        while True:
            through = delta + c[i] - u[i] - v
            better = (through < d) & ~done
            d[better] = through[better]
            path[better] = i
            open_d = np.where(done, np.inf, d)
            j = int(np.argmin(open_d))
            delta = open_d[j]
            if delta == np.inf:
                raise ValueError("cost matrix is infeasible")
            done[j] = True
            if row4col[j] < 0:
                break
            i = row4col[j]
            scanned.append(i)
        # Keep c - u - v >= 0 everywhere and make the path tight.
        u[r] += delta
        if scanned:
            rows = np.array(scanned)
            u[rows] += delta - d[col4row[rows]]
        v[done] -= delta - d[done]
        while True:                     # flip the path ending at column j
            i = path[j]
            row4col[j] = i
            col4row[i], j = j, col4row[i]
            if i == r:
                break
    return col4row
