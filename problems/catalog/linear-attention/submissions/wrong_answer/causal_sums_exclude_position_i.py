"""Wrong answer: the causal state is read before key i is added, so row i sums over j < i only
(row 0 sees nothing and returns 0 / eps = 0)."""
import numpy as np


def phi(x):
    return np.where(x > 0, x + 1.0, np.exp(np.minimum(x, 0.0)))


def linear_attention(Q, K, V, causal=False, eps=1e-6):
    fq, fk = phi(Q), phi(K)
    if not causal:
        num = fq @ (np.swapaxes(fk, -1, -2) @ V)
        den = np.einsum("...tk,...k->...t", fq, fk.sum(axis=-2))
        return num / (den[..., None] + eps)
    S = np.cumsum(fk[..., :, :, None] * V[..., :, None, :], axis=-3)
    z = np.cumsum(fk, axis=-2)
    S = S - fk[..., :, :, None] * V[..., :, None, :]  # exclusive prefix: drops j = i
    z = z - fk
    num = np.einsum("...tk,...tkv->...tv", fq, S)
    den = np.einsum("...tk,...tk->...t", fq, z)
    return num / (den[..., None] + eps)
