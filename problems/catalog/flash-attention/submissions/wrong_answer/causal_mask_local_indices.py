"""Wrong answer: the causal mask compares positions inside the tile, not positions in the sequence."""
import numpy as np


def flash_attention(Q, K, V, block_size=64, causal=False):
    B, H, T, d = Q.shape
    scale = 1.0 / np.sqrt(d)
    O = np.empty_like(V)
    L = np.empty((B, H, T))
    for qs in range(0, T, block_size):
        qe = min(qs + block_size, T)
        q = Q[:, :, qs:qe] * scale
        m = np.full((B, H, qe - qs, 1), -np.inf)
        l = np.zeros((B, H, qe - qs, 1))
        acc = np.zeros((B, H, qe - qs, V.shape[-1]))
        for ks in range(0, qe if causal else T, block_size):
            ke = min(ks + block_size, T)
            s = q @ K[:, :, ks:ke].transpose(0, 1, 3, 2)
            if causal:
                s = np.where(np.triu(np.ones((qe - qs, ke - ks), dtype=bool), k=1), -np.inf, s)
            m_new = np.maximum(m, s.max(axis=-1, keepdims=True))
            p = np.exp(s - m_new)
            correction = np.exp(m - m_new)
            l = correction * l + p.sum(axis=-1, keepdims=True)
            acc = correction * acc + p @ V[:, :, ks:ke]
            m = m_new
        O[:, :, qs:qe] = acc / l
        L[:, :, qs:qe] = (m + np.log(l))[..., 0]
    return O, L
