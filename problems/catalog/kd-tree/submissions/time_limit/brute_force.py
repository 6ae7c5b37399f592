"""Too slow: a vectorised scan. Squared distances from a block of queries to every point come
from one matrix product, np.argpartition keeps k + 1 candidates per query (an exact recount and
the tie rule order them). Correct, but O(N m d) work: about 4 billion distances on large-3d,
several times over that case's limit."""
import numpy as np

BLOCK = 64


class KDTree:
    def __init__(self, points):
        self.points = np.asarray(points, dtype=np.float64)
        self.norms = (self.points ** 2).sum(axis=1)

    def query(self, q, k):
        q = np.asarray(q, dtype=np.float64)
        n = len(self.points)
        k = min(int(k), n)
        extra = min(n, 4 * k + 8)  # the expansion's rounding may swap near-equal candidates
        dists = np.empty((len(q), k))
        idx = np.empty((len(q), k), dtype=np.int64)
        for start in range(0, len(q), BLOCK):
            block = q[start:start + BLOCK]
            approx = self.norms[None, :] - 2.0 * block @ self.points.T
            if extra < n:
                cand = np.argpartition(approx, extra - 1, axis=1)[:, :extra]
            else:
                cand = np.broadcast_to(np.arange(n), (len(block), n))
            for r, x in enumerate(block):
                c = cand[r]
                d2 = ((self.points[c] - x) ** 2).sum(axis=1)
                best = np.lexsort((c, d2))[:k]
                dists[start + r] = np.sqrt(d2[best])
                idx[start + r] = c[best]
        return dists, idx
