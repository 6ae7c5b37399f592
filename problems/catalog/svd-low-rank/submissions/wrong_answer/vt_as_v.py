"""Wrong answer: uses the columns of Vt (NumPy returns V transposed) as the right singular vectors."""
import numpy as np


def best_rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    V = Vt
    return (U[:, :k] * s[:k]) @ V[:, :k].T


def rank_k_error(A, k):
    s = np.linalg.svd(A, compute_uv=False)
    return float(np.sqrt(np.sum(s[k:] ** 2)))
