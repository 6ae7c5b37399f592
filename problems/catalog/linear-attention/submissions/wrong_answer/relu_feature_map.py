"""Wrong answer: relu(x) as the feature map instead of elu(x) + 1; negative inputs give zero
features, and a row whose features all vanish returns 0 / eps = 0."""
import numpy as np


def linear_attention(Q, K, V, causal=False, eps=1e-6):
    fq, fk = np.maximum(Q, 0), np.maximum(K, 0)
    if causal:
        S = np.cumsum(fk[..., :, :, None] * V[..., :, None, :], axis=-3)
        z = np.cumsum(fk, axis=-2)
        num = np.einsum("...tk,...tkv->...tv", fq, S)
        den = np.einsum("...tk,...tk->...t", fq, z)
    else:
        num = fq @ (np.swapaxes(fk, -1, -2) @ V)
        den = np.einsum("...tk,...k->...t", fq, fk.sum(axis=-2))
    return num / (den[..., None] + eps)
