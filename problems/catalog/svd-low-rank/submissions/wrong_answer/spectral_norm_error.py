"""Wrong answer: A_k is right, but the error is the spectral norm sigma_{k+1}, not the Frobenius."""
import numpy as np


def best_rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k]


def rank_k_error(A, k):
    s = np.linalg.svd(A, compute_uv=False)
    return float(s[k]) if k < len(s) else 0.0
