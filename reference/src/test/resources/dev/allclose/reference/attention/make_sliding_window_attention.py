"""Writes sliding-window-<name>.npz, the oracle of SlidingWindowAttentionTest, with NumPy and SciPy.

The oracle is the dense form of Longformer-style attention (Beltagy, Peters and Cohan, 2020): the
whole (T, T) matrix of scores Q K^T / sqrt(d), an explicit boolean mask built from its definition
(key j visible to query i when |i - j| <= window, or i or j is a global token; with causal, also
j <= i), masked entries set to -inf, and scipy.special.softmax along the keys. The reference never
builds the (T, T) matrix; it gathers each query's visible keys instead.

Each file holds the inputs of sliding_window_attention (Q, K, V, window, causal, global_tokens as
int64, possibly empty, unsorted or repeated) and out_0, the output.
Run: python3 make_sliding_window_attention.py (made with NumPy 2.4, SciPy 1.17).
"""
import numpy as np
from scipy.special import softmax


def visible(T, window, causal, global_tokens):
    i = np.arange(T)[:, None]
    j = np.arange(T)[None, :]
    is_global = np.zeros(T, dtype=bool)
    is_global[list(global_tokens)] = True
    mask = (np.abs(i - j) <= window) | is_global[:, None] | is_global[None, :]
    if causal:
        mask &= j <= i
    return mask


def dense(Q, K, V, window, causal, global_tokens):
    T, d = Q.shape[-2:]
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d)
    scores = np.where(visible(T, window, causal, global_tokens), scores, -np.inf)
    return softmax(scores, axis=-1) @ V


# name: (B, T, d, window, causal, global tokens, spread of Q and K)
CASES = {
    "small": (1, 8, 4, 2, False, [], 1.0),
    "small-causal": (1, 8, 4, 2, True, [], 1.0),
    "globals": (2, 16, 4, 1, False, [0, 9], 1.0),
    "globals-causal": (2, 16, 4, 2, True, [0, 5, 11], 1.0),
    "window-zero": (1, 9, 3, 0, False, [], 1.0),
    "window-zero-globals-causal": (1, 9, 3, 0, True, [4], 1.0),
    "window-beyond-length": (2, 7, 5, 10, False, [], 1.0),
    "window-beyond-length-causal": (1, 7, 5, 7, True, [], 1.0),
    "globals-unsorted-repeated": (1, 20, 4, 3, False, [12, 3, 12, 17, 3], 1.0),
    "globals-unsorted-repeated-causal": (1, 20, 4, 3, True, [12, 3, 12, 17, 3], 1.0),
    "every-token-global": (1, 6, 4, 1, True, [5, 4, 3, 2, 1, 0], 1.0),
    "single-position": (3, 1, 4, 2, True, [0], 1.0),
    "large-scores": (1, 24, 8, 3, False, [2, 20], 30.0),
    "large-scores-causal": (1, 24, 8, 3, True, [2, 20], 30.0),
}


def main():
    rng = np.random.default_rng(20261210)
    for name, (b, t, d, window, causal, g, spread) in CASES.items():
        Q = spread * rng.standard_normal((b, t, d))
        K = spread * rng.standard_normal((b, t, d))
        V = rng.standard_normal((b, t, d))
        out = dense(Q, K, V, window, causal, g)
        assert np.isfinite(out).all(), name
        np.savez(f"sliding-window-{name}.npz", Q=Q, K=K, V=V, window=np.int64(window),
                 causal=np.bool_(causal), global_tokens=np.array(g, dtype=np.int64), out_0=out)


if __name__ == "__main__":
    main()
