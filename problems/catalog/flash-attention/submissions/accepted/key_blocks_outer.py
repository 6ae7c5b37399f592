"""Accepted: Algorithm 1 of the paper, key/value blocks outside, O, l and m kept for all rows."""
import numpy as np


def flash_attention(Q, K, V, block_size=64, causal=False):
    B, H, T, d = Q.shape
    scale = 1.0 / np.sqrt(d)
    O = np.zeros((B, H, T, V.shape[-1]))
    l = np.zeros((B, H, T, 1))
    m = np.full((B, H, T, 1), -np.inf)
    for ks in range(0, T, block_size):
        ke = min(ks + block_size, T)
        Kj, Vj = K[:, :, ks:ke], V[:, :, ks:ke]
        # With the mask, queries before ks see none of these keys; every later row sees key ks.
        for qs in range(ks if causal else 0, T, block_size):
            qe = min(qs + block_size, T)
            S = Q[:, :, qs:qe] @ Kj.transpose(0, 1, 3, 2) * scale
            if causal:
                S = np.where(np.arange(ks, ke)[None, :] > np.arange(qs, qe)[:, None], -np.inf, S)
            m_tile = S.max(axis=-1, keepdims=True)
            P = np.exp(S - m_tile)
            l_tile = P.sum(axis=-1, keepdims=True)
            m_i, l_i = m[:, :, qs:qe], l[:, :, qs:qe]
            m_new = np.maximum(m_i, m_tile)
            a, b = np.exp(m_i - m_new), np.exp(m_tile - m_new)
            l_new = a * l_i + b * l_tile
            O[:, :, qs:qe] = (l_i * a * O[:, :, qs:qe] + b * (P @ Vj)) / l_new  # Alg. 1, line 12
            m[:, :, qs:qe], l[:, :, qs:qe] = m_new, l_new
    return O, (m + np.log(l))[..., 0]
