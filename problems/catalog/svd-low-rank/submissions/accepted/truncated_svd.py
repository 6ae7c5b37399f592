"""Accepted: the truncated thin SVD, and the error summed from the discarded singular values."""
import numpy as np


def best_rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)  # s descending; rows of Vt are the v_i
    return (U[:, :k] * s[:k]) @ Vt[:k]


def rank_k_error(A, k):
    s = np.linalg.svd(A, compute_uv=False)
    return float(np.sqrt(np.sum(s[k:] ** 2)))
