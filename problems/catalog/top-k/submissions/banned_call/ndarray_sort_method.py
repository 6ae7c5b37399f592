"""Banned: ndarray.sort() on a copy of the values, a NumPy sort routine, to find the k-th value."""
import numpy as np


def top_k(x, k):
    values = np.array(x, dtype=float)
    values.sort()
    kth = values[len(values) - k]
    strictly = [int(i) for i in np.flatnonzero(x > kth)]
    ties = [int(i) for i in np.flatnonzero(x == kth)][: k - len(strictly)]
    return sorted(strictly + ties, key=lambda i: (-x[i], i))
