"""Wrong answer: exponentiates the raw scores, so scores past 709 overflow to inf / inf."""
import numpy as np


def grouped_query_attention(X, W_Q, W_K, W_V, W_O, n_heads, n_kv_heads, causal=False):
    B, T, _ = X.shape
    d_k = W_Q.shape[1] // n_heads
    group = n_heads // n_kv_heads

    def split(M, heads):  # (B, T, heads * d_k) -> (B, heads, T, d_k)
        return M.reshape(B, T, heads, d_k).transpose(0, 2, 1, 3)

    Q = split(X @ W_Q, n_heads)
    K = np.repeat(split(X @ W_K, n_kv_heads), group, axis=1)  # kv head h // group for query head h
    V = np.repeat(split(X @ W_V, n_kv_heads), group, axis=1)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d_k)
    if causal:
        scores = np.where(np.triu(np.ones((T, T), dtype=bool), k=1), -np.inf, scores)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = weights @ V  # (B, H, T, d_k)
    return heads.transpose(0, 2, 1, 3).reshape(B, T, n_heads * d_k) @ W_O
