import numpy as np


def best_rank_k(A, k):
    """A best rank-k approximation of A in the Frobenius norm.

    A: (m, n) float64. k: int with 0 <= k <= min(m, n).
    Returns A_k, shape (m, n), of rank at most k.
    """
    raise NotImplementedError


def rank_k_error(A, k):
    """The least Frobenius error ||A - A_k||_F a matrix of rank at most k can reach (a float)."""
    raise NotImplementedError
