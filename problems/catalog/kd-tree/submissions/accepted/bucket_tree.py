"""A k-d tree over index arrays: each node splits its points at the median of the coordinate with
the widest spread; leaves of up to 32 points are searched with NumPy. The query keeps the k best
as a max-heap of (-squared distance, -index) and enters the far side of a split only while the
squared gap to the splitting plane does not exceed the k-th best squared distance."""
import heapq

import numpy as np

LEAF = 32


class KDTree:
    def __init__(self, points):
        self.points = np.asarray(points, dtype=np.float64)
        self.n = len(self.points)
        self.root = self._build(np.arange(self.n))

    def _build(self, idx):
        if len(idx) <= LEAF:
            return (None, None, None, None, idx, self.points[idx])
        pts = self.points[idx]
        axis = int(np.argmax(pts.max(axis=0) - pts.min(axis=0)))
        mid = len(idx) // 2
        order = np.argpartition(pts[:, axis], mid)
        left, right = idx[order[:mid]], idx[order[mid:]]
        split = float(self.points[right, axis].min())
        return (axis, split, self._build(left), self._build(right), None, None)

    def query(self, q, k):
        q = np.asarray(q, dtype=np.float64)
        k = min(int(k), self.n)
        dists = np.empty((len(q), k))
        idx = np.empty((len(q), k), dtype=np.int64)
        for row, x in enumerate(q):
            heap = []
            self._search(self.root, x, k, heap)
            best = sorted((-d, -i) for d, i in heap)
            dists[row] = np.sqrt([d for d, _ in best])
            idx[row] = [i for _, i in best]
        return dists, idx

    def _search(self, node, x, k, heap):
        axis, split, left, right, leaf_idx, leaf_pts = node
        if leaf_idx is not None:
            diff = leaf_pts - x
            d2 = np.einsum("ij,ij->i", diff, diff)
            for d, i in zip(d2.tolist(), leaf_idx.tolist()):
                item = (-d, -i)
                if len(heap) < k:
                    heapq.heappush(heap, item)
                elif item > heap[0]:
                    heapq.heapreplace(heap, item)
            return
        gap = x[axis] - split
        near, far = (right, left) if gap >= 0 else (left, right)
        self._search(near, x, k, heap)
        if len(heap) < k or gap * gap <= -heap[0][0]:
            self._search(far, x, k, heap)
