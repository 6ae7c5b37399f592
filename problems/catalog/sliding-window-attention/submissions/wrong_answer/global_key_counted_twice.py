"""Wrong answer: the band of window keys and the global keys are joined without removing the
overlap, so a global key inside a query's window enters its softmax twice."""
import numpy as np


def sliding_window_attention(Q, K, V, window, causal=False, global_tokens=()):
    T, d = Q.shape[-2:]
    glob = np.unique(np.asarray(global_tokens, dtype=np.int64))
    is_global = np.zeros(T, dtype=bool)
    is_global[glob] = True
    out = np.empty(Q.shape[:-1] + (V.shape[-1],))
    for i in range(T):
        last = i if causal else T - 1
        if is_global[i]:
            keys = np.arange(last + 1)
        else:
            band = np.arange(max(0, i - window), min(last, i + window) + 1)
            keys = np.concatenate([band, glob[glob <= last]])
        s = np.einsum("...d,...kd->...k", Q[..., i, :], K[..., keys, :]) / np.sqrt(d)
        p = np.exp(s - s.max(axis=-1, keepdims=True))
        out[..., i, :] = np.einsum("...k,...kd->...d", p, V[..., keys, :]) / p.sum(axis=-1, keepdims=True)
    return out
