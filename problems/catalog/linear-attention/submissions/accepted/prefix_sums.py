"""Accepted: vectorised. S and z are one sum over the keys, or np.cumsum along time when causal."""
import numpy as np


def phi(x):
    # elu(x) + 1 is x + 1 above zero and exp(x) below; np.minimum keeps exp away from overflow
    return np.where(x > 0, x + 1.0, np.exp(np.minimum(x, 0.0)))


def linear_attention(Q, K, V, causal=False, eps=1e-6):
    fq, fk = phi(Q), phi(K)
    if causal:
        S = np.cumsum(fk[..., :, :, None] * V[..., :, None, :], axis=-3)  # (..., T, d_k, d_v)
        z = np.cumsum(fk, axis=-2)  # (..., T, d_k)
        num = np.einsum("...tk,...tkv->...tv", fq, S)
        den = np.einsum("...tk,...tk->...t", fq, z)
    else:
        S = np.swapaxes(fk, -1, -2) @ V  # (..., d_k, d_v)
        z = fk.sum(axis=-2)  # (..., d_k)
        num = fq @ S
        den = fq @ z[..., None]
        den = den[..., 0]
    return num / (den[..., None] + eps)
