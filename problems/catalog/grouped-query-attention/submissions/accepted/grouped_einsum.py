"""Accepted: keeps the kv heads unrepeated and lets einsum broadcast them over each group."""
import numpy as np


def grouped_query_attention(X, W_Q, W_K, W_V, W_O, n_heads, n_kv_heads, causal=False):
    B, T, _ = X.shape
    d_k = W_Q.shape[1] // n_heads
    group = n_heads // n_kv_heads
    # Query head h = g * group + r sits at [g, r]: kv head g serves r = 0 .. group - 1.
    Q = (X @ W_Q).reshape(B, T, n_kv_heads, group, d_k)
    K = (X @ W_K).reshape(B, T, n_kv_heads, d_k)
    V = (X @ W_V).reshape(B, T, n_kv_heads, d_k)
    scores = np.einsum("btgrc,bsgc->bgrts", Q, K) / np.sqrt(d_k)
    if causal:
        future = np.arange(T)[None, :] > np.arange(T)[:, None]
        scores = np.where(future, -np.inf, scores)
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = np.einsum("bgrts,bsgc->btgrc", weights, V)  # (B, T, H_kv, group, d_k)
    return heads.reshape(B, T, n_heads * d_k) @ W_O
