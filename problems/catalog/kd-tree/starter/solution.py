import numpy as np


class KDTree:
    def __init__(self, points):
        """points: float64 array (N, D)."""
        raise NotImplementedError

    def query(self, q, k):
        """q: float64 array (M, D). Returns (dists, idx), each (M, min(k, N)): the Euclidean
        distances in ascending order and the indices of those points, ties to the lower index."""
        raise NotImplementedError
