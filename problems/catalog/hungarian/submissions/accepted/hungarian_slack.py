"""Accepted: the Hungarian method with labels (potentials) and a slack per column, updated at every
step of the tree growth (the compact Kuhn-Munkres form with a dummy column 0); the slack update is
one NumPy expression per step."""
import numpy as np


def linear_sum_assignment(cost, maximize=False):
    a = np.array(cost, dtype=np.float64)
    if a.ndim != 2:
        raise ValueError("cost must be 2-D")
    n0, m0 = a.shape
    if n0 == 0 or m0 == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if maximize:
        a = -a
    if np.isnan(a).any() or np.isneginf(a).any():
        raise ValueError("matrix contains invalid numeric entries")
    tall = n0 > m0
    if tall:
        a = a.T
    match = hungarian(a)  # match[i] = column of row i
    rows = np.arange(a.shape[0])
    if tall:
        rows, match = match, rows
        order = np.argsort(rows)
        rows, match = rows[order], match[order]
    return rows.astype(np.int64), np.asarray(match, dtype=np.int64)


def hungarian(a):
    """Rows <= columns. Labels u (rows) and v (columns, v[0] for the dummy) with
    a[i, j] - u[i] - v[j] >= 0; p[j] is the row matched to column j (0 = none, rows 1-based)."""
    n, m = a.shape
    big = np.full((n + 1, m + 1), np.inf)
    big[1:, 1:] = a
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    p = np.zeros(m + 1, dtype=np.int64)
    way = np.zeros(m + 1, dtype=np.int64)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        slack = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            cur = big[i0] - u[i0] - v
            free = ~used
            improve = free & (cur < slack)
            slack[improve] = cur[improve]
            way[improve] = j0
            masked = np.where(free, slack, np.inf)
            j1 = int(np.argmin(masked))
            delta = masked[j1]
            if not np.isfinite(delta):
                raise ValueError("cost matrix is infeasible")
            u[p[used]] += delta
            v[used] -= delta
            slack[free] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    match = np.zeros(n, dtype=np.int64)
    cols = np.nonzero(p[1:])[0]
    match[p[1:][cols] - 1] = cols
    return match
