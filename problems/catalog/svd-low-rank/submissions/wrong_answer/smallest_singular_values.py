"""Wrong answer: keeps the k smallest singular values instead of the k largest."""
import numpy as np


def best_rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    p = len(s)
    keep = slice(p - k, p)
    return (U[:, keep] * s[keep]) @ Vt[keep]


def rank_k_error(A, k):
    s = np.linalg.svd(A, compute_uv=False)
    return float(np.sqrt(np.sum(s[: len(s) - k] ** 2)))
