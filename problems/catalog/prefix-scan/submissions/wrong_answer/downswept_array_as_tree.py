"""Wrong answer: the tree returned after the down-sweep has overwritten it (no copy was kept)."""
import numpy as np


def blelloch_scan(x):
    n = len(x)
    P = 1
    while P < n:
        P *= 2
    a = np.zeros(P)
    a[:n] = x
    s = 1
    while s < P:
        a[2 * s - 1::2 * s] += a[s - 1::2 * s]
        s *= 2
    tree = a  # the same array, not a copy
    a[P - 1] = 0.0
    s = P // 2
    while s >= 1:
        left = a[s - 1::2 * s].copy()
        a[s - 1::2 * s] = a[2 * s - 1::2 * s]
        a[2 * s - 1::2 * s] += left
        s //= 2
    return a[:n].copy(), tree


def inclusive_scan(x):
    return np.cumsum(x)
