"""Wrong answer: tiles correctly but exponentiates raw scores, so scores past 709 overflow to inf / inf."""
import numpy as np


def flash_attention(Q, K, V, block_size=64, causal=False):
    B, H, T, d = Q.shape
    scale = 1.0 / np.sqrt(d)
    O = np.empty_like(V)
    L = np.empty((B, H, T))
    for qs in range(0, T, block_size):
        qe = min(qs + block_size, T)
        q = Q[:, :, qs:qe] * scale
        l = np.zeros((B, H, qe - qs, 1))
        acc = np.zeros((B, H, qe - qs, V.shape[-1]))
        for ks in range(0, qe if causal else T, block_size):
            ke = min(ks + block_size, T)
            s = q @ K[:, :, ks:ke].transpose(0, 1, 3, 2)
            if causal and ke > qs:
                s = np.where(np.arange(ks, ke)[None, :] > np.arange(qs, qe)[:, None], -np.inf, s)
            p = np.exp(s)
            l = l + p.sum(axis=-1, keepdims=True)
            acc = acc + p @ V[:, :, ks:ke]
        O[:, :, qs:qe] = acc / l
        L[:, :, qs:qe] = np.log(l)[..., 0]
    return O, L
