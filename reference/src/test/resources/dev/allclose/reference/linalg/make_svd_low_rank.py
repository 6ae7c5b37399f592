"""Writes svd-low-rank/*.npz, NumPy's answers for LowRankApproximationTest: for each matrix A and
rank k, sigma = np.linalg.svd(A, compute_uv=False), A_k = U[:, :k] diag(s[:k]) Vt[:k] from
np.linalg.svd(A, full_matrices=False) (LAPACK gesdd), error = sqrt(sum(s[k:]^2)), and unique = 1
where the rank-k optimum is unique (k = 0, k = min(m, n) or s[k-1] > s[k] by a clear margin), so
that A_k may be compared entry by entry. Run with NumPy >= 1.20 (made with 2.4.6):
python3 make_svd_low_rank.py
"""
import os

import numpy as np


def with_spectrum(rng, m, n, sigma):
    """A (m, n) with the given singular values, from Haar-random orthonormal factors."""
    p = min(m, n)
    u, _ = np.linalg.qr(rng.standard_normal((m, p)))
    v, _ = np.linalg.qr(rng.standard_normal((n, p)))
    return (u * np.asarray(sigma, dtype=float)) @ v.T


def main():
    rng = np.random.default_rng(20261205)
    cases = {
        "tall": (rng.standard_normal((9, 5)), 2),
        "wide": (rng.standard_normal((4, 10)), 3),
        "square": (rng.standard_normal((6, 6)), 5),
        "k-zero": (rng.standard_normal((5, 3)), 0),
        "k-full-tall": (rng.standard_normal((7, 4)), 4),
        "k-full-wide": (rng.standard_normal((3, 8)), 3),
        "row-vector": (rng.standard_normal((1, 6)), 1),
        "repeated-kept": (with_spectrum(rng, 8, 6, [3, 3, 3, 1, 0.5, 0.5]), 3),
        "tie-at-k": (with_spectrum(rng, 7, 5, [4, 2, 2, 1, 0.1]), 2),
        "near-singular": (with_spectrum(rng, 8, 5, [4, 2, 1e-6, 1e-11, 1e-14]), 2),
        "rank-deficient": (with_spectrum(rng, 6, 9, [5, 1, 0, 0, 0, 0]), 3),
        "large-scale": (1e150 * rng.standard_normal((5, 7)), 2),
    }
    os.makedirs("svd-low-rank", exist_ok=True)
    for name, (a, k) in cases.items():
        u, s, vt = np.linalg.svd(a, full_matrices=False)
        a_k = (u[:, :k] * s[:k]) @ vt[:k]
        scale = s[k:].max() if k < len(s) else 0.0
        error = 0.0 if scale == 0 else scale * np.sqrt(np.sum((s[k:] / scale) ** 2))
        p = len(s)
        unique = k in (0, p) or (s[k - 1] - s[k]) > 1e-3 * s[0]
        np.savez(os.path.join("svd-low-rank", name + ".npz"), A=a, k=np.int64(k), sigma=s,
                 A_k=a_k, error=np.float64(error), unique=np.bool_(unique))


if __name__ == "__main__":
    main()
