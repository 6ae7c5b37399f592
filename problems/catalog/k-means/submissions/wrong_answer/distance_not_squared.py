"""Wrong answer: k-means++ weights each point by its distance D to the nearest centre instead of
D^2, so the cumulative weights, and the index each uniform selects, change."""
import numpy as np


def kmeans(X, init, max_iter=100):
    C = np.array(init, dtype=np.float64)
    k = len(C)
    labels = np.full(len(X), -1, dtype=np.int64)
    for it in range(1, max_iter + 1):
        dist = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
        new = np.argmin(dist, axis=1)           # the first minimum: ties go to the lower index
        if np.array_equal(new, labels):
            return C, labels, it
        labels = new
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)
        filled = counts > 0
        C[filled] = sums[filled] / counts[filled, None]
    return C, labels, max_iter


def kmeans_plus_plus(X, k, u):
    n = len(X)
    chosen = [int(np.floor(u[0] * n))]
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for t in range(1, k):
        cum = np.cumsum(np.sqrt(d2))
        if cum[-1] == 0:
            i = int(np.floor(u[t] * n))
        else:
            i = int(np.searchsorted(cum / cum[-1], u[t], side="right"))
        chosen.append(i)
        d2 = np.minimum(d2, ((X - X[i]) ** 2).sum(axis=1))
    return np.array(chosen, dtype=np.int64)
