"""Banned: scikit-learn's KDTree, imported under another name."""
import sklearn.neighbors as nb


class KDTree:
    def __init__(self, points):
        self.tree = nb.KDTree(points)

    def query(self, q, k):
        return self.tree.query(q, k=min(k, self.tree.data.shape[0]))
