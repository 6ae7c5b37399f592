"""Wrong answer: the running sum including x[i] returned as the exclusive scan."""
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
    return np.cumsum(x), a


def inclusive_scan(x):
    return np.cumsum(x)
