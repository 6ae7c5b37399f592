"""Accepted: the eigendecomposition of the smaller Gram matrix, sorted descending, clipped at 0.

A^T A = V diag(sigma^2) V^T (or A A^T = U diag(sigma^2) U^T for a wide A); the best rank-k matrix
projects A onto the top-k eigenvectors. The error comes from the residual itself.
"""
import numpy as np


def _top_projection(A, k):
    wide = A.shape[0] < A.shape[1]
    gram = A @ A.T if wide else A.T @ A
    w, vecs = np.linalg.eigh(gram)  # ascending
    top = vecs[:, ::-1][:, :k]
    proj = top @ top.T
    return proj @ A if wide else A @ proj


def best_rank_k(A, k):
    return _top_projection(A, k)


def rank_k_error(A, k):
    return float(np.linalg.norm(A - _top_projection(A, k)))
