"""Golden k-nearest neighbours for KdTreeTest, from SciPy's cKDTree and a NumPy brute force.

The brute force orders every point by (distance, index): np.lexsort on the squared distances with
the index as the secondary key, which is the contract's tie rule. cKDTree's order among equal
distances is not specified, so it is used as the independent check of the DISTANCES only: its k
distances must equal the brute force's. Integer lattice cases make many ties exact.
Writes knn-*.npz: points (N, d), q (m, d), k, dists (m, k'), idx (m, k') with k' = min(k, N).
Run from this folder: python3 make_kd_tree.py
"""
import numpy as np
from scipy.spatial import cKDTree


def brute_force(points, q, k):
    k = min(k, len(points))
    d2 = ((q[:, None, :] - points[None, :, :]) ** 2).sum(axis=2)
    order = np.arange(len(points))
    idx = np.array([np.lexsort((order, row))[:k] for row in d2], dtype=np.int64).reshape(len(q), k)
    return np.sqrt(np.take_along_axis(d2, idx, axis=1)), idx


def save(name, points, q, k):
    points = np.asarray(points, dtype=np.float64)
    q = np.asarray(q, dtype=np.float64)
    dists, idx = brute_force(points, q, k)
    kk = min(k, len(points))
    tree_d, _ = cKDTree(points).query(q, k=kk)
    tree_d = np.asarray(tree_d).reshape(len(q), kk)
    assert np.allclose(tree_d, dists, rtol=1e-12, atol=0), name
    np.savez("knn-%s.npz" % name, points=points, q=q, k=np.array(k, dtype=np.int64), dists=dists,
             idx=idx)


rng = np.random.default_rng(20261205)
save("uniform-3d", rng.random((500, 3)), rng.random((40, 3)), 5)
save("unit-cube-small-gaps", rng.random((2000, 3)), rng.random((60, 3)), 8)
save("lattice-2d-ties", rng.integers(0, 6, size=(300, 2)), rng.integers(-1, 7, size=(50, 2)), 7)
save("duplicates", np.repeat(rng.integers(0, 3, size=(10, 2)), 5, axis=0), rng.integers(0, 3, size=(20, 2)), 12)
save("high-dim-8", rng.normal(size=(800, 8)), rng.normal(size=(30, 8)), 4)
save("one-dim", rng.integers(0, 50, size=(200, 1)), rng.integers(-5, 55, size=(30, 1)), 3)
save("k-equals-n", rng.random((37, 2)), rng.random((10, 2)), 37)
save("k-above-n", rng.integers(0, 4, size=(9, 3)), rng.integers(0, 4, size=(5, 3)), 20)
save("far-queries", rng.normal(size=(400, 3)), 50 + 10 * rng.normal(size=(20, 3)), 6)
