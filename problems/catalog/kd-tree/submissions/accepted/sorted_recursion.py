"""A node-per-point k-d tree (Bentley's original form): each node stores one point, the split
axis cycles with depth, and the median is found by sorting on that axis. The search keeps the
k best in a sorted list and enters the far child while (gap)^2 <= the k-th squared distance."""
import bisect


class KDTree:
    def __init__(self, points):
        self.pts = [tuple(float(v) for v in p) for p in points]
        self.dim = len(self.pts[0])
        self.root = self._build(list(range(len(self.pts))), 0)

    def _build(self, ids, depth):
        if not ids:
            return None
        axis = depth % self.dim
        ids.sort(key=lambda i: self.pts[i][axis])
        mid = len(ids) // 2
        return (ids[mid], axis, self._build(ids[:mid], depth + 1), self._build(ids[mid + 1:], depth + 1))

    def query(self, q, k):
        k = min(int(k), len(self.pts))
        dists, idx = [], []
        for x in q:
            x = tuple(float(v) for v in x)
            best = []  # sorted (squared distance, index)
            self._visit(self.root, x, k, best)
            dists.append([d ** 0.5 for d, _ in best])
            idx.append([i for _, i in best])
        return dists, idx

    def _visit(self, node, x, k, best):
        if node is None:
            return
        i, axis, left, right = node
        p = self.pts[i]
        d2 = sum((a - b) * (a - b) for a, b in zip(p, x))
        if len(best) < k or (d2, i) < best[-1]:
            bisect.insort(best, (d2, i))
            if len(best) > k:
                best.pop()
        gap = x[axis] - p[axis]
        near, far = (left, right) if gap < 0 else (right, left)
        self._visit(near, x, k, best)
        if len(best) < k or gap * gap <= best[-1][0]:
            self._visit(far, x, k, best)
