"""Wrong answer: global queries see every key, but ordinary queries never look at a global key
outside their window; the paper makes global attention symmetric."""
import numpy as np


def sliding_window_attention(Q, K, V, window, causal=False, global_tokens=()):
    T, d = Q.shape[-2:]
    is_global = np.zeros(T, dtype=bool)
    is_global[list(global_tokens)] = True
    out = np.empty(Q.shape[:-1] + (V.shape[-1],))
    for i in range(T):
        last = i if causal else T - 1
        lo = 0 if is_global[i] else max(0, i - window)
        hi = last if is_global[i] else min(last, i + window)
        keys = np.arange(lo, hi + 1)
        s = np.einsum("...d,...kd->...k", Q[..., i, :], K[..., keys, :]) / np.sqrt(d)
        p = np.exp(s - s.max(axis=-1, keepdims=True))
        out[..., i, :] = np.einsum("...k,...kd->...d", p, V[..., keys, :]) / p.sum(axis=-1, keepdims=True)
    return out
