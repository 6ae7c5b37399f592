"""Wrong answer: descends once to the leaf that holds the query and returns the k nearest found
on that path, never entering the far side of a split; a neighbour just across a splitting plane
is missed on every case with more than one leaf (unit-cube-3d, lattice-ties, ...)."""
import numpy as np

LEAF = 32


class KDTree:
    def __init__(self, points):
        self.points = np.asarray(points, dtype=np.float64)
        self.root = self._build(np.arange(len(self.points)))

    def _build(self, idx):
        if len(idx) <= LEAF:
            return idx
        pts = self.points[idx]
        axis = int(np.argmax(pts.max(axis=0) - pts.min(axis=0)))
        order = np.argsort(pts[:, axis], kind="stable")
        mid = len(idx) // 2
        return (axis, float(pts[order[mid], axis]), self._build(idx[order[:mid]]),
                self._build(idx[order[mid:]]))

    def query(self, q, k):
        q = np.asarray(q, dtype=np.float64)
        k = min(int(k), len(self.points))
        dists = np.empty((len(q), k))
        out = np.empty((len(q), k), dtype=np.int64)
        for row, x in enumerate(q):
            node = self.root
            while isinstance(node, tuple):
                axis, split, left, right = node
                node = right if x[axis] >= split else left
            cand = node
            if len(cand) < k:
                cand = np.arange(len(self.points))  # a leaf too small: fall back to everything
            d = np.sqrt(((self.points[cand] - x) ** 2).sum(axis=1))
            best = np.lexsort((cand, d))[:k]
            dists[row], out[row] = d[best], cand[best]
        return dists, out
