"""Wrong answer: divides by phi(q).z without the eps, which matters when the features are tiny."""
import numpy as np


def phi(x):
    return np.where(x > 0, x + 1.0, np.exp(np.minimum(x, 0.0)))


def linear_attention(Q, K, V, causal=False, eps=1e-6):
    fq, fk = phi(Q), phi(K)
    if causal:
        S = np.cumsum(fk[..., :, :, None] * V[..., :, None, :], axis=-3)
        z = np.cumsum(fk, axis=-2)
        num = np.einsum("...tk,...tkv->...tv", fq, S)
        den = np.einsum("...tk,...tk->...t", fq, z)
    else:
        num = fq @ (np.swapaxes(fk, -1, -2) @ V)
        den = np.einsum("...tk,...k->...t", fq, fk.sum(axis=-2))
    return num / den[..., None]
