"""Wrong answer: sums over every key whatever `causal` says."""
import numpy as np


def phi(x):
    return np.where(x > 0, x + 1.0, np.exp(np.minimum(x, 0.0)))


def linear_attention(Q, K, V, causal=False, eps=1e-6):
    fq, fk = phi(Q), phi(K)
    num = fq @ (np.swapaxes(fk, -1, -2) @ V)
    den = np.einsum("...tk,...k->...t", fq, fk.sum(axis=-2))
    return num / (den[..., None] + eps)
