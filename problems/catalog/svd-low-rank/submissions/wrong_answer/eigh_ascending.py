"""Wrong answer: eigenvectors of A^T A taken in the ascending order eigh returns, as if descending."""
import numpy as np


def best_rank_k(A, k):
    w, V = np.linalg.eigh(A.T @ A)
    Vk = V[:, :k]  # the k smallest eigenvalues, not the largest
    return A @ Vk @ Vk.T


def rank_k_error(A, k):
    w = np.linalg.eigvalsh(A.T @ A)
    return float(np.sqrt(np.sum(np.clip(w[k:], 0, None))))
