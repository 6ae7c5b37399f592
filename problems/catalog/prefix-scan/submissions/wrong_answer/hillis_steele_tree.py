"""Wrong answer: the array of the Hillis-Steele doubling scan (an inclusive scan) as the tree."""
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
        shifted = a[:-s].copy()
        a[s:] += shifted
        s *= 2
    exclusive = np.concatenate([[0.0], a[: n - 1]])
    return exclusive, a


def inclusive_scan(x):
    return np.cumsum(x)
