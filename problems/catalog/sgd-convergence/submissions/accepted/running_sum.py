"""Accepted: preallocated iterates, a running sum for the average, the min(1, r/|y|) form."""
import math

import numpy as np


def projected_sgd(x0, A, b, noise, lr, radius):
    T, d = noise.shape
    iterates = np.empty((T + 1, d))
    iterates[0] = x0
    total = np.zeros(d)
    for t in range(T):
        x = iterates[t]
        total += x
        y = x - lr * (A.dot(x) - b + noise[t])
        norm = math.sqrt(float(y.dot(y)))
        iterates[t + 1] = y * (min(1.0, radius / norm) if norm > 0 else 1.0)
    return iterates, total / T


def sgd_bound(D, G, T):
    return float(D) * float(G) / math.sqrt(T)
