"""Writes the NumPy/SciPy oracle of KMeansTest, independently of the Java reference.

lloyd-<name>.npz: inputs X (n, d), init (k, d), max_iter (0-d int64) and out_0 (centroids),
out_1 (labels, int64), out_2 (n_iter, 0-d int64). Lloyd's algorithm is written twice, once with
Python loops over points and clusters and once vectorised (a (n, k) distance matrix, np.argmin,
np.bincount means); the script stops unless both agree exactly, and unless
scipy.cluster.vq.kmeans2(X, init, iter=max_iter, minit='matrix') gives the same centroids and
labels. kmeans2 runs every one of its iter rounds of assignment then update (no convergence test)
and keeps an empty cluster's centroid in place, as the contract does; once no label changes the
remaining rounds repeat themselves, so it agrees on centroids and labels. It does not count
iterations: n_iter comes from the two NumPy versions only.

plusplus-<name>.npz: inputs X (n, d), k (0-d int64), u (k,) and out_0 (indices, int64). k-means++
with the given uniforms is also written twice (a loop scanning cumulative weights, and
np.searchsorted on np.cumsum / its last entry), the all-zero D^2 fallback being floor(u n).
Run: python3 make_kmeans.py (NumPy 2.x, SciPy 1.17).
"""
import warnings

import numpy as np
from scipy.cluster.vq import kmeans2


def lloyd_loops(X, init, max_iter):
    n, k = len(X), len(init)
    C = [list(row) for row in init]
    labels = [-1] * n
    for it in range(1, max_iter + 1):
        new = []
        for x in X:
            dists = [sum((a - b) ** 2 for a, b in zip(x, c)) for c in C]
            new.append(min(range(k), key=lambda j: (dists[j], j)))
        if new == labels:
            return np.array(C), np.array(labels), it
        labels = new
        for j in range(k):
            members = [X[i] for i in range(n) if labels[i] == j]
            if members:
                C[j] = [sum(col) / len(members) for col in zip(*members)]
    return np.array(C), np.array(labels), max_iter


def lloyd_vectorised(X, init, max_iter):
    C = init.copy()
    labels = np.full(len(X), -1)
    for it in range(1, max_iter + 1):
        new = np.argmin(((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2), axis=1)
        if np.array_equal(new, labels):
            return C, labels, it
        labels = new
        counts = np.bincount(labels, minlength=len(C))
        for c in range(X.shape[1]):
            sums = np.bincount(labels, weights=X[:, c], minlength=len(C))
            C[:, c] = np.where(counts > 0, sums / np.maximum(counts, 1), C[:, c])
    return C, labels, max_iter


def plus_plus_loops(X, k, u):
    n = len(X)
    chosen = [int(np.floor(u[0] * n))]
    for t in range(1, k):
        d2 = [min(float(np.sum((X[i] - X[c]) ** 2)) for c in chosen) for i in range(n)]
        total = sum(d2)
        if total == 0:
            chosen.append(int(np.floor(u[t] * n)))
            continue
        running = 0.0
        for i in range(n):
            running += d2[i]
            if running / total > u[t]:
                chosen.append(i)
                break
    return np.array(chosen)


def plus_plus_vectorised(X, k, u):
    n = len(X)
    chosen = [int(u[0] * n)]
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for t in range(1, k):
        cum = np.cumsum(d2)
        i = int(u[t] * n) if cum[-1] == 0 else int(np.searchsorted(cum / cum[-1], u[t], side="right"))
        chosen.append(i)
        d2 = np.minimum(d2, ((X - X[i]) ** 2).sum(axis=1))
    return np.array(chosen)


def lloyd_cases(rng):
    centres = np.array([[0.0, 0.0], [6.0, 1.0], [2.0, 7.0]])
    blobs = np.concatenate([c + rng.standard_normal((20, 2)) for c in centres])
    far = np.array([[0.5, 0.5], [5.0, 1.0], [40.0, 40.0]])          # the third never gets a point
    ties = np.array([[0, 0], [2, 0], [4, 0], [1, 3], [3, 3], [2, 6], [0, 6], [4, 6]], float)
    line = np.arange(16.0)[:, None]
    return {
        "blobs": (blobs, blobs[[0, 1, 2]].copy(), 100),
        "empty-cluster": (blobs, far, 100),
        "ties": (ties, np.array([[0.0, 0.0], [4.0, 0.0], [2.0, 6.0]]), 100),
        "max-iter-cut": (line, np.array([[0.0], [1.0]]), 2),
        "one-cluster": (blobs[:7], blobs[:1].copy(), 10),
        "high-dimension": (rng.standard_normal((40, 9)), rng.standard_normal((4, 9)), 100),
    }


def plus_plus_cases(rng):
    X = rng.standard_normal((30, 3))
    dup = np.array([[1.0, 1.0]] * 4 + [[3.0, -1.0]] * 3)
    return {
        "random": (X, 5, rng.random(5)),
        "k-equals-n": (X[:6], 6, rng.random(6)),
        "one-centre": (X, 1, np.array([0.999])),
        "all-zero-weights": (dup, 4, np.array([0.1, 0.5, 0.3, 0.9])),
    }


def main():
    rng = np.random.default_rng(20261249)
    for name, (X, init, max_iter) in lloyd_cases(rng).items():
        C, labels, n_iter = lloyd_vectorised(X, init, max_iter)
        C2, labels2, n_iter2 = lloyd_loops(X, init, max_iter)
        assert np.array_equal(labels, labels2) and n_iter == n_iter2, name
        assert np.allclose(C, C2, rtol=1e-12, atol=1e-12), name
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")                          # the empty-cluster warning
            C3, labels3 = kmeans2(X, init.copy(), iter=max_iter, minit="matrix")
        assert np.array_equal(labels, labels3) and np.allclose(C, C3, rtol=1e-12, atol=1e-12), name
        np.savez(f"lloyd-{name}.npz", X=X, init=init, max_iter=np.int64(max_iter), out_0=C,
                 out_1=labels.astype(np.int64), out_2=np.int64(n_iter))
    for name, (X, k, u) in plus_plus_cases(rng).items():
        chosen = plus_plus_vectorised(X, k, u)
        assert np.array_equal(chosen, plus_plus_loops(X, k, u)), name
        np.savez(f"plusplus-{name}.npz", X=X, k=np.int64(k), u=u, out_0=chosen.astype(np.int64))


if __name__ == "__main__":
    main()
