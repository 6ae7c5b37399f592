"""Memory limit: right on every short sequence, but forms the (T, T) kernel matrix
phi(Q) phi(K)^T, 2 GiB of float64 at T = 16384."""
import numpy as np


def phi(x):
    return np.where(x > 0, x + 1.0, np.exp(np.minimum(x, 0.0)))


def linear_attention(Q, K, V, causal=False, eps=1e-6):
    A = phi(Q) @ np.swapaxes(phi(K), -1, -2)
    if causal:
        A = np.tril(A)
    return (A @ V) / (A.sum(axis=-1, keepdims=True) + eps)
