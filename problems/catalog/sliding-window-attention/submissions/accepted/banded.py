"""Accepted: vectorised. The window is a strided (T, 2w+1) band of scores, the global keys are
extra columns (skipped where the band already holds them), and the global queries' rows are
redone over every key."""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def softmax_rows(s):
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    return p / p.sum(axis=-1, keepdims=True)


def sliding_window_attention(Q, K, V, window, causal=False, global_tokens=()):
    T, d = Q.shape[-2:]
    w = min(window, T - 1)
    scale = 1.0 / np.sqrt(d)
    glob = np.unique(np.asarray(global_tokens, dtype=np.int64))
    pad = [(0, 0)] * (K.ndim - 2) + [(w, w), (0, 0)]
    K_band = sliding_window_view(np.pad(K, pad), 2 * w + 1, axis=-2)  # (..., T, d, 2w+1), a view
    V_band = sliding_window_view(np.pad(V, pad), 2 * w + 1, axis=-2)
    i = np.arange(T)[:, None]
    j = i + np.arange(-w, w + 1)[None, :]  # the key each band column holds
    band_ok = (j >= 0) & (j < T) & ~np.isin(j, glob)  # a global key is counted in its own column
    if causal:
        band_ok &= j <= i
    glob_ok = np.ones((T, len(glob)), dtype=bool) if not causal else glob[None, :] <= i
    s_band = np.einsum("...td,...tdw->...tw", Q, K_band) * scale
    s_glob = Q @ np.swapaxes(K[..., glob, :], -1, -2) * scale
    s = np.concatenate([np.where(band_ok, s_band, -np.inf), np.where(glob_ok, s_glob, -np.inf)], axis=-1)
    p = softmax_rows(s)
    out = np.einsum("...tw,...tdw->...td", p[..., : 2 * w + 1], V_band) + p[..., 2 * w + 1 :] @ V[..., glob, :]
    for g in glob:  # a global query sees every key (those up to itself when causal)
        last = g + 1 if causal else T
        p_g = softmax_rows(np.einsum("...d,...kd->...k", Q[..., g, :], K[..., :last, :]) * scale)
        out[..., g, :] = np.einsum("...k,...kd->...d", p_g, V[..., :last, :])
    return out
